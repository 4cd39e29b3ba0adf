import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LeeszaalApi } from '../../../../../src-main/shared/api';
import type { ProgressEvent } from '../../../../../src-main/shared/contract/archive';
import { useArchive } from '../../../../../src-renderer/features/archive/useArchive';

/** The parts of the API useArchive uses, with the progress listener in hand. */
function fakeApi() {
  const listeners: ((event: ProgressEvent) => void)[] = [];
  const summary = { root: '/data/archief', name: 'archief', letterCount: 3, sidecar: '/data/archief/.leeszaal', sidecarElsewhere: false };
  const api = {
    onProgress: (listener: (event: ProgressEvent) => void) => (listeners.push(listener), () => {}),
    onArchiveOpened: () => () => {},
    onLettersChanged: () => () => {},
    currentArchive: async () => ({ ok: true, value: summary }),
    listLetters: async () => ({ ok: true, value: [] }),
    recentArchives: async () => ({ ok: true, value: [] }),
  } as unknown as LeeszaalApi;
  return { api, emit: (event: ProgressEvent) => listeners.forEach((listener) => listener(event)) };
}

describe('useArchive', () => {
  it('shows what a reading could not save until the user dismisses it', async () => {
    const { api, emit } = fakeApi();
    const { result } = renderHook(() => useArchive(api));
    await waitFor(() => expect(result.current.settled).toBe(true));
    act(() => emit({ phase: 'extract', done: 1, total: 3 }));
    expect(result.current.progress?.phase).toBe('extract');
    const problem = 'De schijf is vol: Leeszaal kan de gelezen tekst en de zoekindex niet meer opslaan in /data/archief/.leeszaal.';
    act(() => emit({ phase: 'done', done: 3, total: 3, problem }));
    expect(result.current.progress).toBeNull();
    expect(result.current.error).toBe(problem);
    act(() => result.current.dismissError());
    expect(result.current.error).toBeNull();
  });
});
