import { performance } from 'node:perf_hooks';
import type { LetterStatus } from '../../shared/contract/letters';
import { option, type Args } from '../args';
import { openForCli } from '../openForCli';

/**
 * `leeszaal index DIR [--json] [--password P]`: build or update the archive's cache and index.
 * With a password, every encrypted letter is tried with it (one password per run: archives
 * usually share one); letters it opens are cached and indexed, the password itself is not kept.
 */
export async function indexCommand(args: Args): Promise<number> {
  const folder = args.positional[0];
  if (!folder) {
    process.stderr.write('Gebruik: leeszaal index MAP [--json] [--password WACHTWOORD]\n');
    return 2;
  }
  const started = performance.now();
  const opened = await openForCli(folder);
  if (!opened.ok) {
    process.stderr.write(`${opened.error.message}\n`);
    return 1;
  }
  const session = opened.value;
  const password = option(args, 'password');
  if (password !== undefined) {
    for (const letter of session.list()) if (letter.status === 'encrypted') await session.unlock(letter.id, password);
    await session.idle();
  }
  const letters = session.list();
  const statuses: Partial<Record<LetterStatus, number>> = {};
  for (const letter of letters) statuses[letter.status] = (statuses[letter.status] ?? 0) + 1;
  const summary = session.summary();
  const report = {
    root: summary.root,
    sidecar: summary.sidecar,
    sidecarElsewhere: summary.sidecarElsewhere,
    letters: letters.length,
    statuses,
    indexed: session.searchService().indexedIds().size,
    tookMs: Math.round(performance.now() - started),
    ...(session.problem() ? { problem: session.problem() } : {}),
  };
  await session.close();
  if (args.options.has('json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const parts = Object.entries(statuses).map(([status, count]) => `${count} ${status}`);
    process.stdout.write(`${report.letters} brieven (${parts.join(', ')}), ${report.indexed} doorzoekbaar, in ${(report.tookMs / 1000).toFixed(1)} s.\n`);
    if (summary.sidecarElsewhere) process.stdout.write(`De map is alleen-lezen: Leeszaal bewaart zijn gegevens in ${summary.sidecar}\n`);
  }
  // The problem itself went to stderr with the progress; a script sees it in the exit code.
  return report.problem ? 1 : 0;
}
