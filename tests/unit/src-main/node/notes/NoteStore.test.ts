import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FILE, NOTES_FILE, NoteStore } from '../../../../../src-main/node/notes/NoteStore';
import type { Note } from '../../../../../src-main/shared/contract/notes';
import { ok } from '../../../../../src-main/shared/result';

const letterId = 'e'.repeat(64);
const note = (id: string, text = id): Note => ({
  id,
  letterId,
  quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
  rects: [],
  text,
  tags: [],
  colour: '#ffd54f',
  author: 'tester',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
});
const add = (store: NoteStore, n: Note) => store.mutate((notes) => ok({ notes: [...notes, n], value: null }));
const texts = async (store: NoteStore) => {
  const read = await store.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value.notes.map((n) => n.text).sort();
};

let sidecar: string;
beforeEach(async () => {
  sidecar = await fs.mkdtemp(path.join(os.tmpdir(), 'lz-notes-'));
});
afterEach(async () => {
  await fs.rm(sidecar, { recursive: true, force: true });
});

describe('NoteStore', () => {
  it('writes a W3C collection atomically and keeps the previous version', async () => {
    const store = new NoteStore(sidecar, 'Archief');
    await add(store, note('a'));
    await add(store, note('b'));
    const files = await fs.readdir(sidecar);
    expect(files.filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
    const current = JSON.parse(await fs.readFile(path.join(sidecar, NOTES_FILE), 'utf8'));
    expect(current.type).toBe('AnnotationCollection');
    expect(current['lz:schemaVersion']).toBe(1);
    expect(current.items).toHaveLength(2);
    const backup = JSON.parse(await fs.readFile(path.join(sidecar, BACKUP_FILE), 'utf8'));
    expect(backup.items).toHaveLength(1);
  });

  it('sets a damaged file aside, reports it and uses the backup; never overwrites it', async () => {
    const store = new NoteStore(sidecar, 'Archief');
    await add(store, note('a'));
    await add(store, note('b'));
    const damaged = '{"type": "AnnotationCollection", "first": {"items": [ {"id": "a"'; // torn
    await fs.writeFile(path.join(sidecar, NOTES_FILE), damaged);
    const fresh = new NoteStore(sidecar, 'Archief');
    const read = await fresh.read();
    expect(read.ok && read.value.warning).toMatch(/beschadigd/);
    expect(await texts(fresh)).toEqual(['a']); // the backup: the version before the last write
    const aside = (await fs.readdir(sidecar)).filter((f) => f.startsWith('annotations.beschadigd-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(sidecar, aside[0]!), 'utf8')).toBe(damaged);
    await add(fresh, note('c'));
    expect(await texts(new NoteStore(sidecar, 'Archief'))).toEqual(['a', 'c']);
  });

  it('reads a file written by another tool and keeps what it does not understand', async () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: [
        { id: 'x1', type: 'Annotation', bodyValue: 'van elders', target: { source: `urn:sha256:${letterId}`, selector: [{ type: 'TextQuoteSelector', exact: 'uw Kamer' }] } },
        { id: 'x2', type: 'Annotation', target: 'https://example.org/' },
      ],
    };
    await fs.writeFile(path.join(sidecar, NOTES_FILE), JSON.stringify(foreign));
    const store = new NoteStore(sidecar, 'Archief');
    expect(await texts(store)).toEqual(['van elders']);
    await add(store, note('a'));
    const written = JSON.parse(await fs.readFile(path.join(sidecar, NOTES_FILE), 'utf8'));
    expect(written.items.map((i: { id: string }) => i.id).sort()).toEqual(['a', 'x1', 'x2']);
  });

  it('refuses to change a file of a newer schema version', async () => {
    await fs.writeFile(path.join(sidecar, NOTES_FILE), JSON.stringify({ type: 'AnnotationCollection', 'lz:schemaVersion': 99, items: [] }));
    const result = await add(new NoteStore(sidecar, 'Archief'), note('a'));
    expect(result.ok).toBe(false);
  });

  it('two windows in one process do not overwrite each other', async () => {
    const windows = [new NoteStore(sidecar, 'Archief'), new NoteStore(sidecar, 'Archief')];
    await Promise.all(Array.from({ length: 40 }, (_, i) => add(windows[i % 2]!, note(`n${String(i).padStart(2, '0')}`))));
    expect(await texts(windows[0]!)).toHaveLength(40);
  });

  it('concurrent processes do not lose each other\'s notes', async () => {
    const run = promisify(execFile);
    const script = path.join(import.meta.dirname, 'concurrentWriter.ts');
    await Promise.all(['p1', 'p2', 'p3'].map((name) => run(process.execPath, ['--import', 'tsx', script, sidecar, name, '15'])));
    const all = await texts(new NoteStore(sidecar, 'Archief'));
    expect(all).toHaveLength(45);
    expect(existsSync(path.join(sidecar, 'annotations.jsonld.lock'))).toBe(false);
  }, 60_000);

  it('takes over a lock left by a crashed process', async () => {
    await fs.writeFile(path.join(sidecar, 'annotations.jsonld.lock'), `999999 ${os.hostname()} 2026-01-01\n`);
    const result = await add(new NoteStore(sidecar, 'Archief'), note('a'));
    expect(result.ok).toBe(true);
  });
});
