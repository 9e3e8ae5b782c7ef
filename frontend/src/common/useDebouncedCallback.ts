import { useEffect, useRef } from 'react';

/**
 * A function that runs `action` once, `delay` ms after the last of a burst of calls: for reacting to a burst of
 * events with one reload. (`useDebouncedValue` is its counterpart for a value that settles, such as typed text.)
 */
export function useDebouncedCallback(action: () => void, delay = 400): () => void {
  const latest = useRef(action);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const trigger = useRef(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), delay);
  });
  return trigger.current;
}
