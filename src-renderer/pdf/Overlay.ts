import type { PdfRect } from '../../src-main/shared/contract/letterContent';

/** Something drawn over a page: a metadata source, a note's highlight. Rects in PDF units. */
export type Overlay = {
  id: string;
  page: number;
  rects: readonly PdfRect[];
  kind: 'source' | 'note' | 'pending' | 'hit' | 'hit-current';
  /** CSS colour of a note's highlight. */
  colour?: string;
  /** Accessible description (the note's text, the field's name). */
  label?: string;
};

/** A text selection in the viewer, captured in PDF units with its quote and context. */
export type PdfSelection = {
  page: number;
  rects: PdfRect[];
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the selection starts along the page's text layer, 0..1 (to tell repeated quotes apart). */
  ratio: number;
};

/** Where find-in-letter stands: matches counted, current match (1-based, 0 = none). */
export type FindStatus = { query: string; current: number; total: number; pending: boolean };
