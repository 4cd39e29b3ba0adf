// Where a query hits a text: every word whose stem the query asks for, and every occurrence of
// its exact phrases. Used to verify phrases and to place highlights and snippets.
import { analyzeWord, stemWord } from './analyzer';
import type { QueryClause } from './parseQuery';
import { foldText } from './foldText';
import { textTokens, type TextToken } from './textTokens';

/** A hit in one text: offsets into that text. */
export type TextHit = { start: number; end: number };

/** What to look for in a text, prepared once per query. */
export type QueryMatcher = {
  /** Stems of positive terms (including fuzzy and wildcard expansions). */
  stems: Set<string>;
  /** Positive phrases as sequences of normalized words (stop words kept: the phrase is exact). */
  phrases: { words: string[]; presence: 'should' | 'must' | 'not'; field?: string }[];
};

/**
 * Builds a matcher from parsed clauses; `expansions` maps a fuzzy or wildcard clause's text to
 * the dictionary words it stands for.
 */
export function queryMatcher(clauses: QueryClause[], expansions: Map<string, string[]> = new Map()): QueryMatcher {
  const stems = new Set<string>();
  const phrases: QueryMatcher['phrases'] = [];
  for (const clause of clauses) {
    if (clause.kind === 'phrase') {
      const words = textTokens(clause.text).map((t) => t.word);
      if (words.length) phrases.push({ words, presence: clause.presence, ...(clause.field ? { field: clause.field } : {}) });
      if (clause.presence !== 'not') for (const w of words) addStem(stems, stemWord(w));
      continue;
    }
    if (clause.presence === 'not') continue;
    if (clause.fuzzy || clause.wildcard) {
      for (const word of expansions.get(expansionKey(clause)) ?? []) addStem(stems, stemWord(word));
    } else {
      for (const token of textTokens(clause.text)) addStem(stems, analyzeWord(token.word).stem);
    }
  }
  return { stems, phrases };
}

function addStem(stems: Set<string>, stem: string | null): void {
  if (stem) stems.add(stem);
}

/** The key under which a fuzzy or wildcard clause's expansion is kept. */
export function expansionKey(clause: { text: string; fuzzy?: number }): string {
  return `${clause.text}~${clause.fuzzy ?? 0}`;
}

/** Offsets of every occurrence of `phrase` (normalized words) in the tokens. */
export function phraseHits(tokens: TextToken[], phrase: string[]): TextHit[] {
  const hits: TextHit[] = [];
  if (!phrase.length) return hits;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k]!.word !== phrase[k]) continue outer;
    hits.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
  }
  return hits;
}

/** Every hit of the matcher's terms and positive phrases in `text`, sorted, not overlapping. */
export function textHits(text: string, matcher: QueryMatcher): TextHit[] {
  const tokens = textTokens(text);
  const hits: TextHit[] = [];
  if (matcher.stems.size) {
    for (const token of tokens) {
      const stem = stemWord(token.word);
      if (stem && matcher.stems.has(stem)) hits.push({ start: token.start, end: token.end });
    }
  }
  for (const phrase of matcher.phrases) {
    if (phrase.presence !== 'not') hits.push(...phraseHits(tokens, phrase.words));
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextHit[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

/**
 * A regular expression that finds `phrase` (normalized words) in folded text: the words in
 * order with only non-word characters between them, grouped numbers allowed ("33 279").
 * Much faster than tokenizing every candidate letter, which matters for common phrases.
 */
export function phrasePattern(phrase: readonly string[]): RegExp {
  const word = (w: string) =>
    /^\d+$/.test(w) ? w.split('').join(' ?') : w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.map(word).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** True when `phrase` occurs in any of the texts. */
export function phraseOccurs(texts: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  const pattern = phrasePattern(phrase);
  return texts.some((text) => pattern.test(foldText(text)));
}
