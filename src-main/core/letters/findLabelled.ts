// Finds the value that belongs to a label, wherever the layout put it: after the label on the
// same line, beside it, below it in the same column, or (as in the seed letter) just above it.
import { type LabelledField, isBareLabel, labelAt } from './labels';
import { type LetterLine, gapBelow, lineHeight, sameColumn, sameRow } from './letterLines';
import { findDate } from './parseDate';

export type Labelled = { value: string; lines: LetterLine[]; inline: boolean };

export type LabelOptions = {
  /** Normalises a candidate value, or rejects it with undefined. */
  accept: (text: string) => string | undefined;
  /** Subjects wrap over more lines; strong values (dates, references) may sit a line further. */
  mode: 'strong' | 'subject';
  /** Pages to look on, in order of preference. */
  pages: readonly number[];
  /** Lines already used for another field. */
  used?: ReadonlySet<number>;
};

const isLabel = (line: LetterLine) => labelAt(line.text) !== undefined;

/** Lines of the label's page below it, in reading order, that could hold its value. */
function below(lines: readonly LetterLine[], label: LetterLine, limit: number): LetterLine[] {
  const out: LetterLine[] = [];
  for (let j = label.index + 1; j < lines.length && out.length < limit; j++) {
    const line = lines[j]!;
    if (line.page !== label.page) break;
    if (!sameColumn(label, line)) continue;
    const gap = gapBelow(label, line);
    if (gap < -lineHeight(label) * 0.5) continue; // above or beside the label, not below it
    if (gap > lineHeight(label) * 4) break;
    // A blank line under a bare label: whatever follows is not its value.
    if (out.length === 0 && gap > lineHeight(label) * 1.2) break;
    out.push(line);
  }
  return out;
}

const endsInMonth = /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|december)$/i;

/** Following lines of a wrapped subject: same column and size, tight spacing, no label. */
function continuation(lines: readonly LetterLine[], first: LetterLine, valueX: number): LetterLine[] {
  const out: LetterLine[] = [];
  let previous = first;
  for (let j = first.index + 1; j < lines.length && out.length < 3; j++) {
    const line = lines[j]!;
    if (line.page !== first.page) break;
    // A date wrapped after its month ("... dinsdag 8 maart" / "2011") continues wherever the
    // year lands: estimating the value's column from character counts is rough in bold type.
    const wrappedYear = !sameRow(line, previous) && endsInMonth.test(previous.text) && /^(?:1[89]|20)\d{2}$/.test(line.text);
    if (!wrappedYear && (sameRow(line, previous) || Math.abs(line.rect[0] - valueX) > Math.max(12, lineHeight(first) * 1.5))) {
      if (line.rect[1] < previous.rect[1] - lineHeight(previous) * 3) break;
      continue;
    }
    const gap = gapBelow(previous, line);
    if (line.afterBreak || gap < -lineHeight(first) * 0.5 || gap > lineHeight(first) * 0.9) break;
    if (Math.abs(line.fontSize - first.fontSize) > 0.6 || line.bold !== first.bold || isLabel(line)) break;
    if (/^(?:geachte|dear|sehr geehrte|madame|monsieur)\b/i.test(line.text)) break;
    out.push(line);
    previous = line;
  }
  return out;
}

function joinSubject(lines: readonly LetterLine[], first: string): string {
  let text = first;
  for (const line of lines.slice(1)) text = text.endsWith('-') && /^\p{Ll}/u.test(line.text) ? text.slice(0, -1) + line.text : `${text} ${line.text}`;
  return text;
}

/** The value of the first `field` label on the given pages that yields an acceptable value. */
export function findLabelled(lines: readonly LetterLine[], field: LabelledField, options: LabelOptions): Labelled | undefined {
  for (const page of options.pages) {
    for (const label of lines) {
      if (label.page !== page) continue;
      const match = labelAt(label.text);
      if (match && match.rest && isBareLabel(label.text)) {
        const found = fromLabelRow(lines, label, field, options);
        if (found) return found;
        continue;
      }
      if (match?.field !== field) continue;
      const found = valueOf(lines, label, match.rest, options);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Two labels side by side ("Datum Ons kenmerk") over their values ("06 augustus 2020 z2020-11824"):
 * the date is read off the start of the value row and the rest belongs to the second label.
 */
function fromLabelRow(lines: readonly LetterLine[], row: LetterLine, field: LabelledField, options: LabelOptions): Labelled | undefined {
  const fields: string[] = [];
  for (let rest = row.text, match = labelAt(rest); match; rest = match.rest, match = labelAt(rest)) fields.push(match.field);
  const position = fields.indexOf(field);
  const values = below(lines, row, 1)[0];
  if (position < 0 || fields.length !== 2 || fields[0] !== 'date' || !values || isLabel(values)) return undefined;
  const date = findDate(values.text);
  if (!date || date.index !== 0) return undefined;
  const part = position === 0 ? values.text.slice(0, date.length) : values.text.slice(date.length).trim();
  const value = part ? options.accept(part) : undefined;
  return value ? { value, lines: [values], inline: false } : undefined;
}

function valueOf(lines: readonly LetterLine[], label: LetterLine, rest: string, options: LabelOptions): Labelled | undefined {
  const { accept, mode } = options;
  const free = (line: LetterLine) => !options.used?.has(line.index) && !isBareLabel(line.text);
  if (rest) {
    const value = accept(rest);
    if (!value) return undefined;
    if (mode === 'subject') {
      // The value starts where the label text ends; continuation lines start there too.
      const width = label.rect[2] - label.rect[0];
      const valueX = label.rect[0] + (width * (label.text.length - rest.length)) / Math.max(1, label.text.length);
      const more = continuation(lines, label, valueX);
      return { value: joinSubject([label, ...more], value), lines: [label, ...more], inline: true };
    }
    return { value, lines: [label], inline: true };
  }
  // Beside the label on the same row, nearest first.
  const beside = lines
    .filter((l) => l.index !== label.index && sameRow(l, label) && l.rect[0] > label.rect[2] - 1 && free(l))
    .sort((a, b) => a.rect[0] - b.rect[0])[0];
  if (beside) {
    const value = accept(beside.text);
    if (value) return withContinuation(lines, beside, value, mode);
  }
  // Below, in the same column.
  for (const line of below(lines, label, mode === 'strong' ? 3 : 1)) {
    if (isLabel(line)) break;
    // A blank line after a bare label means its value is not below it (seed letter: value first).
    if (mode === 'subject' && (line.afterBreak || gapBelow(label, line) > lineHeight(label))) break;
    if (!free(line)) continue;
    const value = accept(line.text);
    if (value) return withContinuation(lines, line, value, mode);
    if (mode === 'subject') break;
  }
  // Just above it, when the layout put the value first ("Samenwerking ..." / "Betreft").
  const above = lines[label.index - 1];
  if (above && above.page === label.page && !label.afterBreak && free(above) && !isLabel(above) && sameColumn(above, label)) {
    const gap = gapBelow(above, label);
    if (gap > -lineHeight(label) * 0.5 && gap < lineHeight(label) * 1.5) {
      const value = accept(above.text);
      if (value) return { value, lines: [above], inline: false };
    }
  }
  return undefined;
}

function withContinuation(lines: readonly LetterLine[], first: LetterLine, value: string, mode: LabelOptions['mode']): Labelled {
  if (mode !== 'subject') return { value, lines: [first], inline: false };
  const more = continuation(lines, first, first.rect[0]);
  return { value: joinSubject([first, ...more], value), lines: [first, ...more], inline: false };
}
