// Extraction for the quality test, with an optional cache for development only. Extracting the
// whole corpus takes about a minute; iterating on metadata rules needs seconds. With
// LEESZAAL_QUALITY_CACHE=1 the ExtractionOutcome of each file is kept in os.tmpdir(), keyed by the
// file's SHA-256 and a hash of the extraction code itself (src-main/node/extract, src-main/core/text,
// the pdf.js version), so any change to the extraction invalidates it. Without the variable (CI)
// every file is extracted for real.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionOutcome } from '../../src-main/node/extract/ExtractionOutcome';
import { readPdfText, readPlainText } from '../../src-main/node/extract/readLetterText';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extractionSources = ['src-main/node/extract', 'src-main/core/text'];

/** Hash of everything that decides what the extraction returns. */
export function extractionCodeHash(): string {
  const hash = createHash('sha256');
  for (const folder of extractionSources) {
    const dir = path.join(root, folder);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
    }
  }
  const pdfjs = JSON.parse(readFileSync(path.join(root, 'node_modules/pdfjs-dist/package.json'), 'utf8')) as { version: string };
  hash.update(`pdfjs-dist@${pdfjs.version}`);
  return hash.digest('hex').slice(0, 16);
}

/** Whether the development cache is switched on. */
export const cacheEnabled = (): boolean => process.env['LEESZAAL_QUALITY_CACHE'] === '1';

let codeHash: string | undefined;

/** The extraction outcome of one corpus file (.pdf or .txt); cached only when cacheEnabled(). */
export async function extractCorpusFile(file: string): Promise<ExtractionOutcome> {
  const bytes = readFileSync(file);
  const extract = (): Promise<ExtractionOutcome> | ExtractionOutcome =>
    file.endsWith('.txt') ? readPlainText(bytes.toString('utf8')) : readPdfText(new Uint8Array(bytes));
  if (!cacheEnabled()) return extract();
  codeHash ??= extractionCodeHash();
  const dir = path.join(os.tmpdir(), 'leeszaal-quality-cache');
  const cached = path.join(dir, `${createHash('sha256').update(bytes).digest('hex')}-${codeHash}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ExtractionOutcome;
  const outcome = await extract();
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so that an interrupted run never leaves half a file to be read.
  const temp = `${cached}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(outcome));
  renameSync(temp, cached);
  return outcome;
}
