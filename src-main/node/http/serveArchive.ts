// The loopback HTTP transport (DESIGN.md "One API, two transports"): the same handler table
// behind a server bound to 127.0.0.1, guarded by a per-run token and Host/Origin checks.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventName, EventOf } from '../../shared/api';
import { dispatch, methodByName } from '../dispatch';
import { createHandlers, type HandlerEnv } from '../handlers';
import { readStatic } from './staticFiles';
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy';

export type ServeOptions = Omit<HandlerEnv, 'transport' | 'emit' | 'mayOpen'> & {
  startArchive: string;
  rendererDir: string;
  port?: number;
  token?: string;
  onBug?: (error: unknown) => void;
};

export type RunningServer = { url: string; port: number; token: string; close: () => Promise<void> };

const MAX_BODY = 1_000_000;

/** Starts `leeszaal serve`: resolves once it listens, with the URL to open (token in the hash). */
export async function serveArchive(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<http.ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventOf<E>) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  const table = createHandlers({
    ...options,
    transport: 'http',
    emit,
    // Over HTTP a browser may only open the folder the server was started with.
    mayOpen: async (folder) => folder === path.resolve(options.startArchive),
  });

  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.onBug?.(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: only our own host names reach us.
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const origin = req.headers.origin;
    if (origin && !allowedHosts().some((host) => origin === `http://${host}`)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Cross-origin request refused');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('Missing or wrong token');
        return;
      }
      await handleApi(url.pathname.slice('/api/'.length), req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(channel: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (channel === 'events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    const name = methodByName(decodeURIComponent(channel));
    if (!name || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Unknown method');
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse((await readBody(req)) || '{}');
    } catch {
      payload = Symbol('unparseable');
    }
    const result = await dispatch(table, name, payload, options.onBug);
    if (result.ok && result.value instanceof Uint8Array) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-leeszaal-result': 'bytes' });
      res.end(result.value);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  return {
    url,
    port,
    token,
    close: async () => {
      await new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // The archive's worker threads and watcher would keep the process alive after Ctrl+C.
      await table.close();
    },
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
