// Rebuilds the reading order of a page from positioned text pieces. PDF content order is the
// order the producer drew things in: letterheads draw the right-hand column (Datum, Kenmerk,
// Betreft...) interleaved with the address, or the value before its label. We group pieces into
// rows by baseline and recursively cut the page (an XY-cut): a vertical cut where a gutter of
// white space separates columns whose rows do not line up, horizontal cuts at blank bands. Rows
// whose left and right parts share baselines (a label and its value) are never cut apart.
import { normaliseText } from './normaliseText';

/** One run of text from the PDF, in PDF user units (origin bottom left). */
export type TextPiece = {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in user units. */
  size: number;
  /** Glyph extent above and below the baseline, as fractions of size (descent negative). */
  ascent: number;
  descent: number;
  bold: boolean;
};

/** A line in reading order; rect is [x1, y1, x2, y2] in PDF user units. */
export type LaidOutLine = {
  text: string;
  rect: [number, number, number, number];
  fontSize: number;
  bold: boolean;
};

type Box = TextPiece & { x1: number; top: number; bottom: number };

// Gaps are measured in multiples of the font size (em), so the rules hold for any scale.
const SPACE_EM = 0.17; // below this, two runs are one word ("L" "ā" "na" -> "Lāna")
const ROW_BASELINE_EM = 0.5; // baselines closer than this share a row (superscripts, offsets)
const ALIGNED_BASELINE_EM = 0.25; // rows across a gutter that line up this well form a table
const GUTTER_EM = 1.0; // narrowest white space between two columns
const BAND_GAP_EM = 0.8; // blank space between rows that separates bands
const PROSE_ROW_EM = 12; // rows this wide on both sides are running text in columns

/** Orders the pieces of one page into lines as a reader reads them. */
export function layoutLines(pieces: readonly TextPiece[]): LaidOutLine[] {
  const boxes: Box[] = [];
  for (const piece of pieces) {
    const text = normaliseText(piece.text);
    // Broken fonts give NaN metrics; a piece without a place cannot be laid out.
    if (!text.trim() || !(piece.size > 0) || !Number.isFinite(piece.x) || !Number.isFinite(piece.y)) continue;
    const width = piece.width > 0 ? piece.width : text.length * piece.size * 0.5;
    const ascent = Number.isFinite(piece.ascent) && piece.ascent > 0.5 ? piece.ascent : 0.8;
    const descent = Number.isFinite(piece.descent) && piece.descent < 0 ? piece.descent : -0.2;
    boxes.push({
      ...piece,
      text,
      width,
      x1: piece.x + width,
      top: piece.y + ascent * piece.size,
      bottom: piece.y + descent * piece.size,
    });
  }
  return order(boxes).map(toLine);
}

function order(boxes: Box[]): Box[][] {
  if (boxes.length === 0) return [];
  const rows = groupRows(boxes);
  if (rows.length === 1) return rows;
  const columns = findColumnCut(boxes);
  if (columns) return [...order(columns[0]), ...order(columns[1])];
  const bands = splitBands(rows);
  if (bands.length > 1) return bands.flatMap((band) => order(band.flat()));
  return rows;
}

/** Rows top to bottom, each sorted left to right. */
function groupRows(boxes: Box[]): Box[][] {
  const sorted = [...boxes].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; boxes: Box[] }[] = [];
  for (const box of sorted) {
    const row = rows[rows.length - 1];
    if (row && row.y - box.y <= ROW_BASELINE_EM * Math.min(row.size, box.size)) {
      row.boxes.push(box);
      if (box.size > row.size) row.size = box.size;
    } else rows.push({ y: box.y, size: box.size, boxes: [box] });
  }
  return rows.map((row) => row.boxes.sort((a, b) => a.x - b.x));
}

/** A split into left and right columns, or null when the region is one column or a table. */
function findColumnCut(boxes: Box[]): [Box[], Box[]] | null {
  const byX = [...boxes].sort((a, b) => a.x - b.x);
  const sizes = boxes.map((b) => b.size).sort((a, b) => a - b);
  const minGutter = GUTTER_EM * sizes[Math.floor(sizes.length / 2)]!;
  const gutters: { at: number; width: number }[] = [];
  let reach = byX[0]!.x1;
  for (const box of byX) {
    if (box.x - reach >= minGutter) gutters.push({ at: reach, width: box.x - reach });
    reach = Math.max(reach, box.x1);
  }
  gutters.sort((a, b) => b.width - a.width);
  for (const gutter of gutters) {
    const left = boxes.filter((b) => b.x1 <= gutter.at + 0.01);
    const right = boxes.filter((b) => b.x1 > gutter.at + 0.01);
    if (isColumnPair(groupRows(left), groupRows(right))) return [left, right];
  }
  return null;
}

/**
 * Columns have rows that do not line up; a table (label, value) has rows that do. Rows that line
 * up only partly are columns when their leading differs (an address at 12 pt beside a 9 pt
 * letterhead column); a table's rows share their pitch.
 */
function isColumnPair(left: Box[][], right: Box[][]): boolean {
  const baselines = right.map((row) => ({ y: row[0]!.y, size: row[0]!.size }));
  let aligned = 0;
  for (const row of left) {
    const { y, size } = row[0]!;
    if (baselines.some((b) => Math.abs(b.y - y) <= ALIGNED_BASELINE_EM * Math.min(size, b.size))) aligned++;
  }
  const fewer = Math.min(left.length, right.length);
  if (aligned < 0.5 * fewer) return true;
  if (aligned < fewer) {
    const [a, b] = [medianLeading(left), medianLeading(right)];
    if (a > 0 && b > 0 && Math.abs(a - b) > 0.15 * Math.max(a, b)) return true;
  }
  // Running text set in two columns lines up too; its rows are long on both sides.
  return left.length >= 5 && right.length >= 5 && medianRowEms(left) >= PROSE_ROW_EM && medianRowEms(right) >= PROSE_ROW_EM;
}

function medianLeading(rows: Box[][]): number {
  const steps = rows.slice(1).map((row, i) => rows[i]![0]!.y - row[0]!.y).sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length / 2)]! : 0;
}

function medianRowEms(rows: Box[][]): number {
  const widths = rows.map((row) => (row[row.length - 1]!.x1 - row[0]!.x) / row[0]!.size).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)]!;
}

/** Splits rows where a blank band separates them. */
function splitBands(rows: Box[][]): Box[][][] {
  const bands: Box[][][] = [];
  let previous: { bottom: number; size: number } | null = null;
  for (const row of rows) {
    const top = Math.max(...row.map((b) => b.top));
    const bottom = Math.min(...row.map((b) => b.bottom));
    const size = Math.max(...row.map((b) => b.size));
    if (!previous || previous.bottom - top > BAND_GAP_EM * Math.max(size, previous.size)) bands.push([row]);
    else bands[bands.length - 1]!.push(row);
    previous = { bottom, size };
  }
  return bands;
}

function toLine(row: Box[]): LaidOutLine {
  let text = '';
  let previous: Box | null = null;
  const charsBySize = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const box of row) {
    let piece = box.text.replace(/\s+/g, ' ');
    if (previous) {
      const gap = box.x - previous.x1;
      const spaced = gap > SPACE_EM * Math.min(box.size, previous.size) || text.endsWith(' ') || piece.startsWith(' ');
      if (spaced && !text.endsWith(' ')) text += ' ';
      if (text.endsWith(' ')) piece = piece.trimStart();
    } else piece = piece.trimStart();
    text += piece;
    const count = piece.replace(/\s/g, '').length;
    charsBySize.set(box.size, (charsBySize.get(box.size) ?? 0) + count);
    if (box.bold) boldChars += count;
    chars += count;
    previous = box;
  }
  const fontSize = [...charsBySize].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    text: text.trimEnd(),
    rect: [
      round(Math.min(...row.map((b) => b.x))),
      round(Math.min(...row.map((b) => b.bottom))),
      round(Math.max(...row.map((b) => b.x1))),
      round(Math.max(...row.map((b) => b.top))),
    ],
    fontSize: round(fontSize),
    bold: chars > 0 && boldChars * 2 > chars,
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;
