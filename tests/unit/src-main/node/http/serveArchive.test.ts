import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveArchive, type RunningServer } from '../../../../../src-main/node/http/serveArchive';
import { contentSecurityPolicy } from '../../../../../src-main/shared/contentSecurityPolicy';
import { generateArchive } from '../../../../fixtures/generateLetters';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(server: RunningServer, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('leeszaal serve (loopback HTTP transport)', () => {
  let dir: string;
  let server: RunningServer;
  const api = (method: string, body: unknown = {}, headers: Record<string, string> = {}) =>
    request(server, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8')) as { ok: boolean; value?: unknown; error?: { code: string } };

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-serve-'));
    await generateArchive(path.join(dir, 'archief'), 3);
    await fs.mkdir(path.join(dir, 'renderer'));
    await fs.writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Leeszaal</title>');
    await fs.writeFile(path.join(dir, 'secret.txt'), 'not for the browser');
    server = await serveArchive({
      startArchive: path.join(dir, 'archief'),
      rendererDir: path.join(dir, 'renderer'),
      appVersion: 'test',
      versions: {},
      locale: 'nl-NL',
      appDataDir: path.join(dir, 'appdata'),
    });
  });
  afterAll(async () => {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL with the token in its hash', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with the content security policy', async () => {
    const reply = await request(server, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(reply.body.toString()).toContain('<title>Leeszaal</title>');
  });

  it.each(['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/nope.js'])('serves nothing outside the renderer: %s', async (url) => {
    const reply = await request(server, { path: url });
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('not for the browser');
  });

  it.each([
    ['no token', () => ({}), 401],
    ['a wrong token', () => ({ authorization: 'Bearer wrong' }), 401],
    ['another host name (DNS rebinding)', () => ({ authorization: `Bearer ${server.token}`, host: 'evil.example:80' }), 421],
    ['a foreign origin', () => ({ authorization: `Bearer ${server.token}`, origin: 'http://evil.example' }), 403],
  ])('refuses a request with %s', async (_name, headers, status) => {
    const reply = await request(server, {
      method: 'POST',
      path: '/api/appInfo',
      headers: headers() as Record<string, string>,
      body: '{}',
    });
    expect(reply.status).toBe(status);
  });

  it('answers the API by method name and by channel', async () => {
    expect(json(await api('appInfo')).value).toMatchObject({ name: 'Leeszaal', transport: 'http' });
    expect(json(await api('app:info')).ok).toBe(true);
    expect((await api('noSuchMethod')).status).toBe(404);
  });

  it('turns a broken payload into a bad-request result', async () => {
    expect(json(await api('appInfo', '{not json')).error?.code).toBe('bad-request');
    expect(json(await api('letterBytes', { id: 'x' })).error?.code).toBe('bad-request');
  });

  it('asks for an archive before listing letters', async () => {
    const fresh = await serveArchive({
      startArchive: path.join(dir, 'archief'),
      rendererDir: path.join(dir, 'renderer'),
      appVersion: 'test',
      versions: {},
      locale: 'nl-NL',
      appDataDir: path.join(dir, 'appdata2'),
    });
    try {
      const reply = await request(fresh, {
        method: 'POST',
        path: '/api/listLetters',
        headers: { host: `127.0.0.1:${fresh.port}`, authorization: `Bearer ${fresh.token}` },
        body: '{}',
      });
      expect(JSON.parse(reply.body.toString()).error.code).toBe('no-archive');
    } finally {
      await fresh.close();
    }
  });

  // Before any other test opens the archive: opening it again only confirms it, with no scan.
  it('streams progress events to a subscriber', async () => {
    const received: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve) => {
      http.get(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}` } },
        resolve,
      );
    });
    stream.on('data', (chunk: Buffer) => received.push(chunk.toString()));
    await api('openArchive');
    await expect.poll(() => received.join('')).toContain('event: archiveOpened');
    expect(received.join('')).toContain('event: progress');
    stream.destroy();
  });

  it('opens the served folder, and only that one', async () => {
    const opened = json(await api('openArchive'));
    expect(opened.ok).toBe(true);
    expect(opened.value).toMatchObject({ name: 'archief', letterCount: 3 });
    expect(json(await api('openArchive', { path: os.homedir() })).error?.code).toBe('not-allowed');
  });

  it('returns a letter as bytes through its id', async () => {
    await api('openArchive');
    const letters = json(await api('listLetters')).value as { id: string; path: string }[];
    expect(letters.map((l) => l.path)).toHaveLength(3);
    const reply = await api('letterBytes', { id: letters[0]!.id });
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.body.subarray(0, 5).toString()).toBe('%PDF-');
    const missing = json(await api('letterBytes', { id: 'a'.repeat(64) }));
    expect(missing.error?.code).toBe('not-found');
  });
});
