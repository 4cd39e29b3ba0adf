import { useEffect, useRef, useState } from 'react';
import type { LeeszaalApi } from '../../src-main/shared/api';
import type { Result } from '../../src-main/shared/result';
import { isPasswordError, openPdf, type PdfDocument } from './pdfjs';

export type PdfState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: PdfDocument; letterId: string }
  | { status: 'password'; wrong: boolean; submit: (password: string) => void }
  | { status: 'failed'; reason: string };

/**
 * Unlocking on the main side: `unlock` reads the letter there with the password (so that it is
 * cached and searchable; a wrong password fails with code 'encrypted'), `onUnlocked` follows.
 */
export type UnlockCalls = {
  unlock?: (request: { id: string; password: string }) => Promise<Result<unknown>>;
  onUnlocked?: (letterId: string) => void;
};

/** Loads a letter through the API and opens it with pdf.js; destroys it on change or unmount. */
export function usePdfDocument(api: LeeszaalApi, letterId: string | null, unlockCalls: UnlockCalls = {}): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'idle' });
  // Read at submit time, so that new callbacks do not reload the letter.
  const calls = useRef(unlockCalls);
  calls.current = unlockCalls;
  useEffect(() => {
    if (!letterId) {
      setState({ status: 'idle' });
      return;
    }
    let cancelled = false;
    let document: PdfDocument | null = null;
    setState({ status: 'loading' });
    const attempt = async (bytes: Uint8Array, password?: string) => {
      try {
        // pdf.js transfers the buffer to its worker: give it a copy so a retry still has the bytes.
        document = await openPdf(bytes.slice(), password).promise;
        if (cancelled) void document.destroy();
        else setState({ status: 'ready', document, letterId });
      } catch (error) {
        if (cancelled) return;
        if (isPasswordError(error)) {
          setState({ status: 'password', wrong: password !== undefined, submit: (next) => void unlock(bytes, next) });
        } else setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    };
    // First on the main side (the letter becomes searchable), then here in the viewer. Only a
    // wrong password stops it: another failure there still lets the user read the letter here.
    const unlock = async (bytes: Uint8Array, password: string) => {
      const { unlock: unlockOnMain, onUnlocked } = calls.current;
      if (unlockOnMain) {
        const unlocked = await unlockOnMain({ id: letterId, password });
        if (cancelled) return;
        if (!unlocked.ok && unlocked.error.code === 'encrypted') {
          setState({ status: 'password', wrong: true, submit: (next) => void unlock(bytes, next) });
          return;
        }
        if (unlocked.ok) onUnlocked?.(letterId);
      }
      await attempt(bytes, password);
    };
    void (async () => {
      const bytes = await api.letterBytes({ id: letterId });
      if (cancelled) return;
      if (!bytes.ok) setState({ status: 'failed', reason: bytes.error.message });
      else await attempt(bytes.value);
    })();
    return () => {
      cancelled = true;
      // The viewer lets go of the document in the next render; destroying it before that makes
      // pdf.js's viewer fail mid-initialisation ("Transport destroyed"), so wait a moment.
      const doomed = document;
      if (doomed) setTimeout(() => void doomed.destroy(), 1000);
    };
  }, [api, letterId]);
  return state;
}
