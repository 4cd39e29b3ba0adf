import { describe, expect, it } from 'vitest';
import { fromCollection, toCollection } from '../../../../../src-main/core/notes/annotationCollection';
import type { Note } from '../../../../../src-main/shared/contract/notes';
import type { PdfRect } from '../../../../../src-main/shared/contract/letterContent';

const letterId = 'b'.repeat(64);
const note: Note = {
  id: 'urn:uuid:1',
  letterId,
  path: 'ingekomen/brief 1.pdf',
  quote: { exact: 'Ik zal uw Kamer informeren', prefix: 'jaar. ', suffix: ' over' },
  position: { start: 10, end: 36 },
  page: 2,
  rects: [[80, 600, 300, 612] as unknown as PdfRect],
  text: 'Toezegging!\nNagaan in januari.',
  tags: ['toezegging', 'Noorwegen'],
  colour: '#a5d6a7',
  author: 'J. de Vries',
  created: '2026-01-01T10:00:00.000Z',
  modified: '2026-01-02T10:00:00.000Z',
};

describe('annotation collection', () => {
  it('round-trips a note through the W3C model', () => {
    const json = JSON.parse(JSON.stringify(toCollection([note], 'Notities')));
    const read = fromCollection(json);
    expect(read?.notes).toEqual([note]);
    expect(read?.schemaVersion).toBe(1);
  });

  it('writes what the W3C model requires', () => {
    const json = toCollection([note], 'Notities') as { '@context': unknown[]; type: string; items: Record<string, unknown>[] };
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    const item = json.items[0]!;
    expect(item).toMatchObject({ id: 'urn:uuid:1', type: 'Annotation', target: { source: `urn:sha256:${letterId}` } });
    const body = item.body as { purpose: string; value: string }[];
    expect(body.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['toezegging', 'Noorwegen']);
  });

  it.each([
    {
      name: 'another tool: items directly, bodyValue, string creator, uppercase hash',
      json: {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        items: [
          {
            id: 'https://example.org/anno/7',
            type: 'Annotation',
            bodyValue: 'Belangrijk',
            creator: 'Piet',
            target: { source: `urn:sha256:${letterId.toUpperCase()}`, selector: { type: 'TextQuoteSelector', exact: 'uw Kamer' } },
          },
        ],
      },
      expected: { id: 'https://example.org/anno/7', text: 'Belangrijk', author: 'Piet', letterId, quote: { exact: 'uw Kamer', prefix: '', suffix: '' } },
    },
    {
      name: 'a single annotation with a stylesheet colour and a tagging body',
      json: {
        type: 'Annotation',
        id: 'x',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'motie' }],
        stylesheet: { type: 'CssStylesheet', value: '.geel { background-color: #ffee00 }' },
        target: { source: { id: `urn:sha256:${letterId}` }, styleClass: 'geel', selector: [{ type: 'TextQuoteSelector', exact: 'q' }] },
      },
      expected: { tags: ['motie'], colour: '#ffee00', text: '' },
    },
  ])('reads $name', ({ json, expected }) => {
    const read = fromCollection(json);
    expect(read?.notes[0]).toMatchObject(expected);
  });

  it('keeps what it cannot read, and unknown properties, when writing back', () => {
    const foreign = { id: 'y', type: 'Annotation', target: 'https://example.org/page' };
    const extra = { ...(toCollection([note], '') as { items: object[] }).items[0], 'hypothesis:group': 'abc' };
    const read = fromCollection({ type: 'AnnotationCollection', items: [extra, foreign] })!;
    expect(read.skipped).toHaveLength(1);
    const written = toCollection(read.notes, 'x', read) as { items: Record<string, unknown>[] };
    expect(written.items).toHaveLength(2);
    expect(written.items[0]!['hypothesis:group']).toBe('abc');
    expect(written.items[1]).toEqual(foreign);
  });

  it.each([{ json: 'hello' }, { json: { type: 'Something' } }, { json: null }])('rejects $json as not a notes file', ({ json }) => {
    expect(fromCollection(json)).toBeNull();
  });
});
