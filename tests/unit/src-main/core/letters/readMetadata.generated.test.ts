import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { generateLetterText } from '../../../../fixtures/generateLetterTexts';

describe('readMetadata on generated letters (label variants, layouts, languages, replies)', () => {
  const letters = Array.from({ length: 150 }, (_, i) => generateLetterText(1000 + i));
  it.each(letters.map((letter, i) => [i, letter] as const))('letter %i', (_, { text, expected }) => {
    const m = readMetadata(text, { title: 'Microsoft Word - ~WRL0003.tmp' });
    expect({
      date: m.date?.value,
      reference: m.reference?.value,
      theirReference: m.theirReference?.value ?? null,
      subject: m.subject?.value,
      sender: m.sender?.value,
      recipient: m.recipient?.value,
      citations: m.citations.map((c) => c.key),
      language: m.language,
    }).toEqual(expected);
    // Provenance points at page 1 for every field that was found.
    for (const field of [m.date, m.reference, m.subject, m.recipient]) expect(field?.source?.page).toBe(1);
  });
});
