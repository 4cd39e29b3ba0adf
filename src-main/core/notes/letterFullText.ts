import { PAGE_SEPARATOR, type LetterText } from '../../shared/contract/letterContent';

/** A letter's full text: its pages' text joined with PAGE_SEPARATOR (what offsets count). */
export function letterFullText(letter: LetterText): string {
  return letter.pages.map((page) => page.text).join(PAGE_SEPARATOR);
}
