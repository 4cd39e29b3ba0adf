import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BOUNDS,
  isReachable,
  loadWindowBounds,
  saveWindowBounds,
} from '../../../../src-main/electron/windowBounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('isReachable', () => {
  it.each([
    ['on the laptop', { x: 100, y: 100, width: 1200, height: 800 }, [laptop], true],
    ['on the right monitor', { x: 2200, y: 50, width: 1200, height: 800 }, [laptop, monitorRight], true],
    ['on a right monitor that is gone', { x: 2200, y: 50, width: 1200, height: 800 }, [laptop], false],
    ['title bar above the screen', { x: 100, y: -600, width: 1200, height: 800 }, [laptop], false],
    ['only 40 px showing at the left', { x: -1160, y: 100, width: 1200, height: 800 }, [laptop], false],
    ['half off to the left', { x: -600, y: 100, width: 1200, height: 800 }, [laptop], true],
    ['below every screen', { x: 100, y: 1100, width: 1200, height: 800 }, [laptop], false],
  ])('%s -> %s', (_name, bounds, areas, expected) => {
    expect(isReachable(bounds, areas)).toBe(expected);
  });
});

describe('loadWindowBounds / saveWindowBounds', () => {
  const file = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'lz-bounds-')), 'window-bounds.json');

  it('restores what was saved when it is on a screen', async () => {
    const target = file();
    await saveWindowBounds(target, { x: 2200, y: 40, width: 1300, height: 900, maximized: true });
    expect(await loadWindowBounds(target, [laptop, monitorRight])).toEqual({ x: 2200, y: 40, width: 1300, height: 900, maximized: true });
    expect(readdirSync(path.dirname(target))).toEqual(['window-bounds.json']); // no temp file left
  });

  it('keeps the size but drops a position no display shows any more', async () => {
    const target = file();
    await saveWindowBounds(target, { x: 2200, y: 40, width: 1300, height: 900, maximized: false });
    expect(await loadWindowBounds(target, [laptop])).toEqual({ width: 1300, height: 900, maximized: false });
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"x": 1,'],
    ['absurd size', JSON.stringify({ x: 0, y: 0, width: 5, height: 5, maximized: false })],
    ['wrong types', JSON.stringify({ x: '0', y: 0, width: 800, height: 600, maximized: 'no' })],
  ])('falls back to the default when the file is %s', async (_name, content) => {
    const target = file();
    if (content !== null) writeFileSync(target, content);
    expect(await loadWindowBounds(target, [laptop])).toEqual(DEFAULT_BOUNDS);
  });
});
