import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aboutContentSecurityPolicy, aboutPage, escapeHtml } from '../../../../src-main/electron/about/aboutPage';

describe('aboutPage', () => {
  const html = aboutPage({
    language: 'nl',
    appVersion: '1.2.3',
    versions: { electron: '45.5.0', chrome: '142.0', node: '' },
    licences: [
      { name: 'pdfjs-dist', version: '4.10.38', license: 'Apache-2.0', text: 'Apache License <b>2.0</b>' },
      { name: 'evil<script>', version: '1', license: 'MIT' },
    ],
  });

  it('shows the versions, skipping empty ones', () => {
    expect(html).toContain('<th>Leeszaal</th><td>1.2.3</td>');
    expect(html).toContain('<th>electron</th><td>45.5.0</td>');
    expect(html).not.toContain('<th>node</th>');
  });

  it('lists each licence with its text, escaped', () => {
    expect(html).toContain('pdfjs-dist 4.10.38 — Apache-2.0');
    expect(html).toContain('Apache License &#60;b&#62;2.0&#60;/b&#62;');
    expect(html).toContain('evil&#60;script&#62;');
    expect(html).not.toMatch(/<script/i);
  });

  it('loads nothing: its own CSP forbids every source', () => {
    expect(html).toContain(`content="${aboutContentSecurityPolicy}"`);
    expect(aboutContentSecurityPolicy).toMatch(/^default-src 'none'/);
  });

  it.each([
    ['<a href="x">', '&#60;a href=&#34;x&#34;&#62;'],
    ["O'Brien & Co", 'O&#39;Brien &#38; Co'],
  ])('escapeHtml(%s)', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe.skipIf(!existsSync('out/main/licences.json'))('the licence list written by the build', () => {
  const licences = existsSync('out/main/licences.json')
    ? (JSON.parse(readFileSync('out/main/licences.json', 'utf8')) as { name: string; license: string; text: string }[])
    : [];

  it('has the runtime dependencies with their licence texts', () => {
    const names = licences.map((entry) => entry.name);
    for (const name of ['pdfjs-dist', 'lunr', 'zod', 'react', 'docx', 'pdf-lib']) expect(names).toContain(name);
    expect(licences.find((entry) => entry.name === 'pdfjs-dist')?.text).toMatch(/Apache License/);
  });

  it('leaves out development tools', () => {
    const names = licences.map((entry) => entry.name);
    for (const name of ['vitest', 'electron', 'typescript', 'eslint', 'vite']) expect(names).not.toContain(name);
  });
});
