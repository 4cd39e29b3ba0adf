import { useCallback, useState } from 'react';
import type { SearchFilters, SearchRequest, SearchResponse } from '../../../src-main/shared/contract/search';
import type { Result } from '../../../src-main/shared/result';

export type SearchFn = (request: SearchRequest) => Promise<Result<SearchResponse>>;

export type SearchState = {
  query: string;
  response: SearchResponse | null;
  error: string | null;
  busy: boolean;
  /** Index of the hit whose letter is open (for F3 / Shift+F3). */
  current: number;
  setCurrent: (index: number) => void;
  search: (query: string) => Promise<void>;
  clear: () => void;
};

/** Searching the archive: the query, its hits, and which hit the user is reading. */
export function useSearch(run: SearchFn | undefined, filters: SearchFilters): SearchState {
  const [query, setQuery] = useState('');
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [current, setCurrent] = useState(-1);

  const search = useCallback(
    async (next: string) => {
      setQuery(next);
      if (!run || !next) {
        setResponse(null);
        setError(null);
        return;
      }
      setBusy(true);
      const result = await run({ query: next, filters, limit: 200 });
      setBusy(false);
      if (result.ok) {
        setResponse(result.value);
        setError(null);
        setCurrent(-1);
      } else setError(result.error.message);
    },
    [run, filters],
  );

  return {
    query,
    response,
    error,
    busy,
    current,
    setCurrent,
    search,
    clear: () => {
      setQuery('');
      setResponse(null);
      setError(null);
      setCurrent(-1);
    },
  };
}
