import { statSync } from 'node:fs';

/** What a path points at; null when it does not exist or cannot be read. */
export type PathKind = (absolute: string) => 'folder' | 'file' | null;

/** PathKind on the real file system. */
export const pathKindOnDisk: PathKind = (absolute) => {
  try {
    const stat = statSync(absolute);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : null;
  } catch {
    return null;
  }
};
