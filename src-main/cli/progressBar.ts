// Progress of opening an archive on the command line: a bar redrawn in place on a terminal,
// nothing (or one line per phase) when the output is piped, so that logs stay readable.
import type { ProgressEvent } from '../shared/contract/archive';

const phaseNames: Record<ProgressEvent['phase'], string> = { scan: 'Zoeken', extract: 'Lezen', index: 'Indexeren', done: 'Klaar' };

/** A progress listener writing to `stream`; call the returned `end` when done. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { onProgress: (event: ProgressEvent) => void; end: () => void } {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastPhase = '';
  let drawn = false;
  const onProgress = (event: ProgressEvent) => {
    if (event.problem) {
      stream.write(`${drawn ? '\n' : ''}${event.problem}\n`);
      drawn = false;
    }
    if (!tty) {
      if (event.phase !== lastPhase && event.phase !== 'done' && event.total > 0) stream.write(`${phaseNames[event.phase]}: ${event.total} brieven\n`);
      lastPhase = event.phase;
      return;
    }
    const now = Date.now();
    if (now - lastDraw < 80 && event.done !== event.total) return;
    lastDraw = now;
    const width = 30;
    const fraction = event.total ? event.done / event.total : 0;
    const filled = Math.round(fraction * width);
    const eta = event.etaMs !== undefined && event.done < event.total ? ` nog ~${formatDuration(event.etaMs)}` : '';
    const current = event.current ? ` ${event.current}` : '';
    const line = `${phaseNames[event.phase].padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${event.done}/${event.total}${eta}${current}`;
    stream.write(`\r${line.slice(0, (stream.columns || 100) - 1).padEnd((stream.columns || 100) - 1)}`);
    drawn = true;
  };
  return { onProgress, end: () => drawn && stream.write('\n') };
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
