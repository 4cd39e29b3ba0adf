import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../../src-main/cli/progressBar';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 80, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream };
}

describe('progressBar', () => {
  it('redraws one line with done/total, ETA and the current file on a terminal', () => {
    const { written, stream } = fakeStream(true);
    const bar = progressBar(stream);
    bar.onProgress({ phase: 'extract', done: 5, total: 10, current: 'sub/brief.pdf', etaMs: 65_000 });
    bar.end();
    expect(written[0]).toMatch(/^\rLezen\s+\[#{15}-{15}\] 5\/10 nog ~1 min 5 s sub\/brief\.pdf/);
    expect(written.at(-1)).toBe('\n');
  });

  it('writes one plain line per phase when piped', () => {
    const { written, stream } = fakeStream(false);
    const bar = progressBar(stream);
    bar.onProgress({ phase: 'scan', done: 1, total: 3 });
    bar.onProgress({ phase: 'scan', done: 2, total: 3 });
    bar.onProgress({ phase: 'index', done: 0, total: 3 });
    bar.onProgress({ phase: 'done', done: 3, total: 3 });
    bar.end();
    expect(written).toEqual(['Zoeken: 3 brieven\n', 'Indexeren: 3 brieven\n']);
  });
});
