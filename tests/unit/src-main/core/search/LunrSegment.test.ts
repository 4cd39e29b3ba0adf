import { describe, expect, it } from 'vitest';
import { fieldBoosts, LunrSegment, SegmentBuilder, type IndexDocument } from '../../../../../src-main/core/search/LunrSegment';
import { expansionKey } from '../../../../../src-main/core/search/matchQuery';
import { parseQuery, type QueryClause } from '../../../../../src-main/core/search/parseQuery';
import { analyzeWord, indexableText } from '../../../../../src-main/core/search/analyzer';
import { generateDocumentText, generateLetterText } from '../../../../fixtures/generateLetterTexts';
import { analyzePipelineFunction, segmentViaLunrBuilder } from '../../../../fixtures/lunrReference';
import { lunrDutch } from '../../../../../src-main/core/search/lunrDutch';

const doc = (id: string, fields: Partial<IndexDocument>): IndexDocument => ({ id, subject: '', body: '', sender: '', recipient: '', reference: '', notes: '', ...fields });
const documents = [
  doc('a', { subject: 'Begroting Defensie 2020', body: 'De begrotingen voor het komende jaar. Kamerstuk 33 279, nr. 28. Efficiënte inkoop.', sender: 'Ministerie van Defensie', reference: 'BS2019011367' }),
  doc('b', { subject: 'Wintertraining in Noorwegen', body: 'De wintertraining gaat door. Zie 33279-28.', sender: 'Ministerie van Defensie', notes: 'belangrijk voor de nota' }),
  doc('c', { subject: 'Wet open overheid', body: 'Het beleid en de beleidsnota over openbaarheid. De constructor van het toString-register.', sender: 'Ministerie van Binnenlandse Zaken' }),
];

function run(segment: LunrSegment, query: string): string[] {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const expansions = new Map<string, string[]>();
  for (const clause of parsed.value.clauses as QueryClause[]) {
    if (clause.kind === 'term' && (clause.fuzzy || clause.wildcard)) expansions.set(expansionKey(clause), segment.expand(clause));
  }
  return segment.search(parsed.value.clauses, expansions).map((h) => h.id).sort();
}

describe('LunrSegment', () => {
  const built = LunrSegment.build(documents);
  const loaded = LunrSegment.load(JSON.parse(JSON.stringify(built.toJSON())));

  it.each([
    ['begroting', ['a']],
    ['begrotingen', ['a']],
    ['begrotng~1', ['a']],
    ['efficient', ['a']],
    ['efficiënt', ['a']],
    ['33 279', ['a', 'b']],
    ['33279', ['a', 'b']],
    ['noorweg*', ['b']],
    ['*training', ['b']],
    ['beleid*', ['c']],
    ['+defensie -noorwegen', ['a']],
    ['-begroting', ['b', 'c']],
    ['notities:belangrijk', ['b']],
    ['betreft:defensie', ['a']],
    ['afzender:binnenlandse', ['c']],
    ['kenmerk:BS2019011367', ['a']],
    ['+begrotng~1 +defensie', ['a']],
    ['de', []],
    ['constructor', ['c']],
    ['tostring', ['c']],
  ])('%s finds %j (built and reloaded alike)', (query, ids) => {
    expect(run(built, query)).toEqual(ids);
    expect(run(loaded, query)).toEqual(ids);
  });

  it('keeps short refs and a table of ids', () => {
    const json = built.toJSON();
    expect(json.ids).toEqual(['a', 'b', 'c']);
    expect(JSON.stringify(json.postings)).not.toContain('"a"');
  });

  it.each(['begroting defensie', '+defensie wintertraining', 'betreft:defensie begroting', 'inkoop^3 defensie'])(
    'scores %s as lunr itself does',
    (query) => {
      const l = lunrDutch();
      const analyze = analyzePipelineFunction();
      const index = l(function () {
        this.pipeline.reset();
        this.pipeline.add(analyze);
        this.searchPipeline.reset();
        for (const [field, boost] of Object.entries(fieldBoosts)) this.field(field, { boost });
        documents.forEach((d) => this.add(Object.fromEntries(Object.entries(d).map(([k, v]) => [k, k === 'id' ? v : indexableText(v)]))));
      });
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new Error();
      const ours = built.search(parsed.value.clauses, new Map()).sort((a, b) => b.score - a.score);
      const theirs = index.query((q) => {
        for (const c of parsed.value.clauses) {
          if (c.kind !== 'term') continue;
          const stem = analyzeWord(c.text).stem!;
          q.term(stem, {
            usePipeline: false,
            boost: c.boost ?? 1,
            presence: c.presence === 'must' ? l.Query.presence.REQUIRED : l.Query.presence.OPTIONAL,
            ...(c.field ? { fields: [c.field] } : {}),
          });
        }
      });
      expect(ours.map((h) => h.id)).toEqual(theirs.map((r) => r.ref));
      ours.forEach((h, i) => expect(h.score).toBeCloseTo(theirs[i]!.score, 2));
    },
  );
});

describe('SegmentBuilder', () => {
  it('weighs every term of 120 generated letters and documents exactly as lunr\'s Builder does', () => {
    const pagesOf = (text: { pages: { text: string }[] }) => text.pages.map((p) => p.text).join('\n\n');
    const docs: IndexDocument[] = [...documents];
    for (let seed = 1; seed <= 80; seed++) {
      const { text, expected } = generateLetterText(seed);
      docs.push(doc(`l${seed}`, { subject: expected.subject, body: pagesOf(text), sender: expected.sender, recipient: expected.recipient, reference: `${expected.reference} ${expected.theirReference ?? ''}`, notes: seed % 3 ? '' : 'Zie ook de beantwoording van de Kamervragen.' }));
    }
    for (let seed = 1; seed <= 37; seed++) docs.push(doc(`d${seed}`, { body: pagesOf(generateDocumentText(seed).text) }));
    const ours = LunrSegment.build(docs).toJSON();
    const theirs = segmentViaLunrBuilder(docs);
    expect(ours.terms).toEqual(theirs.terms);
    expect(ours.words).toEqual(theirs.words);
    expect(ours.postings).toEqual(theirs.postings);
    expect(ours.ids).toEqual(theirs.ids);
    expect(ours.terms.split('\n').length).toBeGreaterThan(500);
  });

  it('gives the same segment whether letters are added one by one or built at once', () => {
    const builder = new SegmentBuilder();
    for (const d of documents) builder.add(d);
    expect(builder.size).toBe(3);
    expect(builder.finish().toJSON()).toEqual(LunrSegment.build(documents).toJSON());
  });
});
