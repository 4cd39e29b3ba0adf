import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../../src-main/core/letters/readMetadata';
import { type DocumentKind, generateDocumentText } from '../../../../fixtures/generateLetterTexts';

const kinds: DocumentKind[] = ['report', 'memo', 'signature', 'en', 'de', 'fr'];

describe('readMetadata on generated documents (reports, memos, signature-only senders, EN/DE/FR letters)', () => {
  const documents = kinds.flatMap((kind) => Array.from({ length: 12 }, (_, i) => generateDocumentText(5000 + i * 7 + kind.length * 101, kind)));
  it.each(documents.map((d, i) => [`${d.kind} ${i}`, d] as const))('%s', (_, { text, expected }) => {
    const m = readMetadata(text, { title: 'Microsoft Word - Document3', author: 'Jansen, Piet' });
    const got: Record<string, string | null> = {
      date: m.date?.value ?? null,
      subject: m.subject?.value ?? null,
      sender: m.sender?.value ?? null,
      language: m.language ?? null,
    };
    if ('reference' in expected) got['reference'] = m.reference?.value ?? null;
    if ('recipient' in expected) got['recipient'] = m.recipient?.value ?? null;
    expect(got).toEqual(expected);
  });
});
