import { promises as fs } from 'node:fs';
import path from 'node:path';
import { appDataDir } from '../../node/appDataDir';
import type { ArchiveSession } from '../../node/archive/ArchiveSession';
import { notesServiceFor } from '../../node/handlers/notesHandlers';
import { writeFileAtomic } from '../../node/writeFileAtomic';
import { exportFormatSchema, type ExportFormat } from '../../shared/contract/notes';
import { option, type Args } from '../args';
import { openForCli } from '../openForCli';

const usage = 'leeszaal notes export MAP --format docx|md|csv|jsonld|pdf --out PAD [--tag LABEL] [--letter BESTAND] [--json]';

/**
 * `leeszaal notes export DIR --format F --out PATH [--tag T] [--letter FILE]`: the same export as
 * the app. A PDF is made per letter: with several letters `--out` is a folder that gets one
 * `<name>-met-notities.pdf` each. Nothing is ever written over a letter of the archive.
 */
export async function notesCommand(args: Args): Promise<number> {
  const [sub, folder] = args.positional;
  const format = exportFormatSchema.safeParse(option(args, 'format'));
  const out = option(args, 'out');
  if (sub !== 'export' || !folder || !format.success || !out) {
    process.stderr.write(`Gebruik: ${usage}\n`);
    return 2;
  }
  const opened = await openForCli(folder, { quiet: !process.stderr.isTTY });
  if (!opened.ok) {
    process.stderr.write(`${opened.error.message}\n`);
    return 1;
  }
  const session = opened.value;
  try {
    return await exportNotes(session, format.data, path.resolve(out), option(args, 'tag'), option(args, 'letter'), args.options.has('json'));
  } finally {
    await session.close();
  }
}

async function exportNotes(session: ArchiveSession, format: ExportFormat, out: string, tag: string | undefined, letterArg: string | undefined, json: boolean): Promise<number> {
  const service = notesServiceFor(session, { appDataDir: appDataDir(), onChanged: () => {} });
  const letters = session.list();
  let letterIds: string[] | undefined;
  if (letterArg) {
    const wanted = await archivePath(session.root, letterArg);
    const letter = letters.find((l) => l.path === wanted || l.path.toLowerCase() === wanted.toLowerCase());
    if (!letter) {
      process.stderr.write(`"${letterArg}" staat niet in het archief ${session.root}.\n`);
      return 1;
    }
    letterIds = [letter.id];
  }
  // Each letter with notes gets its own PDF; other formats are one file for all.
  const listed = await service.list(tag ? { tag } : {});
  if (!listed.ok) {
    process.stderr.write(`${listed.error.message}\n`);
    return 1;
  }
  if (listed.value.warning) process.stderr.write(`${listed.value.warning}\n`);
  const withNotes = [...new Set(listed.value.notes.map((n) => n.letterId))].filter((id) => !letterIds || letterIds.includes(id));
  const perLetter = format === 'pdf' && (withNotes.length > 1 || (await isFolder(out)));
  const jobs = format === 'pdf' ? withNotes.map((id) => [id]) : [letterIds];
  if (format === 'pdf' && jobs.length === 0) jobs.push(letterIds ?? []);
  const written: { out: string; noteCount: number; warnings: string[] }[] = [];
  let failed = false;
  for (const ids of jobs) {
    const exported = await service.exportNotes({ format, ...(ids ? { letterIds: ids } : {}), ...(tag ? { tag } : {}) });
    if (!exported.ok) {
      const name = ids?.length === 1 ? `${letters.find((l) => l.id === ids[0])?.path ?? ''}: ` : '';
      process.stderr.write(`${name}${exported.error.message}\n`);
      failed = true;
      continue;
    }
    const target = perLetter ? path.join(out, exported.value.fileName) : out;
    if (await isLetterOfArchive(session, target)) {
      process.stderr.write(`Leeszaal schrijft nooit over een brief in het archief: kies een ander pad dan ${target}.\n`);
      return 1;
    }
    try {
      await writeFileAtomic(target, exported.value.bytes);
    } catch (error) {
      process.stderr.write(`Kan ${target} niet schrijven (${(error as NodeJS.ErrnoException).code ?? 'fout'}).\n`);
      return 1;
    }
    for (const warning of exported.value.warnings) process.stderr.write(`${warning}\n`);
    written.push({ out: target, noteCount: exported.value.noteCount, warnings: exported.value.warnings });
  }
  if (json) process.stdout.write(`${JSON.stringify({ format, files: written }, null, 2)}\n`);
  else for (const file of written) process.stdout.write(`${file.noteCount} ${file.noteCount === 1 ? 'notitie' : 'notities'} geëxporteerd naar ${file.out}\n`);
  return failed ? 1 : 0;
}

/** A letter given on the command line as a path inside the archive, relative to its root. */
async function archivePath(root: string, given: string): Promise<string> {
  const candidates = [path.resolve(given), path.resolve(root, given)];
  for (const candidate of candidates) {
    const real = await fs.realpath(candidate).catch(() => null);
    if (real) return path.relative(root, real).split(path.sep).join('/');
  }
  return given.split(path.sep).join('/');
}

async function isFolder(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null))?.isDirectory() ?? false;
}

/** True when `target` is (a link to) a file that is a letter of the archive. */
async function isLetterOfArchive(session: ArchiveSession, target: string): Promise<boolean> {
  const real = await fs.realpath(target).catch(() => path.resolve(target));
  const relative = path.relative(session.root, real).split(path.sep).join('/');
  return session.list().some((letter) => letter.path.toLowerCase() === relative.toLowerCase());
}
