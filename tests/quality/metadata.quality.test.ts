// Metadata quality on the real corpus: prints a per-field table and the misses, and fails below
// the bar of issue 3. Skips when ../shared/corpus is absent (it is never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src-main/core/letters/readMetadata';
import type { LetterMetadata } from '../../src-main/shared/contract/letterContent';
import { extractCorpusFile } from './cachedExtraction';
import { type CorpusLabel, expectedText, fieldCorrect, scoredFields } from './scoreMetadata';

const corpus = path.resolve(__dirname, '../../../shared/corpus');
const labelsFile = path.join(corpus, 'labels.json');

const bar: Record<string, number> = { date: 95, reference: 95, theirReference: 95, subject: 95, sender: 90, recipient: 90, 'citation recall': 97, 'citation precision': 97 };

/** `excluded` says why a document does not count for the bar (its text cannot be read). */
type Read = { label: CorpusLabel; metadata: LetterMetadata; excluded?: string };

/**
 * The corpus README's "text layer" column per file: a layer marked GARBLED (Type3 fonts without
 * ToUnicode) or NO (a scan) holds no readable text even when pdf.js opens the file.
 */
function unreadableLayers(): Map<string, string> {
  const readme = path.join(corpus, 'README.md');
  const layers = new Map<string, string>();
  if (!existsSync(readme)) return layers;
  for (const row of readFileSync(readme, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    const file = cells[1]?.replace(/^letters\//, '');
    const layer = cells[cells.length - 2];
    if (file && layer && /^(?:GARBLED|NO)$/.test(layer)) layers.set(file, layer);
  }
  return layers;
}

async function readAll(): Promise<Read[]> {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as CorpusLabel[];
  const unreadable = unreadableLayers();
  const reads: Read[] = [];
  for (const label of labels) {
    const outcome = await extractCorpusFile(path.resolve(corpus, 'letters', label.file));
    const metadata = readMetadata(outcome.text, outcome.info);
    const layer = unreadable.get(label.file);
    const excluded =
      outcome.status !== 'ok' ? `status ${outcome.status}` : layer ? `tekstlaag ${layer} volgens corpus/README.md` : undefined;
    reads.push(excluded ? { label, metadata, excluded } : { label, metadata });
  }
  return reads;
}

function score(reads: Read[]): { rows: [string, number, number][]; misses: string[] } {
  const rows: [string, number, number][] = [];
  const misses: string[] = [];
  for (const field of scoredFields) {
    let correct = 0;
    for (const { label, metadata } of reads) {
      if (fieldCorrect(field, label, metadata)) correct++;
      else misses.push(`${field.padEnd(14)} ${label.file}\n    verwacht ${expectedText(field, label)}\n    gelezen  ${metadata[field] ? JSON.stringify(metadata[field]!.value) : '(niets)'}`);
    }
    rows.push([field, correct, reads.length]);
  }
  let found = 0, right = 0, expected = 0;
  for (const { label, metadata } of reads) {
    const got = new Set(metadata.citations.map((c) => c.key));
    const want = new Set(label.citations);
    found += got.size;
    expected += want.size;
    for (const key of got) if (want.has(key)) right++;
    for (const key of got) if (!want.has(key)) misses.push(`citation       ${label.file}\n    onterecht ${key}`);
    for (const key of want) if (!got.has(key)) misses.push(`citation       ${label.file}\n    gemist   ${key}`);
  }
  rows.push(['citation recall', right, expected], ['citation precision', right, found]);
  return { rows, misses };
}

function table(title: string, rows: [string, number, number][]): string {
  const lines = rows.map(([field, correct, total]) => `| ${field.padEnd(18)} | ${String(correct).padStart(7)} | ${String(total).padStart(5)} | ${(total ? (100 * correct) / total : 100).toFixed(1).padStart(5)}% | ≥ ${bar[field]}% |`);
  return [title, '| field              | correct | total |      % | bar   |', '|---|---|---|---|---|', ...lines].join('\n');
}

describe.skipIf(!existsSync(labelsFile))('metadata quality on ../shared/corpus', () => {
  it('meets the bar of issue 3 on every document with a readable text layer', async () => {
    const reads = await readAll();
    const readable = reads.filter((r) => !r.excluded);
    const all = score(reads);
    const scored = score(readable);
    const excluded = reads.filter((r) => r.excluded).map((r) => `  ${r.label.file}: ${r.excluded}`);
    console.log(`Excluded from the bar (no readable text layer):\n${excluded.join('\n')}\n`);
    console.log(table(`All ${reads.length} documents`, all.rows));
    console.log(table(`\n${readable.length} documents with a readable text layer (the bar applies here)`, scored.rows));
    console.log(`\nMisses (all documents):\n${all.misses.join('\n')}`);
    const below = scored.rows.filter(([field, correct, total]) => total > 0 && (100 * correct) / total < bar[field]!);
    expect(below.map(([field, correct, total]) => `${field} ${correct}/${total}`)).toEqual([]);
  }, 600_000);
});
