import { useEffect, useState } from 'react';
import type { LeeszaalApi } from '../../src-main/shared/api';
import { openPdf, type PdfDocument } from './pdfjs';

export type PdfState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: PdfDocument }
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
    void (async () => {
      const bytes = await api.letterBytes({ id: letterId });
      if (cancelled) return;
      if (!bytes.ok) {
        setState({ status: 'failed', reason: bytes.error.message });
        return;
      }
      try {
        document = await openPdf(bytes.value).promise;
        if (cancelled) void document.destroy();
        else setState({ status: 'ready', document });
      } catch (error) {
        if (!cancelled) setState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
      if (document) void document.destroy();
    };
  }, [api, letterId]);
  return state;
}
