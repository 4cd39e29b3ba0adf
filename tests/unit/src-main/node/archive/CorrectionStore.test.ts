import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORRECTIONS_FILE, CorrectionStore } from '../../../../../src-main/node/archive/CorrectionStore';

const id = 'a'.repeat(64);
const other = 'b'.repeat(64);

describe('CorrectionStore', () => {
  let sidecar: string;
  beforeEach(async () => {
    sidecar = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-corrections-'));
  });
  afterEach(async () => {
    await fs.chmod(sidecar, 0o755).catch(() => undefined);
    await fs.rm(sidecar, { recursive: true, force: true });
  });
  const onDisk = async () => JSON.parse(await fs.readFile(path.join(sidecar, CORRECTIONS_FILE), 'utf8'));

  it('keeps a correction by letter id with time and author, readable by the next session', async () => {
    const store = await CorrectionStore.load(sidecar);
    expect(store.for(id)).toBeUndefined();
    const saved = await store.set(id, 'subject', 'Begroting 2020', 'Anna', new Date('2026-03-04T05:06:07Z'));
    expect(saved).toEqual({ ok: true, value: { subject: { value: 'Begroting 2020', correctedAt: '2026-03-04T05:06:07.000Z', author: 'Anna' } } });
    expect(await onDisk()).toEqual({ format: 1, letters: { [id]: { subject: { value: 'Begroting 2020', correctedAt: '2026-03-04T05:06:07.000Z', author: 'Anna' } } } });
    const next = await CorrectionStore.load(sidecar);
    expect(next.for(id)?.subject?.value).toBe('Begroting 2020');
    expect(next.ids()).toEqual([id]);
  });

  it('removes a correction with null, and the letter when it has none left', async () => {
    const store = await CorrectionStore.load(sidecar);
    await store.set(id, 'subject', 'A', 'Anna');
    await store.set(id, 'date', '2020-01-02', 'Anna');
    await store.set(id, 'subject', null, 'Anna');
    expect(Object.keys(store.for(id)!)).toEqual(['date']);
    await store.set(id, 'date', null, 'Anna');
    expect(store.for(id)).toBeUndefined();
    expect((await onDisk()).letters).toEqual({});
  });

  it('merges with what another window saved meanwhile instead of overwriting it', async () => {
    const mine = await CorrectionStore.load(sidecar);
    const theirs = await CorrectionStore.load(sidecar);
    await theirs.set(other, 'sender', 'Raad van State', 'Bob');
    await mine.set(id, 'subject', 'A', 'Anna');
    expect(Object.keys((await onDisk()).letters).sort()).toEqual([id, other]);
    expect(mine.for(other)?.sender?.author).toBe('Bob');
  });

  it('sets a damaged file aside and skips entries that are not corrections', async () => {
    await fs.writeFile(path.join(sidecar, CORRECTIONS_FILE), '{ kapot');
    expect((await CorrectionStore.load(sidecar)).ids()).toEqual([]);
    expect(await fs.readFile(path.join(sidecar, `${CORRECTIONS_FILE}.damaged`), 'utf8')).toBe('{ kapot');
    await fs.writeFile(
      path.join(sidecar, CORRECTIONS_FILE),
      JSON.stringify({ format: 1, letters: { [id]: { date: { value: '19 juni' }, colour: { value: 'x' }, subject: { value: 'Goed' } } } }),
    );
    expect((await CorrectionStore.load(sidecar)).for(id)).toEqual({ subject: { value: 'Goed', correctedAt: '', author: '' } });
  });

  it.skipIf(process.getuid?.() === 0)('says so when the sidecar cannot be written', async () => {
    const store = await CorrectionStore.load(sidecar);
    await fs.chmod(sidecar, 0o555);
    const saved = await store.set(id, 'subject', 'A', 'Anna');
    expect(saved.ok ? null : saved.error.code).toBe('read-only');
  });
});
