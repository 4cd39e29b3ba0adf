import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractExitCodes, type ExtractJson } from '../../../../../src-main/cli/commands/extract';
import { ensureExtractWorker } from '../../../../fixtures/ensureExtractWorker';
import { generateLetter, type GeneratedLetter } from '../../../../fixtures/generateLetters';

const broken = path.resolve('../shared/corpus/broken');
const jenv = path.resolve('../shared/corpus/letters/nl_kamerbrief_JenV_draagmoederschap_2011-03-01.pdf');

/** Runs the built command line as a user would. */
function leeszaal(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/leeszaal.js', 'extract', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let letter: GeneratedLetter;
beforeAll(async () => {
  await ensureExtractWorker();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-cli-extract-'));
  letter = await generateLetter(path.join(dir, 'brief.pdf'), 31);
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

describe('leeszaal extract', () => {
  it('prints the documented JSON shape with flat values', () => {
    const { code, stdout, stderr } = leeszaal(letter.file, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as ExtractJson;
    expect(Object.keys(json)).toEqual(['file', 'pageCount', 'language', 'metadata', 'warnings']);
    expect(Object.keys(json.metadata)).toEqual(['date', 'reference', 'theirReference', 'subject', 'sender', 'recipient', 'citations']);
    expect(json.file).toBe(letter.file);
    expect(json.pageCount).toBe(letter.pageCount);
    expect(json.metadata.date).toBe(letter.date);
    expect(json.metadata.reference).toBe(letter.reference);
    expect(json.metadata.theirReference).toBe(letter.theirReference);
    expect(json.metadata.subject).toBe(letter.subject);
    expect(json.metadata.citations.map((citation) => citation.key)).toEqual(letter.citations);
    for (const citation of json.metadata.citations) expect(Object.keys(citation)).toEqual(['raw', 'key', 'page']);
    expect(json.warnings).toEqual([]);
  });

  it('prints a readable Dutch summary without --json', () => {
    const { code, stdout } = leeszaal(letter.file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/pagina/);
    expect(stdout).toContain(`Ons kenmerk:   ${letter.reference}`);
    expect(stdout).toContain(`Betreft:       ${letter.subject}`);
    expect(stdout).toMatch(/Datum:\s+\d{1,2} [a-z]+ \d{4}/);
  });

  it.skipIf(!existsSync(jenv))('reads a real Kamerbrief', () => {
    const json = JSON.parse(leeszaal(jenv, '--json').stdout) as ExtractJson;
    expect(json.pageCount).toBe(3);
    expect(json.metadata.date).toBe('2011-03-01');
    expect(json.metadata.reference).toBe('5687928/11');
  });

  it.each<[string, () => string | null, number, RegExp]>([
    ['a missing file', () => path.join(dir, 'bestaat-niet.pdf'), extractExitCodes['not-found'], /niet gevonden/],
    ['a folder', () => dir, extractExitCodes['not-found'], /geen bestand/],
    ['no file at all', () => null, extractExitCodes.usage, /Gebruik/],
  ])('refuses %s with a one-line reason', (_name, file, code, reason) => {
    const target = file();
    const run = target === null ? leeszaal() : leeszaal(target);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });
});

describe.skipIf(!existsSync(broken))('leeszaal extract on unreadable files', () => {
  it.each([
    ['zero_bytes.pdf', [], 'empty', /leeg/],
    ['not-a-pdf_IAmWrongPDF.pdf', [], 'not-a-pdf', /geen PDF/],
    ['truncated_9_bytes.pdf', [], 'damaged', /beschadigd/],
    ['encrypted_user-password_abc.pdf', [], 'encrypted', /--password/],
    ['encrypted_user-password_abc.pdf', ['--password', 'fout'], 'encrypted', /onjuist/],
    ['scanned_3_pages_images_only.pdf', [], 'no-text', /OCR/],
  ] as const)('%s %s exits with the code for %s and one line on stderr', (file, extra, status, reason) => {
    const run = leeszaal(path.join(broken, file), ...extra);
    expect(run.code).toBe(extractExitCodes[status]);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });

  it('opens a protected file with its password', () => {
    const run = leeszaal(path.join(broken, 'encrypted_user-password_abc.pdf'), '--password', 'abc', '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ExtractJson).pageCount).toBe(1);
  });

  it('gives every exit code its own number', () => {
    expect(new Set(Object.values(extractExitCodes)).size).toBe(Object.keys(extractExitCodes).length);
  });
});
