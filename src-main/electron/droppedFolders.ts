import path from 'node:path';
import type { PathKind } from './pathKind';

/**
 * The archive a drop asks for: the first dropped folder, or the folder of the first dropped PDF.
 * Anything else (a Word file, a path that is gone) opens nothing.
 */
export function archiveFromDrop(paths: readonly string[], kind: PathKind): string | undefined {
  const kinds = paths.map((dropped) => ({ dropped, found: kind(dropped) }));
  const folder = kinds.find(({ found }) => found === 'folder');
  if (folder) return folder.dropped;
  const pdf = kinds.find(({ dropped, found }) => found === 'file' && dropped.toLowerCase().endsWith('.pdf'));
  return pdf ? path.dirname(pdf.dropped) : undefined;
}
