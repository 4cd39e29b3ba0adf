// The CSP the renderer ships with is the one the security module sends, and it lets the renderer
// reach nothing but its own origin.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  contentSecurityPolicyMeta,
} from '../../../../src-main/shared/contentSecurityPolicy';

const builtHtml = 'out/renderer/index.html';
const metaPolicy = (html: string) =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];

beforeAll(() => {
  if (!existsSync(builtHtml)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}, 300_000);

describe('Content-Security-Policy', () => {
  it('is the same in the built index.html as in contentSecurityPolicy.ts', () => {
    expect(metaPolicy(readFileSync(builtHtml, 'utf8'))).toBe(contentSecurityPolicyMeta);
  });

  it('is the same in the source index.html', () => {
    expect(metaPolicy(readFileSync('src-renderer/index.html', 'utf8'))).toBe(contentSecurityPolicyMeta);
  });

  it('sends frame-ancestors in the header only (browsers ignore it in a meta tag)', () => {
    expect(contentSecurityPolicy).toBe(`${contentSecurityPolicyMeta}; frame-ancestors 'none'`);
  });

  it("starts from default-src 'none' and allows no source but 'self' and in-memory data", () => {
    expect(contentSecurityPolicyDirectives[0]).toBe("default-src 'none'");
    for (const directive of contentSecurityPolicyDirectives) {
      const [, ...sources] = directive.split(' ');
      for (const source of sources) expect(["'self'", "'none'", 'data:'], directive).toContain(source);
    }
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|\*|https?:/);
  });

  it('the built renderer loads no script, style or image from anywhere but itself', () => {
    const html = readFileSync(builtHtml, 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(reference, reference).toMatch(/^(\.?\.?\/(?!\/)|data:)/);
  });

  it('the built CSS fetches nothing from another origin', () => {
    const assets = path.join('out/renderer/assets');
    for (const file of readdirSync(assets).filter((name) => name.endsWith('.css'))) {
      const urls = [...readFileSync(path.join(assets, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!);
      for (const url of urls) expect(url, `${file}: ${url}`).not.toMatch(/^(https?:)?\/\//);
    }
  });
});
