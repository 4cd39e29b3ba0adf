import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../../src-main/core/search/parseQuery';

describe('parseQuery', () => {
  it.each([
    ['begroting', [{ kind: 'term', text: 'begroting', presence: 'should', wildcard: false }]],
    ['+defensie -noorwegen', [{ kind: 'term', text: 'defensie', presence: 'must', wildcard: false }, { kind: 'term', text: 'noorwegen', presence: 'not', wildcard: false }]],
    ['betreft:begroting', [{ kind: 'term', text: 'begroting', presence: 'should', wildcard: false, field: 'subject' }]],
    ['begrotng~1', [{ kind: 'term', text: 'begrotng', presence: 'should', wildcard: false, fuzzy: 1 }]],
    ['beleid*', [{ kind: 'term', text: 'beleid*', presence: 'should', wildcard: true }]],
    ['inkoop^3', [{ kind: 'term', text: 'inkoop', presence: 'should', wildcard: false, boost: 3 }]],
    ['"exacte zin" los', [{ kind: 'phrase', text: 'exacte zin', presence: 'should' }, { kind: 'term', text: 'los', presence: 'should', wildcard: false }]],
    ['-"niet dit"', [{ kind: 'phrase', text: 'niet dit', presence: 'not' }]],
    ['33 279', [{ kind: 'term', text: '33279', presence: 'should', wildcard: false }]],
    ['„gekrulde aanhalingstekens”', [{ kind: 'phrase', text: 'gekrulde aanhalingstekens', presence: 'should' }]],
  ])('parses %s', (query, clauses) => {
    expect(parseQuery(query)).toEqual({ ok: true, value: { clauses } });
  });

  it.each(['"open zin', 'kleur:rood', '+', '-', 'woord~5', 'woord^', '*', 'a*', 'term~1^x', 'x'.repeat(1001), '""', 'a~b'])(
    'refuses %s with a Dutch message instead of throwing',
    (query) => {
      const result = parseQuery(query);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('bad-query');
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    },
  );
});
