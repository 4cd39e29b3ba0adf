import { useEffect, useMemo, useState } from 'react';
import type { PageText } from '../../../src-main/shared/contract/letterContent';
import type { ViewerHandle } from '../../pdf/mountViewer';
import type { Overlay } from '../../pdf/Overlay';
import { lineRects } from '../../../src-main/shared/lineRects';
import { matchedTerms } from './Snippet';
import type { SearchState } from './useSearch';

type Options = {
  search: SearchState;
  selectedId: string | null;
  /** Text of the open letter, with line geometry (null while not loaded or not extracted). */
  pages: readonly PageText[] | null;
  handle: ViewerHandle | null;
  openLetter: (id: string, page: number) => void;
};

export type HitNavigation = {
  overlays: Overlay[];
  /** "3/7": the hit being shown in this letter and how many it has (for screen readers and tests). */
  position: string | null;
  open: (index: number, page?: number) => void;
  step: (direction: 1 | -1) => void;
  canStep: boolean;
};

/**
 * Reading the hits of a search: every hit of the open letter highlighted where the search engine
 * found it (its offsets into the page text, drawn from the extracted line geometry), the current
 * one emphasised and scrolled to; F3 / Shift+F3 walk the hits of this letter, then the next or
 * previous letter. When a letter's text is not available, pdf.js's find highlights the words.
 */
export function useHitNavigation({ search, selectedId, pages, handle, openLetter }: Options): HitNavigation {
  const [matchIndex, setMatchIndex] = useState(0);
  const hit = search.response?.hits[search.current];
  const inLetter = hit && hit.letter.id === selectedId ? hit : null;
  const matches = useMemo(() => inLetter?.matches ?? [], [inLetter]);

  const overlays = useMemo<Overlay[]>(() => {
    if (!pages || matches.length === 0) return [];
    return matches.map((match, index) => {
      const page = pages.find((candidate) => candidate.number === match.page);
      return {
        id: `hit-${index}`,
        page: match.page,
        rects: page ? lineRects(page, match.start, match.end) : [],
        kind: index === matchIndex ? 'hit-current' : 'hit',
      };
    });
  }, [pages, matches, matchIndex]);

  // Bring the current hit into view once the viewer and the text are there.
  useEffect(() => {
    const current = overlays[matchIndex];
    if (handle && current?.rects[0]) handle.showRect(current.page, current.rects[0]);
  }, [handle, overlays, matchIndex]);

  // Without the letter's text (not extracted yet), let pdf.js find the matched words instead.
  useEffect(() => {
    if (handle && inLetter && !pages) handle.find(matchedTerms(inLetter.snippets));
  }, [handle, inLetter, pages]);

  const open = (index: number, page?: number) => {
    const next = search.response?.hits[index];
    if (!next) return;
    search.setCurrent(index);
    const wanted = page ?? next.pages[0] ?? 1;
    const first = next.matches.findIndex((match) => match.page === wanted);
    setMatchIndex(Math.max(0, first));
    if (next.letter.id !== selectedId) openLetter(next.letter.id, wanted);
    else handle?.goToPage(wanted);
  };

  const hits = search.response?.hits ?? [];
  return {
    overlays,
    position: inLetter && matches.length ? `${matchIndex + 1}/${matches.length}` : null,
    canStep: hits.length > 0,
    open,
    step: (direction) => {
      const next = matchIndex + direction;
      if (inLetter && next >= 0 && next < matches.length) {
        setMatchIndex(next);
        return;
      }
      if (hits.length === 0) return;
      const index = (search.current + direction + hits.length) % hits.length;
      const target = hits[index]!;
      search.setCurrent(index);
      const last = Math.max(0, target.matches.length - 1);
      const landing = direction > 0 ? 0 : last;
      setMatchIndex(landing);
      const page = target.matches[landing]?.page ?? target.pages[0] ?? 1;
      if (target.letter.id !== selectedId) openLetter(target.letter.id, page);
    },
  };
}
