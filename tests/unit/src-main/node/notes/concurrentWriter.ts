// Child process for NoteStore.test.ts: adds `count` notes to the store in `sidecar`, one write each.
import { NoteStore } from '../../../../../src-main/node/notes/NoteStore';
import { ok } from '../../../../../src-main/shared/result';

const [sidecar, name, count] = process.argv.slice(2) as [string, string, string];
const store = new NoteStore(sidecar, 'test');
for (let i = 0; i < Number(count); i++) {
  const result = await store.mutate((notes) =>
    ok({
      notes: [
        ...notes,
        {
          id: `urn:uuid:${name}-${i}`,
          letterId: 'd'.repeat(64),
          quote: { exact: `passage ${i}`, prefix: '', suffix: '' },
          rects: [],
          text: `${name} ${i}`,
          tags: [],
          colour: '#ffd54f',
          author: name,
          created: new Date().toISOString(),
          modified: new Date().toISOString(),
        },
      ],
      value: null,
    }),
  );
  if (!result.ok) throw new Error(result.error.message);
}
