// The one text analysis used for indexing and for queries, so that both sides agree: lunr's
// tokenizer, diacritics folded, Dutch and English stop words dropped, Dutch then English stems.
import type lunr from 'lunr';
import { foldText } from './foldText';
import { lunrDutch } from './lunrDutch';
import { joinedNumbers } from './numberForms';

/** A word as it appears (folded, trimmed) and its stem; stem null for a stop word. */
export type AnalyzedWord = { word: string; stem: string | null };

let stemPipeline: lunr.Pipeline | null = null;
let trimPipeline: lunr.Pipeline | null = null;
const stemCache = new Map<string, string | null>();
// Snippets and phrase checks normalize every word of a page; the vocabulary is small, the pages many.
const wordCache = new Map<string, string>();

function pipelines(): { trim: lunr.Pipeline; stem: lunr.Pipeline } {
  if (!stemPipeline || !trimPipeline) {
    const l = lunrDutch();
    trimPipeline = new l.Pipeline();
    // The Dutch trimmer keeps letters with diacritics and digits; lunr's own would not.
    trimPipeline.add(l.nl.trimmer);
    stemPipeline = new l.Pipeline();
    stemPipeline.add(l.nl.stopWordFilter, l.stopWordFilter, l.nl.stemmer, l.stemmer);
  }
  return { trim: trimPipeline, stem: stemPipeline };
}

/** Folds and trims one raw token: "(Efficiënt," -> "efficient"; "" when nothing is left. */
export function normalizeWord(raw: string): string {
  let word = wordCache.get(raw);
  if (word === undefined) {
    word = pipelines().trim.runString(foldText(raw))[0] ?? '';
    if (wordCache.size < 300_000) wordCache.set(raw, word);
  }
  return word;
}

/** The stem of a normalized word, or null for a stop word. Cached: the vocabulary is small. */
export function stemWord(word: string): string | null {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = pipelines().stem.runString(word)[0] ?? null;
    if (stem === '') stem = null;
    if (stemCache.size < 200_000) stemCache.set(word, stem);
  }
  return stem;
}

/** Analyzes one query or index word (raw as typed). */
export function analyzeWord(raw: string): AnalyzedWord {
  const word = normalizeWord(raw);
  return { word, stem: word ? stemWord(word) : null };
}

/**
 * The text lunr indexes for a field: the text itself plus the joined form of every grouped
 * number ("33 279" also as "33279"). Offsets do not matter here; snippets use the original.
 */
export function indexableText(text: string): string {
  const joined = joinedNumbers(text);
  return joined.length ? `${text}\n${joined.join(' ')}` : text;
}
