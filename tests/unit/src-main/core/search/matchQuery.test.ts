import { describe, expect, it } from 'vitest';
import { buildSnippets } from '../../../../../src-main/core/search/buildSnippets';
import { phraseOccurs, queryMatcher, textHits } from '../../../../../src-main/core/search/matchQuery';
import { parseQuery } from '../../../../../src-main/core/search/parseQuery';
import { textTokens } from '../../../../../src-main/core/search/textTokens';

const matcherFor = (query: string, expansions = new Map<string, string[]>()) => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return queryMatcher(parsed.value.clauses, expansions);
};

describe('hits, phrases and snippets', () => {
  const text = 'Geachte voorzitter,\nDe begrotingen voor het komende jaar bieden ruimte. Zie Kamerstuk 33 279, nr. 28.\nEfficiënte inkoop.';

  it.each([
    ['begroting', ['begrotingen']],
    ['efficient', ['Efficiënte']],
    ['33279', ['33 279']],
    ['"komende jaar"', ['komende jaar']],
    ['"Kamerstuk 33279"', ['Kamerstuk 33 279']],
  ])('%s highlights %j', (query, expected) => {
    const hits = textHits(text, matcherFor(query));
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(expected);
  });

  it('verifies phrases on the words, across line breaks and punctuation, not on stems', () => {
    expect(phraseOccurs([text], textTokens('ruimte zie kamerstuk').map((t) => t.word))).toBe(true);
    expect(phraseOccurs([text], textTokens('jaar komende').map((t) => t.word))).toBe(false);
    expect(phraseOccurs([text], textTokens('komend jaar').map((t) => t.word))).toBe(false);
  });

  it('builds snippets whose highlights point at the hits', () => {
    const hits = textHits(text, matcherFor('begroting inkoop'));
    const snippets = buildSnippets([{ number: 2, text, hits }]);
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) {
      expect(s.page).toBe(2);
      for (const h of s.highlights) expect(['begrotingen', 'inkoop']).toContain(s.text.slice(h.start, h.end).toLowerCase());
    }
    expect(snippets.flatMap((s) => s.highlights)).toHaveLength(2);
  });
});
