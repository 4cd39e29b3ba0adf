import type { LeeszaalApi } from '../../src-main/shared/api';
import type { Result } from '../../src-main/shared/result';

/** The per-run token `leeszaal serve` put in the URL's hash; kept for reloads of this tab. */
export function takeToken(location: Location, storage: Storage): string | null {
  const match = /token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem('leeszaal-token', match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem('leeszaal-token');
}

type Listener = (payload: unknown) => void;

/**
 * LeeszaalApi over the loopback HTTP transport: POST /api/<method> for requests, one
 * server-sent event stream for events. Same method names as window.leeszaal.
 */
export function createHttpApi(token: string, base = ''): LeeszaalApi {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const listeners = new Map<string, Set<Listener>>();
  let streaming = false;

  async function call(name: string, request: unknown): Promise<Result<unknown>> {
    try {
      const response = await fetch(`${base}/api/${name}`, { method: 'POST', headers, body: JSON.stringify(request ?? {}) });
      if (response.headers.get('x-leeszaal-result') === 'bytes') {
        return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
      }
      if (!response.ok) return { ok: false, error: { code: 'internal', message: `Leeszaal antwoordt niet (${response.status}).` } };
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Geen verbinding met Leeszaal. Draait "leeszaal serve" nog?' } };
    }
  }

  async function stream(): Promise<void> {
    const response = await fetch(`${base}/api/events`, { headers });
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (reader) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (event && data) for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
      }
    }
  }

  function subscribe(event: string, listener: Listener): () => void {
    if (!streaming) {
      streaming = true;
      stream().catch(() => {
        streaming = false;
      });
    }
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  }

  return new Proxy({} as LeeszaalApi, {
    get(_target, property) {
      if (typeof property !== 'string' || property === 'then') return undefined;
      if (/^on[A-Z]/.test(property)) {
        const event = property[2]!.toLowerCase() + property.slice(3);
        return (listener: Listener) => subscribe(event, listener);
      }
      return (request: unknown) => call(property, request);
    },
  });
}
