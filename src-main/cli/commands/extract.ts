import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExtractPool } from '../../node/extract/ExtractPool';
import type { ExtractionOutcome } from '../../node/extract/ExtractionOutcome';
import type { LetterMetadata } from '../../shared/contract/letterContent';
import { option, type Args } from '../args';

/**
 * Exit codes of `leeszaal extract`, one per reason a file cannot be read, so that scripts can
 * tell them apart (documented in docs/extraction.md).
 */
export const extractExitCodes = {
  ok: 0,
  usage: 2,
  'not-found': 3,
  encrypted: 4,
  damaged: 5,
  'not-a-pdf': 6,
  empty: 7,
  'no-text': 8,
} as const;

/** The stable `--json` shape (DESIGN.md "Command line"): flat values, null where absent. */
export type ExtractJson = {
  file: string;
  pageCount: number;
  language: string | null;
  metadata: {
    date: string | null;
    reference: string | null;
    theirReference: string | null;
    subject: string | null;
    sender: string | null;
    recipient: string | null;
    citations: { raw: string; key: string; page: number }[];
  };
  warnings: string[];
};

/** `leeszaal extract FILE [--json] [--password P]`: text and metadata of one letter. */
export async function extractCommand(args: Args): Promise<number> {
  const file = args.positional[0];
  if (!file || args.positional.length > 1) {
    process.stderr.write('Gebruik: leeszaal extract BESTAND [--json] [--password WACHTWOORD]\n');
    return extractExitCodes.usage;
  }
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) {
    process.stderr.write(`${file}: ${stat ? 'dit is geen bestand' : 'bestand niet gevonden'}.\n`);
    return extractExitCodes['not-found'];
  }
  // One worker: the same code path as the app, with its time limit for files that hang pdf.js.
  const pool = new ExtractPool({ size: 1 });
  let outcome: ExtractionOutcome;
  try {
    const password = option(args, 'password');
    outcome = await pool.extract(path.resolve(file), password === undefined ? {} : { password });
  } finally {
    await pool.close();
  }
  if (outcome.status !== 'ok') {
    const hint = outcome.status === 'encrypted' && !args.options.has('password') ? ' Gebruik --password WACHTWOORD.' : '';
    process.stderr.write(`${file}: ${outcome.message ?? outcome.status}${hint}\n`);
    return extractExitCodes[outcome.status];
  }
  const json = toJson(file, outcome);
  process.stdout.write(args.options.has('json') ? `${JSON.stringify(json, null, 2)}\n` : summary(json));
  return extractExitCodes.ok;
}

/** The outcome in the documented JSON shape. */
export function toJson(file: string, outcome: ExtractionOutcome): ExtractJson {
  const metadata: LetterMetadata = outcome.metadata ?? { citations: [] };
  return {
    file,
    pageCount: outcome.pageCount,
    language: metadata.language ?? null,
    metadata: {
      date: metadata.date?.value ?? null,
      reference: metadata.reference?.value ?? null,
      theirReference: metadata.theirReference?.value ?? null,
      subject: metadata.subject?.value ?? null,
      sender: metadata.sender?.value ?? null,
      recipient: metadata.recipient?.value ?? null,
      citations: metadata.citations.map(({ raw, key, page }) => ({ raw, key, page })),
    },
    warnings: outcome.warnings,
  };
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function summary(json: ExtractJson): string {
  const { metadata } = json;
  const pages = json.pageCount === 1 ? '1 pagina' : `${json.pageCount} pagina’s`;
  const rows: [string, string | null][] = [
    ['Datum', metadata.date ? dutchDate.format(new Date(`${metadata.date}T00:00:00Z`)) : null],
    ['Ons kenmerk', metadata.reference],
    ['Uw kenmerk', metadata.theirReference],
    ['Betreft', metadata.subject],
    ['Afzender', metadata.sender],
    ['Geadresseerde', metadata.recipient],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [`${json.file} (${pages}${json.language ? `, taal: ${json.language}` : ''})`];
  for (const [label, value] of rows) lines.push(`${`${label}:`.padEnd(width)}${value ?? '—'}`);
  lines.push(`${'Verwijzingen:'.padEnd(width)}${metadata.citations.length === 0 ? '—' : ''}`.trimEnd());
  for (const citation of metadata.citations) lines.push(`  ${citation.raw} (${citation.key}, p. ${citation.page})`);
  for (const warning of json.warnings) lines.push(`Let op: ${warning}`);
  return `${lines.join('\n')}\n`;
}
