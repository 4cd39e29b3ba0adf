import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic';

const fileOf = (appDataDir: string) => path.join(appDataDir, 'notes-author.json');

/** The name notes are signed with: the one the user chose, else the operating-system user. */
export async function readNoteAuthor(appDataDir: string): Promise<string> {
  try {
    const saved = JSON.parse(await fs.readFile(fileOf(appDataDir), 'utf8')) as { author?: unknown };
    if (typeof saved.author === 'string' && saved.author.trim()) return saved.author.trim();
  } catch {
    // Not chosen yet (or unreadable): fall back on the OS user.
  }
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** Remembers the name notes are signed with, for every archive. */
export async function saveNoteAuthor(appDataDir: string, author: string): Promise<void> {
  await writeFileAtomic(fileOf(appDataDir), `${JSON.stringify({ author }, null, 2)}\n`);
}
