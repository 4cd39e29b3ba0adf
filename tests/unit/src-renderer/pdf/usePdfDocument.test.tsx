// The password prompt unlocks on the main side first (so the letter becomes searchable), then
// opens the letter in the viewer; a wrong password asks again without opening anything.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LeeszaalApi } from '../../../../src-main/shared/api';

const opened: (string | undefined)[] = [];
vi.mock('../../../../src-renderer/pdf/pdfjs', () => ({
  openPdf: (_bytes: Uint8Array, password?: string) => {
    opened.push(password);
    const passwordError = Object.assign(new Error('Password'), { name: 'PasswordException' });
    return { promise: password === 'geheim' ? Promise.resolve({ numPages: 1, destroy: async () => {} }) : Promise.reject(passwordError) };
  },
  isPasswordError: (error: unknown) => error instanceof Error && error.name === 'PasswordException',
}));

const { usePdfDocument } = await import('../../../../src-renderer/pdf/usePdfDocument');

const api = { letterBytes: async () => ({ ok: true, value: new Uint8Array([1, 2, 3]) }) } as unknown as LeeszaalApi;

describe('usePdfDocument with unlocking', () => {
  it('unlocks on the main side, then opens the letter with the same password', async () => {
    opened.length = 0;
    const unlock = vi.fn(async ({ password }: { id: string; password: string }) =>
      password === 'geheim' ? { ok: true as const, value: { status: 'ok' } } : { ok: false as const, error: { code: 'encrypted' as const, message: 'Het wachtwoord klopt niet.' } },
    );
    const onUnlocked = vi.fn();
    const { result } = renderHook(() => usePdfDocument(api, 'a'.repeat(64), { unlock, onUnlocked }));
    await waitFor(() => expect(result.current.status).toBe('password'));

    await act(async () => (result.current as { submit: (p: string) => void }).submit('fout'));
    await waitFor(() => expect(result.current).toMatchObject({ status: 'password', wrong: true }));
    expect(opened).toEqual([undefined]); // a wrong password never reaches the viewer

    await act(async () => (result.current as { submit: (p: string) => void }).submit('geheim'));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(unlock).toHaveBeenLastCalledWith({ id: 'a'.repeat(64), password: 'geheim' });
    expect(onUnlocked).toHaveBeenCalledWith('a'.repeat(64));
    expect(opened).toEqual([undefined, 'geheim']);
  });
});
