import { useEffect, useState } from 'react';
import type { Result } from '../../src-main/shared/result';

/**
 * The value an API call gives for a key (e.g. a letter id), refetched when the key or `version`
 * changes; null while loading, when the key is null, or when the call is not available.
 */
export function useFetched<K, T>(
  fetch: ((key: K) => Promise<Result<T>>) | undefined,
  key: K | null,
  version = 0,
): { value: T | null; error: string | null } {
  const [state, setState] = useState<{ value: T | null; error: string | null }>({ value: null, error: null });
  useEffect(() => {
    if (!fetch || key === null) {
      setState({ value: null, error: null });
      return;
    }
    let cancelled = false;
    void fetch(key).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { value: result.value, error: null } : { value: null, error: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [fetch, key, version]);
  return state;
}
