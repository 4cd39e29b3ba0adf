import { PAGE_SEPARATOR, type LetterText } from '../../shared/contract/letterContent';

// Notes of a letter are placed one after another against the same text: join it once.
const joined = new WeakMap<LetterText, string>();

/** A letter's full text: its pages' text joined with PAGE_SEPARATOR (what offsets count). */
export function letterFullText(letter: LetterText): string {
  let text = joined.get(letter);
  if (text === undefined) {
    text = letter.pages.map((page) => page.text).join(PAGE_SEPARATOR);
    joined.set(letter, text);
  }
  return text;
}
