import { useCallback, useEffect, useState } from 'react';

/**
 * Loads something when the page opens and again on reload(). `load` must be stable (useCallback):
 * a new function means new data to fetch.
 */
export function useLoad<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [load]);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && (setData(value), setError(null)),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [load]);

  return { data, setData, error, reload };
}
