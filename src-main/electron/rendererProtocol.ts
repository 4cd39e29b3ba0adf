import path from 'node:path';
import type { Protocol } from 'electron';
import { readStatic } from '../node/http/staticFiles';
import { contentSecurityPolicy } from '../shared/contentSecurityPolicy';

/** Serves the built renderer under app://leeszaal/, from `rendererDir` only. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'leeszaal') return new Response('Not found', { status: 404 });
    const file = await readStatic(path.resolve(rendererDir), url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': contentSecurityPolicy },
    });
  });
}
