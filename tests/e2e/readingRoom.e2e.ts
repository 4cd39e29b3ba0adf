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
    await fs.writeFile(path.join(dir, 'kapot.pdf'), '%PDF-1.7 dit is geen echte PDF');
    served = await startServe(dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    room = new ReadingRoom(page);
    await page.goto(served.url);
    await room.waitForLetters(21);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('lists the files it could not read, with the reason and what to do', async () => {
    const unreadable = page.getByTestId('unreadable');
    await unreadable.waitFor();
    await unreadable.locator('summary').click();
    expect(await unreadable.textContent()).toMatch(/1 bestand kon niet worden gelezen.*kapot\.pdf/s);
    await unreadable.locator('summary').click();
  });

  it('shows the archive screen without serious accessibility violations', async () => {
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
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
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('02-letter');
  });

  it('zooms, fits width and finds in the letter from the keyboard', async () => {
    await page.getByTestId('pdf-container').focus();
    const before = await room.zoomLevel();
    await room.press('+');
    await expect.poll(() => room.zoomLevel()).toBeGreaterThan(before);
    await room.press('w');
    await expect.poll(() => room.zoomLevel()).toBe(before);
    await room.press('t');
    await expect.poll(() => page.getByRole('list', { name: 'Miniaturen van de pagina’s' }).getByRole('listitem').count()).toBeGreaterThan(0);
    const portrait = (await page.locator('.page[data-page-number="1"]').boundingBox())!;
    await room.press('r');
    // Still fitted to the width, a page turned on its side is less tall than it is wide.
    await expect.poll(async () => {
      const turned = (await page.locator('.page[data-page-number="1"]').boundingBox())!;
      return turned.height < turned.width && turned.height < portrait.height;
    }).toBe(true);
    await room.screenshots('03-rotated-thumbnails');
    await room.press('r');
    await room.press('r');
    await room.press('r');
    await room.press('t');
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
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('04-shortcuts');
    await room.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('searches the archive and opens a hit on its page with the hits highlighted', async () => {
    const marker = truths[3]!.marker;
    const words = marker.split(' ').slice(-3).join(' '); // "... project 2k5 wordt nagekomen."
    const count = await room.search(`"${marker.split(':')[0]}"`);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
    await room.openHit(0);
    expect(await page.locator('.hit-current').count()).toBe(1);
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('05-search');
    expect(words.length).toBeGreaterThan(0);
  });

  it('explains the query language and says what is wrong with a query', async () => {
    await page.getByRole('button', { name: 'Hulp bij zoeken' }).click();
    const help = page.getByRole('dialog', { name: 'Hulp bij zoeken' });
    await help.waitFor();
    expect(await help.textContent()).toContain('"wet open overheid"');
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('05-search-help');
    await room.press('Escape');
    await help.waitFor({ state: 'detached' });
    const box = page.getByRole('searchbox', { name: 'Zoeken in het archief' });
    await box.fill('betreft:');
    await box.press('Enter');
    const alert = page.locator('#search-error');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(10);
  });

  it('moves to the next hit, across letters, with F3 and back with Shift+F3', async () => {
    await room.search('toezegging');
    await room.openHit(0);
    await page.getByTestId('pdf-container').focus();
    const start = await room.hitState();
    // F3 first walks the matches in this letter, then goes on to the next letter of the list.
    let state = start;
    for (let presses = 0; presses < 12 && state.hit === start.hit; presses++) {
      const before = JSON.stringify(state);
      await room.press('F3');
      await expect.poll(async () => JSON.stringify(await room.hitState())).not.toBe(before);
      state = await room.hitState();
    }
    expect(state.hit).toBe(start.hit + 1);
    // Shift+F3 walks back the same way: through this letter's earlier matches, then the letter before.
    for (let presses = 0; presses < 12 && state.hit !== start.hit; presses++) {
      const before = JSON.stringify(state);
      await room.press('Shift+F3');
      await expect.poll(async () => JSON.stringify(await room.hitState())).not.toBe(before);
      state = await room.hitState();
    }
    expect(state.hit).toBe(start.hit);
  });

  it('shows where a metadata field came from when it is focused', async () => {
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await page.locator('.metadata-field[data-field="date"]').focus();
    const overlay = page.locator('.lz-overlay-source');
    await overlay.waitFor();
    // The generator draws the date at x = 430, baseline y = 657, 7 pt high.
    const box = await room.toPdfUnits((await overlay.boundingBox())!);
    expect(Math.abs(box.left - 430)).toBeLessThan(4);
    expect(box.middleY).toBeGreaterThan(654);
    expect(box.middleY).toBeLessThan(666);
    await room.screenshots('06-metadata');
  });

  it('annotates a passage, keeps the highlight aligned when zooming, deletes with undo', async () => {
    await room.selectText('Geachte voorzitter');
    await room.addNote('Aanhef van de brief', 'test, aanhef');
    await page.getByRole('tab', { name: /Notities/ }).waitFor();
    await room.noteHighlights().first().waitFor();
    // "Geachte voorzitter," is drawn at x = 80, baseline y = 560, 9.5 pt high.
    const aligned = async () => {
      const box = await room.toPdfUnits((await room.noteHighlights().first().boundingBox())!);
      return Math.abs(box.left - 80) < 4 && box.middleY > 557 && box.middleY < 569;
    };
    expect(await aligned()).toBe(true);
    await page.getByTestId('pdf-container').focus();
    await room.press('+');
    await room.press('+');
    await page.waitForFunction(() => document.querySelector('.page[data-page-number="1"] .lz-overlay-note') !== null);
    await expect.poll(aligned).toBe(true);
    await room.screenshots('07-notes');
    // Clicking the highlight in the letter brings its note forward in the notes tab.
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await room.noteHighlights().first().click({ force: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-note-id]') !== null)).toBe(true);
    await room.press('w');
    await page.getByRole('button', { name: /Notitie verwijderen: Geachte/ }).click();
    await page.getByRole('status').filter({ hasText: 'Notitie verwijderd.' }).waitFor();
    await expect.poll(() => room.noteHighlights().count()).toBe(0);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => room.noteHighlights().count()).toBe(1);
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
  });

  it('exports the notes of this letter as Markdown', async () => {
    await page.getByTestId('pdf-container').focus();
    await room.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Notities exporteren' });
    await dialog.waitFor();
    await dialog.getByLabel(/Markdown/).check();
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('08-export');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exporteren' }).click();
    const file = await (await download).path();
    const markdown = await fs.readFile(file, 'utf8');
    expect(markdown).toContain('Aanhef van de brief');
    await dialog.getByTestId('export-outcome').filter({ hasText: /1 notitie/ }).waitFor();
    await room.press('Escape');
  });

  it('shows the links of a letter', async () => {
    await page.getByRole('tab', { name: 'Verwijzingen' }).click();
    await page.getByRole('heading', { name: /Haalt \d+ stuk/ }).waitFor();
    expect(await page.locator('#panel-links').textContent()).toMatch(/Kamerstuk \d\d \d{3}, nr\. \d+/);
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('09-links');
  });

  it('keeps a corrected subject, marked as corrected and searchable, after a reload', async () => {
    const letter = truths[8]!;
    const corrected = 'Vredesmissie Kosovo gecorrigeerd';
    await room.showAllLetters();
    await room.openLetter(path.basename(letter.file));
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await room.correctField('Betreft', corrected);
    await expect.poll(() => room.metadataField('subject').textContent()).toContain(corrected);
    expect(await room.metadataField('subject').textContent()).toContain(`In de brief: ${letter.subject}`);
    expect(JSON.stringify(await room.seriousViolations(), null, 1)).toBe('[]');
    await room.screenshots('06-metadata-corrected');

    await page.reload();
    await room.waitForLetters(21);
    await room.openLetter(path.basename(letter.file));
    await page.getByRole('tab', { name: 'Gegevens' }).click();
    await expect.poll(() => room.metadataField('subject').textContent()).toContain(corrected);
    expect(await room.metadataField('subject').textContent()).toContain('gecorrigeerd');
    expect(await room.search('betreft:kosovo')).toBe(1);
  });

  it('speaks English when the system language is English', async () => {
    const english = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      await english.goto(served.url);
      await english.getByRole('button', { name: 'Open archive…' }).waitFor();
      await english.getByRole('listbox', { name: 'Letters' }).waitFor();
      const englishRoom = new ReadingRoom(english);
      expect(JSON.stringify(await englishRoom.seriousViolations(), null, 1)).toBe('[]');
      await englishRoom.screenshots('10-english');
    } finally {
      await english.close();
    }
  });

  it('threw no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
