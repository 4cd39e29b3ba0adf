// `npm run bench [-- --sizes 1000,10000]`: archive and search benchmark (issue 4), written to
// bench/RESULTS.md. Generated archives are cached in bench/data/ (gitignored). Each size is
// measured in a fresh child process so that peak RSS is that of opening and searching alone.
import { execFile, spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ArchiveSession } from '../src-main/node/archive/ArchiveSession';
import { inThreadExtractor, type LetterExtractor } from '../src-main/node/archive/letterExtractor';
import { poolExtractor } from '../src-main/node/archive/poolExtractor';
import { generateArchive, generateLetter } from '../tests/fixtures/generateLetters';

const here = path.dirname(fileURLToPath(import.meta.url));
const PARALLELISM = Math.min(2, os.availableParallelism());
const GENERATOR_VERSION = 1;

/** A fixed mix: single words, phrases, fields, wildcards, fuzzy terms, numbers, filters. */
export const QUERY_MIX = [
  'begroting',
  'samenwerking',
  'Noorwegen',
  'kabinet',
  'investeringen',
  'toezegging',
  'efficiënte inkoop',
  '"stand van zaken"',
  '"zorgvuldige afweging"',
  '"Wet open overheid"',
  'betreft:wintertraining',
  'afzender:financien',
  'betreft:evaluatie +uitvoerbaarheid',
  '+kabinet -begroting',
  'beleid*',
  'samenwerk*',
  'invest*',
  '*training',
  'begrotng~1',
  'samenwerkng~1',
  'Noorwgen~1',
  'investeringn~2',
  '33 279',
  'kamerstuk 30',
];

type Measurement = {
  letters: number;
  pdftotextMs: number;
  coldMs: number;
  /** pdftotext time / cold index time of every round (the row shows the median round). */
  ratios: number[];
  warmMs: number;
  warmReads: number;
  verifiedMs: number;
  queryP50: number;
  queryP95: number;
  queryMax: number;
  addedMs: number;
  peakRssMb: number;
  indexMb: number;
  segments: number;
  extractor: string;
};

async function dataFor(size: number): Promise<string> {
  const dir = path.join(here, 'data', `letters-${size}`);
  const stamp = path.join(dir, '.generated.json');
  if (existsSync(stamp)) {
    const json = JSON.parse(await fs.readFile(stamp, 'utf8')) as { size: number; version: number };
    if (json.size === size && json.version === GENERATOR_VERSION) return dir;
  }
  await fs.rm(dir, { recursive: true, force: true });
  process.stderr.write(`Genereren van ${size} brieven in ${dir}...\n`);
  await generateArchive(dir, size, 1);
  await fs.writeFile(stamp, JSON.stringify({ size, version: GENERATOR_VERSION }));
  return dir;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function pdftotextMs(dir: string): Promise<number> {
  const started = performance.now();
  // Same parallelism as the extraction pool; the text goes to /dev/null like a reader would.
  await promisify(execFile)('sh', ['-c', `find . -path ./.leeszaal -prune -o -name '*.pdf' -print0 | xargs -0 -P ${PARALLELISM} -n 25 sh -c 'for f; do pdftotext -q "$f" - >/dev/null; done' _`], { cwd: dir, maxBuffer: 1 << 20 });
  return performance.now() - started;
}

function counting(inner: LetterExtractor): LetterExtractor & { reads: number } {
  const wrapper = { reads: 0, parallelism: inner.parallelism, close: () => inner.close(), release: () => inner.release?.() ?? Promise.resolve(), extract: (file: Parameters<LetterExtractor['extract']>[0]) => (wrapper.reads++, inner.extract(file)) };
  return wrapper;
}

async function duMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) bytes += (await fs.stat(path.join(dir, name))).size;
  return bytes / 1e6;
}

/** Measures one archive (run in a child process). */
async function measure(dir: string, warmOnly = false, rounds = 1): Promise<Measurement> {
  const appData = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-bench-'));
  const noProgress = () => {};
  // --warm-only keeps the sidecar of the last run (a reopen after a format change rebuilds from
  // the cache once: run twice) and skips the cold index and pdftotext.
  warmOnly &&= existsSync(path.join(dir, '.leeszaal', 'index'));
  await fs.rm(path.join(dir, 'bench-added'), { recursive: true, force: true });

  let extractorName = `worker pool (${PARALLELISM})`;
  let makeExtractor: () => LetterExtractor = () => poolExtractor(PARALLELISM);
  try {
    await makeExtractor().close();
  } catch {
    extractorName = 'in-thread pdf.js (pool not built)';
    makeExtractor = inThreadExtractor;
  }

  // Cold index and pdftotext in alternating rounds: on a shared machine the speed of both moves
  // from minute to minute, and a ratio of two runs minutes apart measured the machine.
  const cold: { pdftotextMs: number; coldMs: number }[] = [];
  for (let round = 0; round < (warmOnly ? 0 : rounds); round++) {
    await fs.rm(path.join(dir, '.leeszaal'), { recursive: true, force: true });
    const reference = await pdftotextMs(dir);
    const started = performance.now();
    // LZ_BENCH_TRACE=1: memory and phase every second on stderr (where the peak is).
    let phase = '';
    const trace = process.env.LZ_BENCH_TRACE
      ? setInterval(() => {
          const m = process.memoryUsage();
          process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0)} s ${phase}: rss ${(m.rss / 1e6).toFixed(0)} MB, heap ${(m.heapUsed / 1e6).toFixed(0)} MB, external ${(m.external / 1e6).toFixed(0)} MB\n`);
        }, 1000)
      : undefined;
    const progress = (e: { phase: string; done: number; total: number }) => (phase = `${e.phase} ${e.done}/${e.total}`);
    const session = await ArchiveSession.open(dir, appData, progress, { extractor: makeExtractor() });
    if (!session.ok) throw new Error(session.error.message);
    await session.value.ready;
    cold.push({ pdftotextMs: reference, coldMs: performance.now() - started });
    clearInterval(trace);
    await session.value.close();
    if (rounds > 1) process.stderr.write(`  ronde ${round + 1}: ${(reference / 1000).toFixed(1)} s / ${(cold.at(-1)!.coldMs / 1000).toFixed(1)} s\n`);
  }
  const ratios = cold.map((c) => c.pdftotextMs / c.coldMs);
  const median = [...cold].sort((a, b) => a.pdftotextMs / a.coldMs - b.pdftotextMs / b.coldMs)[Math.floor(cold.length / 2)] ?? { pdftotextMs: Number.NaN, coldMs: Number.NaN };

  const warmExtractor = counting(makeExtractor());
  let started = performance.now();
  const warm = await ArchiveSession.open(dir, appData, noProgress, { extractor: warmExtractor, watch: true });
  if (!warm.ok) throw new Error(warm.error.message);
  const session = warm.value;
  // Searchable = the first answer; the scan that verifies the listed files goes on behind it
  // (ArchiveSession.open) and is timed separately.
  const first = await session.searchService().search({ query: 'begroting' });
  if (!first.ok || first.value.total === 0) throw new Error('warm open: search found nothing');
  const warmMs = performance.now() - started;
  await session.ready;
  const verifiedMs = performance.now() - started;
  const warmReads = warmExtractor.reads;
  const letters = session.list().length;

  const service = session.searchService();
  for (const query of QUERY_MIX) await service.search({ query }); // warm-up (JIT, caches)
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERY_MIX) {
      const t = performance.now();
      const result = await service.search({ query, limit: 20 });
      times.push(performance.now() - t);
      if (!result.ok) throw new Error(`${query}: ${result.error.message}`);
    }
  }
  times.sort((a, b) => a - b);

  // One letter added to the watched folder, until a search finds it.
  const seed = 900_000 + Math.floor(Math.random() * 99_999);
  started = performance.now();
  await generateLetter(path.join(dir, 'bench-added', `added-${seed}.pdf`), seed);
  const written = performance.now();
  let addedMs = Number.NaN;
  while (performance.now() - written < 30_000) {
    const result = await service.search({ query: `kenmerkzin +${seed.toString(36)}` });
    if (result.ok && result.value.total > 0) {
      addedMs = performance.now() - written;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await fs.rm(path.join(dir, 'bench-added'), { recursive: true, force: true });
  await session.refresh();
  const measurement: Measurement = {
    letters,
    pdftotextMs: median.pdftotextMs,
    coldMs: median.coldMs,
    ratios,
    warmMs,
    warmReads,
    verifiedMs,
    queryP50: percentile(times, 50),
    queryP95: percentile(times, 95),
    queryMax: times.at(-1)!,
    addedMs,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    indexMb: await duMb(path.join(dir, '.leeszaal', 'index')),
    segments: (service as unknown as { segmentCount(): number }).segmentCount(),
    extractor: extractorName,
  };
  await session.close();
  await fs.rm(appData, { recursive: true, force: true });
  return measurement;
}

function row(m: Measurement): string {
  const ratio = m.pdftotextMs / m.coldMs;
  const mark = (okay: boolean) => (okay ? '✅' : '❌');
  return [
    m.letters.toLocaleString('en'),
    `${(m.coldMs / 1000).toFixed(1)} s vs ${(m.pdftotextMs / 1000).toFixed(1)} s = ${ratio.toFixed(2)}× ${mark(ratio >= 0.5)}${m.ratios.length > 1 ? ` (median of ${m.ratios.length} rounds: ${[...m.ratios].sort((a, b) => a - b).map((r) => r.toFixed(2)).join(', ')})` : ''}`,
    `${m.warmMs.toFixed(0)} ms (files verified: ${m.verifiedMs.toFixed(0)} ms), ${m.warmReads} letters read ${mark(m.warmMs <= 1000 && m.warmReads === 0)}`,
    `${m.queryP50.toFixed(1)} / ${m.queryP95.toFixed(1)} ms (max ${m.queryMax.toFixed(0)}) ${mark(m.queryP95 <= 20)}`,
    `${Number.isNaN(m.addedMs) ? 'not found in 30 s' : `${m.addedMs.toFixed(0)} ms`} ${mark(m.addedMs <= 2000)}`,
    `${m.peakRssMb.toFixed(0)} MB ${mark(m.peakRssMb <= 800)}`,
    `${m.indexMb.toFixed(1)} MB, ${m.segments} segments`,
  ].join(' | ');
}

/**
 * The measuring child runs this file bundled like the product (esbuild, plain Node), not under
 * tsx, whose loader thread would add its own memory to the peak RSS. The pool finds the worker
 * next to the bundle, as in the built app.
 */
async function bundleSelf(): Promise<string> {
  const { buildNodeBundle } = await import('../scripts/nodeBundle.mjs');
  // Bundle and worker go to bench/data/build/ (gitignored): out/ is rebuilt, and wiped, by every
  // build, which must not pull the worker away from under a 10-minute run.
  const buildDir = path.join(here, 'data', 'build');
  const outfile = path.join(buildDir, 'search.mjs');
  const worker = path.join(here, '..', 'out', 'cli', 'extractWorker.js');
  if (!existsSync(worker)) throw new Error('Build first: node scripts/build.mjs node');
  await fs.mkdir(buildDir, { recursive: true });
  await fs.copyFile(worker, path.join(buildDir, 'extractWorker.js'));
  await buildNodeBundle({ entryPoints: [fileURLToPath(import.meta.url)], outfile, sourcemap: false });
  return outfile;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--measure') {
    const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;
    process.stdout.write(JSON.stringify(await measure(args[1]!, args.includes('--warm-only'), rounds)));
    return;
  }
  const warmOnly = args.includes('--warm-only');
  const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1]! : '1000,10000';
  const sizes = sizesArg.split(',').map(Number);
  const bundle = await bundleSelf();
  const results: Measurement[] = [];
  for (const size of sizes) {
    const dir = await dataFor(size);
    process.stderr.write(`Meten: ${size} brieven...\n`);
    const output = await new Promise<string>((resolve, reject) => {
      // Three alternating rounds of cold index and pdftotext where they take seconds, one at 10,000.
      const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : size <= 2000 ? 3 : 1;
      const child = spawn(process.execPath, [bundle, '--measure', dir, '--rounds', String(rounds), ...(warmOnly ? ['--warm-only'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`measure ${size} exited with ${code}`))));
    });
    const m = JSON.parse(output) as Measurement;
    results.push(m);
    process.stderr.write(`${row(m)}\n`);
  }
  if (warmOnly) return; // a partial run does not replace the table
  const lines = [
    '# Archive and search benchmark',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.versions.node}, shared with other work.`,
    `Extraction: ${results[0]?.extractor ?? '-'}; reference: \`pdftotext\` (poppler) with the same parallelism (${PARALLELISM}), measured in the same run.`,
    'Letters: tests/fixtures/generateLetters.ts (1-3 pages each, 10% in a sub-folder). Regenerate: `npm run bench -- --sizes 1000,10000`.',
    '',
    '| letters | cold index: Leeszaal vs pdftotext (goal ≥ 0.5×) | warm reopen to first answer (goal ≤ 1 s, 0 read) | query p50 / p95 (goal p95 ≤ 20 ms) | one added letter searchable (goal ≤ 2 s) | peak RSS (goal ≤ 800 MB) | index on disk |',
    '|---|---|---|---|---|---|---|',
    ...results.map((m) => `| ${row(m)} |`),
    '',
    `Query mix (${QUERY_MIX.length} queries, 5 rounds after one warm-up round, limit 20 with snippets): ${QUERY_MIX.map((q) => `\`${q}\``).join(', ')}.`,
    '',
    'Cold index = scan + hash + extract (text and metadata) + cache + build and write the lunr segments, end to end. pdftotext and the cold index run in alternating rounds (pdftotext first, then Leeszaal, with the sidecar removed), three at 1,000 letters and one at 10,000 unless `--rounds N` says otherwise; the row shows the round with the median ratio and lists every round\'s ratio.',
    'Warm reopen = load hash cache, catalog and segments, list the letters as last seen and answer one query; the scan that verifies the files (a stat each) runs behind it and is timed to its end ("files verified"); the extractor is counted and must read 0 letters.',
    'Added letter = a new PDF written into the watched folder until a search finds its unique word (watcher quiet time 150 ms + extraction + a one-letter segment).',
    '',
  ];
  await fs.writeFile(path.join(here, 'RESULTS.md'), lines.join('\n'));
  process.stderr.write('bench/RESULTS.md geschreven.\n');
}

await main();
