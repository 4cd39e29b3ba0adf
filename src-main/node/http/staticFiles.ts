import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isInside } from '../archive/ArchiveSession';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** A file of the built renderer for a URL path, or null; never a file outside `root`. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = clean === '/' ? 'index.html' : clean.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!isInside(root, file)) return null;
  try {
    const body = await fs.readFile(file);
    return { body, type: types[path.extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
