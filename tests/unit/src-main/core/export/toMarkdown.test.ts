import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../../../src-main/core/export/toMarkdown';
import { exportInput } from './exportFixture';

describe('toMarkdown', () => {
  const md = toMarkdown(exportInput);
  it.each([
    ['a title', '# Notities uit Defensie 2019'],
    ['a section per letter', '## Samenwerking met strategische partners'],
    ['letter facts', 'Datum: 19 juni 2019 · Kenmerk: BS2019011367 · Afzender: Ministerie van Financiën'],
    ['the quote as a block quote', '> Ik zal uw Kamer informeren'],
    ['the source in the standard form', '— Kamerstukken II 2018/19, 33 279, nr. 28, p. 3'],
    ['line breaks of the note kept', 'Toezegging aan de Kamer.  \nNagaan in januari; "zeker" doen.'],
    ['tags', 'Labels: `toezegging`, `Noorwegen`'],
    ['orphans marked', '*Deze passage is niet teruggevonden in de huidige tekst van de brief.*'],
    ['markup in text escaped', '> =SOM(A1:A3) en -10% korting'],
  ])('has %s', (_what, expected) => {
    expect(md).toContain(expected);
  });
});
