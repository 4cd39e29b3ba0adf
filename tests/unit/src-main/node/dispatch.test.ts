import { describe, expect, it } from 'vitest';
import { dispatch, methodByName, methodForChannel } from '../../../../src-main/node/dispatch';
import type { HandlerTable } from '../../../../src-main/node/handlers';
import { ok } from '../../../../src-main/shared/result';

const table = {
  appInfo: async () => ok({ name: 'Leeszaal', version: '1', transport: 'http', versions: {}, locale: 'nl' }),
  letterBytes: async ({ id }: { id: string }) => ok(new TextEncoder().encode(id)),
  listLetters: async () => {
    throw new Error('bug in handler');
  },
} as unknown as HandlerTable;

describe('dispatch', () => {
  it.each([
    ['a valid request reaches the handler', 'appInfo', {}, true, undefined],
    ['a missing payload counts as {}', 'appInfo', undefined, true, undefined],
    ['an unknown property is refused', 'appInfo', { extra: 1 }, false, 'bad-request'],
    ['an id that is not a hash is refused', 'letterBytes', { id: '../../etc/passwd' }, false, 'bad-request'],
    ['a payload of the wrong type is refused', 'letterBytes', 'abc', false, 'bad-request'],
    ['a throwing handler becomes an internal error', 'listLetters', {}, false, 'internal'],
  ] as const)('%s', async (_name, method, payload, success, code) => {
    const bugs: unknown[] = [];
    const result = await dispatch(table, method, payload, (error) => bugs.push(error));
    expect(result.ok).toBe(success);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(bugs.length).toBe(code === 'internal' ? 1 : 0);
  });

  it('finds methods by name and by channel, and nothing else', () => {
    expect(methodByName('listLetters')).toBe('listLetters');
    expect(methodByName('letters:list')).toBe('listLetters');
    expect(methodForChannel('letter:bytes')).toBe('letterBytes');
    expect(methodByName('constructor')).toBeNull();
    expect(methodByName('__proto__')).toBeNull();
    expect(methodByName('letters:delete')).toBeNull();
  });
});
