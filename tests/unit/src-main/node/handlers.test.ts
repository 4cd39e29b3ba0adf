import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type HandlerEnv } from '../../../../src-main/node/handlers';
import { generateLetter } from '../../../fixtures/generateLetters';
import { testHandlerEnv, type RecordedEvent } from '../../../fixtures/testHandlerEnv';

describe('the handler table', () => {
  let dir: string;
  let events: RecordedEvent[];
  const env = (overrides: Partial<HandlerEnv> = {}): HandlerEnv => testHandlerEnv(dir, events, overrides);

  // Opening an archive reads and indexes its letters in the background: wait for that to stop
  // before the folder is removed.
  let made: ReturnType<typeof createHandlers>[] = [];
  const handlers = (e: HandlerEnv) => {
    const table = createHandlers(e);
    made.push(table);
    return table;
  };

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leeszaal-handlers-'));
    events = [];
    await generateLetter(path.join(dir, 'archief', 'a.pdf'), 1);
    await generateLetter(path.join(dir, 'archief', 'sub', 'B.PDF'), 2);
    await fs.writeFile(path.join(dir, 'archief', 'notitie.txt'), 'Betreft: test');
    await fs.writeFile(path.join(dir, 'archief', 'plaatje.png'), 'x');
    await generateLetter(path.join(dir, 'outside.pdf'), 3);
  });
  afterEach(async () => {
    await Promise.all(made.map((table) => table.session()?.close()));
    made = [];
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('says an archive must be opened first', async () => {
    const table = handlers(env());
    expect(await table.listLetters({})).toMatchObject({ ok: false, error: { code: 'no-archive' } });
    expect(await table.currentArchive({})).toEqual({ ok: true, value: null });
  });

  it('opens the start archive, lists PDFs in any case and .txt letters, and reports progress', async () => {
    const table = handlers(env());
    const opened = await table.openArchive({});
    expect(opened).toMatchObject({ ok: true, value: { name: 'archief', letterCount: 3 } });
    const listed = await table.listLetters({});
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((l) => l.path).sort()).toEqual(['a.pdf', 'notitie.txt', 'sub/B.PDF']);
    expect(events.map((e) => e.event)).toContain('progress');
    expect(events.map((e) => e.event)).toContain('archiveOpened');
    const recent = await table.recentArchives({});
    expect(recent.ok && recent.value[0]?.name).toBe('archief');
  });

  it.each([
    ['a folder the transport may not open', { mayOpen: async () => false }, { path: '/tmp' }, 'not-allowed'],
    ['a folder that does not exist', {}, { path: '/nonexistent/leeszaal' }, 'not-found'],
  ])('refuses %s', async (_name, overrides, request, code) => {
    const table = handlers(env(overrides));
    expect(await table.openArchive(request)).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses to choose a folder where there is no dialog', async () => {
    const table = handlers(env());
    expect(await table.chooseArchive({})).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('hands out bytes only for letters inside the archive root', async () => {
    await fs.symlink(path.join(dir, 'outside.pdf'), path.join(dir, 'archief', 'link.pdf'));
    const table = handlers(env());
    await table.openArchive({});
    const listed = await table.listLetters({});
    if (!listed.ok) throw new Error(listed.error.message);
    const inside = listed.value.find((l) => l.path === 'a.pdf')!;
    const linked = listed.value.find((l) => l.path === 'link.pdf')!;
    const bytes = await table.letterBytes({ id: inside.id });
    expect(bytes.ok && new TextDecoder().decode(bytes.value.subarray(0, 5))).toBe('%PDF-');
    expect(await table.letterBytes({ id: linked.id })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    await fs.rm(path.join(dir, 'archief', 'a.pdf'));
    expect(await table.letterBytes({ id: inside.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('opens one archive at a time, however often it is asked, and closes it', async () => {
    const table = createHandlers(env());
    const opened = await Promise.all([table.openArchive({}), table.openArchive({}), table.openArchive({})]);
    expect(opened.every((result) => result.ok)).toBe(true);
    const first = table.session();
    expect(await table.openArchive({})).toMatchObject({ ok: true, value: { letterCount: 3 } });
    expect(table.session()).toBe(first);
    await table.close();
    expect(table.session()).toBeNull();
    expect(await table.listLetters({})).toMatchObject({ ok: false, error: { code: 'no-archive' } });
  });
});
