import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../../../../src-main/cli/args';
import { indexCommand } from '../../../../../src-main/cli/commands/index';
import { searchCommand } from '../../../../../src-main/cli/commands/search';

describe('leeszaal index / search', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-cli-search-'));
    await fs.writeFile(path.join(dir, 'a.txt'), 'Ministerie van Defensie\n\nBetreft Wintertraining\n\nDe wintertraining in Noorwegen (Kamerstuk 33 279, nr. 28).');
    await fs.writeFile(path.join(dir, 'b.txt'), 'Ministerie van Financiën\n\nBetreft Begroting\n\nDe begroting voor volgend jaar.');
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('indexes and prints the documented JSON summary', async () => {
    expect(await indexCommand(parseArgs([dir, '--json'], ['json']))).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ root: await fs.realpath(dir), letters: 2, statuses: { ok: 2 }, indexed: 2, sidecarElsewhere: false });
  });

  it('searches and prints the documented JSON', async () => {
    expect(await searchCommand(parseArgs([dir, '33', '279', '--json', '--limit', '5'], ['json']))).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json).toMatchObject({ query: '33 279', total: 1, exact: true, hits: [{ path: 'a.txt', pages: [1] }] });
    expect(Object.keys(json.hits[0]).sort()).toEqual(['date', 'id', 'pages', 'path', 'reference', 'score', 'sender', 'snippets', 'subject']);
    expect(Object.keys(json.facets).sort()).toEqual(['hasNotes', 'kind', 'sender', 'year']);
  });

  it.each([
    [['"open eind'], 1, /aanhalingsteken/],
    [[], 2, /Gebruik/],
    [['woord', '--limit', 'veel'], 2, /--limit/],
    [['woord', '--from', '1-2-2020'], 2, /--from/],
  ])('refuses %j with exit code %i and a Dutch line', async (rest, code, message) => {
    expect(await searchCommand(parseArgs([dir, ...rest].filter((_, i) => rest.length || i === 0), ['json']))).toBe(code);
    expect(err.join('')).toMatch(message);
  });
});
