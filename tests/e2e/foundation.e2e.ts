// The foundation end to end: `leeszaal serve` on a generated archive, the real renderer in
// Chromium lists the letters and pdf.js renders the chosen one.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../fixtures/generateLetters';
import { launchChromium, screenshotDir, startServe, type Served } from './support/launch';

/** Page object for the parts of the reading room the foundation provides. */
class ArchivePage {
  constructor(readonly page: Page) {}
  letters() {
    return this.page.getByRole('option');
  }
  async open(name: string) {
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }
  async firstPageRendered() {
    await this.page.locator('.page[data-page-number="1"] canvas').waitFor({ state: 'visible' });
    await this.page.locator('.page[data-page-number="1"] .textLayer span').first().waitFor({ state: 'attached' });
  }
}

describe('foundation: serve, list, render', () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-e2e-'));
    await generateArchive(dir, 12);
    await fs.writeFile(path.join(dir, 'kapot.pdf'), '%PDF-1.7 this is not really a PDF');
    served = await startServe(dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'nl-NL' });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(served.url).origin)) outsideRequests.push(request.url());
    });
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('lists every letter of the served folder', async () => {
    const archive = new ArchivePage(page);
    await expect.poll(() => archive.letters().count()).toBe(13);
    await expect.poll(() => page.locator('.archive-name').textContent()).toContain('13 brieven');
  });

  it('renders the chosen letter with pdf.js, text layer included', async () => {
    const archive = new ArchivePage(page);
    await archive.open('brief-00003.pdf');
    await archive.firstPageRendered();
    const text = await page.locator('.page[data-page-number="1"] .textLayer').textContent();
    expect(text).toContain('Betreft');
    await fs.mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'foundation-letter.png') });
  });

  it('says clearly when a letter cannot be shown', async () => {
    const archive = new ArchivePage(page);
    await archive.open('kapot.pdf');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/kan niet worden getoond/);
  });

  it('made no request outside its own origin and threw no error', () => {
    expect(outsideRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the API closed to a page without the token', async () => {
    const status = await page.evaluate(async () => (await fetch('/api/listLetters', { method: 'POST', body: '{}' })).status);
    expect(status).toBe(401);
  });

  it('stops promptly on SIGTERM with an archive open (worker threads closed)', async () => {
    const exited = new Promise<number | null>((resolve) => served.process.once('exit', (code) => resolve(code)));
    served.process.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    expect(code).toBe(0);
  });
});
