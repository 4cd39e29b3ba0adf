// Worker-thread entry of the extraction pool (bundled to out/cli/extractWorker.js). Reads one
// file per message: pdf.js text in reading order, then the metadata rules, here rather than in
// the main thread so that the app stays responsive while an archive is read. Asked to, it also
// appends the letter's cache entry to its pack: the text with positions then never has to be
// copied to the main thread, serialised there and written through libuv's threads.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { readMetadata } from '../../core/letters/readMetadata';
import { cacheFileText, PackWriter, type CacheTarget } from '../archive/cacheFile';
import type { ExtractionOutcome } from './ExtractionOutcome';
import type { ExtractReply, ExtractRequest } from './ExtractPool';
import { loadPdfJs } from './loadPdfJs';
import { readPdfText, readPlainText } from './readLetterText';

async function extractFile(request: ExtractRequest): Promise<ExtractionOutcome> {
  let bytes: Uint8Array;
  try {
    // Read in one call: this thread has nothing else to do meanwhile, and fs.promises.readFile
    // costs several round trips through the event loop per file.
    bytes = readFileSync(request.file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { status: 'damaged', message: `Het bestand kon niet worden gelezen (${reason}).`, text: { pages: [] }, pageCount: 0, info: {}, warnings: [] };
  }
  const outcome = /\.txt$/i.test(request.file)
    ? readPlainText(new TextDecoder().decode(bytes))
    : await readPdfText(bytes, request.password === undefined ? {} : { password: request.password });
  if (outcome.status !== 'ok') return outcome;
  try {
    const metadata = readMetadata(outcome.text, outcome.info);
    return { ...outcome, metadata: { ...metadata, pageCount: metadata.pageCount ?? outcome.pageCount } };
  } catch (error) {
    // A bug in one metadata rule must not cost the user the letter's text.
    return { ...outcome, warnings: [...outcome.warnings, `Metadata konden niet worden bepaald (${error instanceof Error ? error.message : String(error)}).`] };
  }
}

/** This thread's pack per cache folder. */
const packs = new Map<string, PackWriter>();

/** Appends a readable letter's cache entry to this thread's pack; the reply then carries page texts only. */
function store(outcome: ExtractionOutcome, target: CacheTarget | undefined): ExtractionOutcome {
  if (!target || outcome.status !== 'ok') return outcome;
  let pack = packs.get(target.packs);
  if (!pack) packs.set(target.packs, (pack = new PackWriter(target.packs)));
  try {
    const stored = pack.append(cacheFileText({ status: outcome.status, metadata: outcome.metadata ?? null, text: outcome.text }));
    return { ...outcome, stored, text: { pages: outcome.text.pages.map((page) => ({ ...page, lines: [] })) } };
  } catch {
    // The archive writes it then, and reports what goes wrong there (a full disk).
    return outcome;
  }
}

const port = parentPort;
if (!port) throw new Error('extractWorker must run in a worker thread');
// A worker is started when letters are about to be read (ExtractPool.warm during a first scan):
// pdf.js loads now, while the archive is still scanned and hashed, not with the first letter.
void loadPdfJs().catch(() => undefined);
port.on('message', (request: ExtractRequest) => {
  extractFile(request).then(
    (outcome) => port.postMessage({ id: request.id, outcome: store(outcome, request.store) } satisfies ExtractReply),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ExtractReply),
  );
});
