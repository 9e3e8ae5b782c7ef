import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delay` ms, so typing does not send a request per key.
 * (`useDebouncedCallback` is its counterpart for an action called in bursts.)
 */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
