// Page object for the reading room: what a civil servant does, in the words of the UI, so the
// tests read as scenarios and survive markup changes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from '../support/launch';

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

export class ReadingRoom {
  constructor(readonly page: Page) {}

  letterOptions() {
    return this.page.getByRole('option');
  }

  /** Waits until the list holds `count` letters (the list is virtualised: not all rows exist). */
  async waitForLetters(count: number): Promise<void> {
    await this.page.waitForFunction((n) => Number(document.querySelector('[role="option"]')?.getAttribute('aria-setsize')) >= n, count);
  }

  /** Clicks a letter in the list and resolves with the ms from the click to its first page painted. */
  async openLetter(name: RegExp | string): Promise<number> {
    const option = this.page.getByRole('option', { name: typeof name === 'string' ? new RegExp(name) : name });
    await option.scrollIntoViewIfNeeded();
    const painted = this.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let clickedAt = 0;
          document.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
          window.addEventListener('leeszaal:firstpage', () => resolve(performance.now() - clickedAt), { once: true });
        }),
    );
    await option.click();
    const ms = await painted;
    await this.page.locator('.page[data-page-number="1"] .textLayer span').first().waitFor({ state: 'attached' });
    return ms;
  }

  async pageOf(): Promise<string> {
    return (await this.page.getByRole('toolbar').getByLabel(/Paginanummer|Page number/).inputValue()) ?? '';
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async zoomLevel(): Promise<number> {
    const text = (await this.page.locator('.zoom-level').textContent()) ?? '0%';
    return Number(text.replace('%', ''));
  }

  async findInLetter(query: string): Promise<string> {
    await this.page.keyboard.press('Control+f');
    const box = this.page.getByRole('searchbox', { name: /Zoeken in deze brief|Find in this letter/ });
    await box.fill(query);
    await this.page.waitForFunction(() => /\d+ van \d+|\d+ of \d+|Niet gevonden|Not found/.test(document.querySelector('[data-testid="find-status"]')?.textContent ?? ''));
    return (await this.page.getByTestId('find-status').textContent()) ?? '';
  }

  /** Searches the archive and resolves with the number of hits listed. */
  async search(query: string): Promise<number> {
    const box = this.page.getByRole('searchbox', { name: /Zoeken in het archief|Search the archive/ });
    await box.fill(query);
    const answered = this.page.waitForResponse((response) => response.url().endsWith('/api/searchLetters'));
    await box.press('Enter');
    await answered;
    // busy was set before the request went out and is cleared with the results in one render.
    await this.page.locator('#archive-search[aria-busy="false"]').waitFor();
    await this.page.getByRole('heading', { name: /gevonden|found/ }).waitFor();
    return this.page.locator('[data-testid="hit-list"] > li').count();
  }

  /** Opens a hit's letter and waits until its hits are highlighted, the current one emphasised. */
  async openHit(index: number): Promise<void> {
    await this.page.locator('.hit-title').nth(index).click();
    await this.page.locator('[data-testid="hit-list"] > li').nth(index).and(this.page.locator('.hit-current')).waitFor();
    await this.page.locator('[data-testid="hit-position"]:not([data-position=""])').waitFor({ state: 'attached' });
    await this.page.locator('.lz-overlay-hit-current').first().waitFor({ state: 'attached' });
  }

  /** Selects the words of the letter's text layer that contain `text` (as a user's drag would). */
  async selectText(text: string): Promise<void> {
    const found = await this.page.evaluate((wanted) => {
      const spans = Array.from(document.querySelectorAll<HTMLElement>('.textLayer span'));
      const span = spans.find((candidate) => candidate.textContent?.includes(wanted));
      const node = span?.firstChild;
      if (!node?.textContent) return false;
      const start = node.textContent.indexOf(wanted);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, text);
    if (!found) throw new Error(`No text "${text}" in the text layer`);
  }

  /** Writes a note on the selected text with the keyboard and resolves once it is listed. */
  async addNote(text: string, tags: string): Promise<void> {
    await this.page.keyboard.press('n');
    const editor = this.page.getByRole('form', { name: /Nieuwe notitie|New note/ });
    await editor.getByLabel(/^Notitie$|^Note$/).fill(text);
    await editor.getByLabel(/Labels|Tags/).fill(tags);
    await editor.getByRole('button', { name: /Opslaan|Save/ }).click();
    await this.page.locator('.note-text', { hasText: text }).waitFor();
  }

  /**
   * Where a box on screen lies on a page, in PDF units (origin bottom left). The generated letters
   * are A4 (595.28 x 841.89), so this checks overlays against where the generator drew the text.
   */
  /** Leaves search results for the list of all letters (nothing to do when it is shown). */
  async showAllLetters(): Promise<void> {
    const back = this.page.getByRole('button', { name: /Terug naar alle brieven|Back to all letters/ });
    if (await back.count()) await back.click();
    await this.page.getByRole('listbox').first().waitFor();
  }

  /** A field of the metadata tab (`date`, `subject`...). */
  metadataField(field: string) {
    return this.page.locator(`.metadata-field[data-field="${field}"]`);
  }

  /** Corrects a field in the metadata tab (shown) by its label ("Betreft") and waits until it is kept. */
  async correctField(label: string, value: string): Promise<void> {
    await this.page.getByRole('button', { name: `${label} corrigeren` }).click();
    const input = this.page.getByRole('textbox', { name: `${label} corrigeren` });
    await input.fill(value);
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
  }

  async toPdfUnits(box: { x: number; y: number; width: number; height: number }, pageNumber = 1) {
    const canvas = (await this.page.locator(`.page[data-page-number="${pageNumber}"] .canvasWrapper`).boundingBox())!;
    const scale = canvas.width / 595.28;
    return {
      left: (box.x - canvas.x) / scale,
      right: (box.x + box.width - canvas.x) / scale,
      middleY: 841.89 - (box.y + box.height / 2 - canvas.y) / scale,
    };
  }

  /** Which hit of the hit list is open, and which match in its letter pdf.js has selected. */
  async hitState(): Promise<{ hit: number; find: string }> {
    return this.page.evaluate(() => ({
      hit: Array.from(document.querySelectorAll('[data-testid="hit-list"] > li')).findIndex((item) => item.classList.contains('hit-current')),
      find: document.querySelector<HTMLElement>('[data-testid="hit-position"]')?.dataset.position ?? '',
    }));
  }

  noteHighlights() {
    return this.page.locator('.lz-overlay-note');
  }

  /** Runs axe-core on the current screen; returns the serious and critical violations. */
  async seriousViolations(): Promise<AxeViolation[]> {
    const source = await fs.readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    // evaluate() runs through the DevTools protocol, so the page's CSP does not block axe.
    await this.page.evaluate(source);
    const violations = await this.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })) }));
    });
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  /** Screenshots the current screen in light and dark (the app follows the system theme). */
  async screenshots(name: string): Promise<void> {
    await fs.mkdir(screenshotDir, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme });
      await this.page.screenshot({ path: path.join(screenshotDir, `${name}-${colorScheme}.png`) });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}
