// The reading room end to end: `leeszaal serve` on a generated archive, the real renderer in
// Chromium, driven through the ReadingRoom page object; no sleeps, only DOM state and app events.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedLetter } from '../fixtures/generateLetters';
import { ReadingRoom } from './pages/ReadingRoom';
import { launchChromium, startServe, type Served } from './support/launch';

describe('reading room', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  let room: ReadingRoom;
  let truths: GeneratedLetter[];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-room-'));
    truths = await generateArchive(dir, 20);
    served = await startServe(dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    room = new ReadingRoom(page);
    await page.goto(served.url);
    await room.waitForLetters(20);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('shows the archive screen without serious accessibility violations', async () => {
    expect(await room.seriousViolations()).toEqual([]);
    await room.screenshots('01-archive');
  });

  it('paints the first page of a clicked letter quickly', async () => {
    const name = path.basename(truths[4]!.file);
    const timings: number[] = [];
    timings.push(await room.openLetter(name));
    // Once more with another letter: the first open also pays for loading pdf.js's viewer module.
    timings.push(await room.openLetter(path.basename(truths[6]!.file)));
    console.log(`click -> first page painted: ${timings.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
    expect(timings[1]).toBeLessThan(1000);
    expect(await room.seriousViolations()).toEqual([]);
    await room.screenshots('02-letter');
  });

  it('zooms, fits width and finds in the letter from the keyboard', async () => {
    await page.getByTestId('pdf-container').focus();
    const before = await room.zoomLevel();
    await room.press('+');
    await expect.poll(() => room.zoomLevel()).toBeGreaterThan(before);
    await room.press('Control+0');
    await expect.poll(() => room.zoomLevel()).toBe(before);
    const status = await room.findInLetter('Geachte voorzitter');
    expect(status).toMatch(/1 van 1/);
    expect(await page.locator('.textLayer .highlight').count()).toBeGreaterThan(0);
    await room.screenshots('03-find');
    await room.press('Escape');
  });

  it('lists every shortcut on "?"', async () => {
    await page.getByTestId('pdf-container').focus();
    await room.press('?');
    const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ctrl+F');
    expect(await room.seriousViolations()).toEqual([]);
    await room.screenshots('04-shortcuts');
    await room.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('threw no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
