import { describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../../../src-main/core/export/toJsonLd';
import { exportInput } from './exportFixture';

type Json = Record<string, unknown>;
const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The MUSTs of the W3C Web Annotation Data Model for what Leeszaal writes. */
function w3cViolations(annotation: Json): string[] {
  const problems: string[] = [];
  if (typeof annotation.id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(annotation.id)) problems.push('id must be an IRI');
  if (!list(annotation.type).includes('Annotation')) problems.push('type must include Annotation');
  const targets = list(annotation.target);
  if (targets.length === 0) problems.push('target is required');
  for (const target of targets as Json[]) {
    if (typeof target.source !== 'string') problems.push('SpecificResource needs a source');
    for (const selector of list(target.selector) as Json[]) {
      if (selector.type === 'TextQuoteSelector' && typeof selector.exact !== 'string') problems.push('TextQuoteSelector needs exact');
      if (selector.type === 'TextPositionSelector' && !(Number.isInteger(selector.start) && Number.isInteger(selector.end))) problems.push('TextPositionSelector needs start and end');
      if (selector.type === 'FragmentSelector' && typeof selector.value !== 'string') problems.push('FragmentSelector needs value');
    }
  }
  for (const body of list(annotation.body) as Json[]) {
    if (body.type === 'TextualBody' && typeof body.value !== 'string') problems.push('TextualBody needs value');
  }
  for (const key of ['created', 'modified']) {
    if (annotation[key] !== undefined && Number.isNaN(Date.parse(annotation[key] as string))) problems.push(`${key} must be xsd:dateTime`);
  }
  return problems;
}

describe('toJsonLd', () => {
  const json = JSON.parse(toJsonLd(exportInput));

  it('is an AnnotationCollection in the W3C context', () => {
    expect(list(json['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(5);
    expect(json.items).toHaveLength(5);
  });

  it('has annotations with every field the W3C model requires', () => {
    for (const item of json.items) expect(w3cViolations(item)).toEqual([]);
    expect(json.items[0].target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
  });

  it('would catch a broken annotation', () => {
    expect(w3cViolations({ id: 'x', type: 'Note', target: [] })).toHaveLength(3);
  });
});
