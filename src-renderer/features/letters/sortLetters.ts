import type { LetterRow, SortOrder } from './LetterRow';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Sorts letters by one column; letters without that field go last, then by file name. */
export function sortLetters(letters: readonly LetterRow[], order: SortOrder): LetterRow[] {
  const sign = order.descending ? -1 : 1;
  return [...letters].sort((a, b) => {
    const x = a[order.key];
    const y = b[order.key];
    if (x && !y) return -1;
    if (!x && y) return 1;
    const byKey = x && y ? sign * collator.compare(x, y) : 0;
    return byKey || collator.compare(a.name, b.name);
  });
}
