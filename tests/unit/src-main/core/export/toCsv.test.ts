import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, toCsv } from '../../../../../src-main/core/export/toCsv';
import { exportInput } from './exportFixture';

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

/** Python's csv module as the independent parser, reading the way Dutch Excel does (BOM, ";"). */
async function parse(csv: string): Promise<string[][]> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lz-csv-')), 'notes.csv');
  await fs.writeFile(file, csv);
  const script = 'import csv,json,sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f: print(json.dumps(list(csv.reader(f, delimiter=";"))))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('toCsv', () => {
  const csv = toCsv(exportInput);

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_HEADER.join(';')}`);
  });

  it.skipIf(!hasPython)('parses back to a header row and one row per note, text intact', async () => {
    const rows = await parse(csv);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(1 + 5);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    expect(rows[1]![col('Notitie')]).toBe('Toezegging aan de Kamer.\nNagaan in januari; "zeker" doen.');
    expect(rows[1]![col('Citaat')]).toBe('Ik zal uw Kamer informeren'); // layout line break joined
    expect(rows[1]![col('Afzender')]).toBe('Ministerie van Financiën');
    expect(rows[1]![col('Labels')]).toBe('toezegging, Noorwegen');
    expect(rows[1]![col('Aangemaakt')]).toBe('2026-03-01 10:15'); // Amsterdam time
    // A quote that looks like a formula is defused, not run by Excel.
    expect(rows[2]![col('Citaat')]).toBe(`'=SOM(A1:A3) en -10% korting; "aanhalingstekens"`);
    expect(rows[3]![col('Status')]).toBe('niet teruggevonden');
    expect(rows[4]![col('Bron')]).toBe('Kamerstukken II 2018/19, 33 279, nr. 28, p. 3');
    expect(rows[5]![col('Notitie')]).toBe('Eén notitie met é, ë en €.');
  });
});
