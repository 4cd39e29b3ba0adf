import { useEffect, useState } from 'react';
import type { LeeszaalApi } from '../../src-main/shared/api';
import { isPasswordError, openPdf, type PdfDocument } from './pdfjs';

export type PdfState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: PdfDocument; letterId: string }
  | { status: 'password'; wrong: boolean; submit: (password: string) => void }
  | { status: 'failed'; reason: string };

/** Loads a letter through the API and opens it with pdf.js; destroys it on change or unmount. */
export function usePdfDocument(api: LeeszaalApi, letterId: string | null): PdfState {
  const [state, setState] = useState<PdfState>({ status: 'idle' });
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
          setState({ status: 'password', wrong: password !== undefined, submit: (next) => void attempt(bytes, next) });
        } else setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
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
