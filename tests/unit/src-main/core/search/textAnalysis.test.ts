import { describe, expect, it } from 'vitest';
import { analyzeWord, indexableText } from '../../../../../src-main/core/search/analyzer';
import { foldText } from '../../../../../src-main/core/search/foldText';
import { joinDigitGroups, joinedNumbers } from '../../../../../src-main/core/search/numberForms';
import { textTokens } from '../../../../../src-main/core/search/textTokens';
import { boundedDistance, expandTerm } from '../../../../../src-main/core/search/expandTerm';

describe('text analysis', () => {
  it.each([
    ['Efficiënt', 'efficient'],
    ['Financiën ÉÉN', 'financien een'],
    ['Straße İstanbul', null],
  ])('folds %s keeping the length', (input, expected: string | null) => {
    const folded = foldText(input);
    expect(folded.length).toBe(input.length);
    if (expected !== null) expect(folded).toBe(expected);
  });

  it.each([
    ['begroting', 'begrotingen'],
    ['toezegging', 'toezeggingen'],
    ['efficiënte', 'efficiente'],
  ])('stems %s and %s alike', (a, b) => {
    expect(analyzeWord(a).stem).toBe(analyzeWord(b).stem);
  });

  it('drops Dutch and English stop words', () => {
    expect(analyzeWord('de').stem).toBeNull();
    expect(analyzeWord('the').stem).toBeNull();
  });

  it.each([
    ['Kamerstuk 33 279, nr. 28', ['33279'], 'Kamerstuk 33279, nr. 28'],
    ['35 000 X en 1 234 567', ['35000', '1234567'], '35000 X en 1234567'],
    ['19 juni 2019 en 2019 200', [], '19 juni 2019 en 2019 200'],
  ])('joins digit groups in %s', (text, joined, rewritten) => {
    expect(joinedNumbers(text)).toEqual(joined);
    expect(joinDigitGroups(text)).toBe(rewritten);
    for (const j of joined) expect(indexableText(text)).toContain(j);
  });

  it('tokenizes with offsets into the original, merging grouped numbers', () => {
    const text = 'Zie (Kamerstuk 33 279, nr. 28) en Efficiënt-beleid.';
    const tokens = textTokens(text);
    expect(tokens.map((t) => t.word)).toEqual(['zie', 'kamerstuk', '33279', 'nr', '28', 'en', 'efficient', 'beleid']);
    for (const t of tokens) expect(foldText(text.slice(t.start, t.end)).replace(' ', '')).toBe(t.word);
  });

  it.each([
    ['begrotng', 'begroting', 1, 1],
    ['kat', 'kast', 1, 1],
    ['abc', 'xyz', 1, 2],
  ])('distance(%s, %s) bounded by %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
  });

  it('expands fuzzy and wildcard terms against the dictionary', () => {
    const words = ['begroting', 'begrotingen', 'beleid', 'beleidsnota', 'wintertraining'];
    expect(expandTerm('begrotng', words, { fuzzy: 1 })).toEqual(['begroting']);
    expect(expandTerm('beleid*', words, { wildcard: true })).toEqual(['beleid', 'beleidsnota']);
    expect(expandTerm('*training', words, { wildcard: true })).toEqual(['wintertraining']);
  });
});
