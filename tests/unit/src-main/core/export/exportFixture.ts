// An export input with the awkward cases: formula-like quotes, separators, line breaks, accents,
// an orphan, a letter without metadata, and a letter that is a parliamentary paper.
import type { ExportInput } from '../../../../../src-main/core/export/ExportInput';
import type { PdfRect } from '../../../../../src-main/shared/contract/letterContent';
import type { ListedNote } from '../../../../../src-main/shared/contract/notes';

const field = (value: string) => ({ value, confidence: 0.9 });
export const letterA = 'a1'.repeat(32);
export const letterB = 'b2'.repeat(32);
export const letterC = 'c3'.repeat(32);

const note = (id: string, letterId: string, over: Partial<ListedNote>): ListedNote => ({
  id: `urn:uuid:${id}`,
  letterId,
  quote: { exact: 'Ik zal uw Kamer informeren', prefix: 'jaar. ', suffix: ' over' },
  position: { start: 100, end: 126 },
  page: 1,
  rects: [[80, 600, 300, 612] as unknown as PdfRect],
  text: '',
  tags: [],
  colour: '#ffd54f',
  author: 'J. de Vries',
  created: '2026-03-01T09:15:00.000Z',
  modified: '2026-03-02T16:45:00.000Z',
  status: 'anchored',
  ...over,
});

export const exportInput: ExportInput = {
  archiveName: 'Defensie 2019',
  exportedAt: '2026-03-03T10:00:00.000Z',
  letters: [
    {
      letterId: letterA,
      path: 'ingekomen/brief-00001.pdf',
      metadata: {
        subject: field('Samenwerking met strategische partners'),
        date: field('2019-06-19'),
        reference: field('BS2019011367'),
        sender: field('Ministerie van Financiën'),
        citations: [],
      },
      notes: [
        note('1', letterA, { quote: { exact: 'Ik zal uw Kamer\ninformeren', prefix: 'jaar. ', suffix: ' over' }, text: 'Toezegging aan de Kamer.\nNagaan in januari; "zeker" doen.', tags: ['toezegging', 'Noorwegen'], page: 2 }),
        note('2', letterA, { quote: { exact: '=SOM(A1:A3) en -10% korting; "aanhalingstekens"', prefix: '', suffix: '' }, colour: '#90caf9', text: '' }),
        note('3', letterA, { quote: { exact: 'Verdwenen passage', prefix: '', suffix: '' }, status: 'orphan', text: 'Was belangrijk' }),
      ],
    },
    {
      letterId: letterB,
      path: 'kamerstuk-33279-28.pdf',
      metadata: { subject: field('Wintertraining in Noorwegen'), citations: [] },
      paper: { key: '33279-28', chamber: 'II', year: '2018/19' },
      notes: [note('4', letterB, { page: 3, text: 'Citeren in de nota.', tags: ['toezegging'] })],
    },
    {
      letterId: letterC,
      path: 'scan zonder tekst.pdf',
      metadata: null,
      notes: [note('5', letterC, { page: undefined, text: 'Eén notitie met é, ë en €.' })],
    },
  ],
};
