import { useEffect, useRef } from 'react';

type Listener = (data: unknown) => void;

interface SharedSource {
  source: EventSource;
  listeners: Map<string, Set<Listener>>;
}

// One EventSource per stream address, however many components listen: browsers allow only a few
// open connections per host, and the header badge and the page both follow the inbox stream.
const sources = new Map<string, SharedSource>();

function subscribe(url: string, event: string, listener: Listener): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  let shared = sources.get(url);
  if (!shared) {
    shared = { source: new EventSource(url, { withCredentials: true }), listeners: new Map() };
    sources.set(url, shared);
  }
  let listeners = shared.listeners.get(event);
  if (!listeners) {
    const fresh = new Set<Listener>();
    listeners = fresh;
    shared.listeners.set(event, fresh);
    shared.source.addEventListener(event, (e) => {
      let data: unknown;
      try {
        data = JSON.parse((e as MessageEvent<string>).data);
      } catch {
        return;
      }
      for (const l of [...fresh]) l(data);
    });
  }
  listeners.add(listener);
  const owner = shared;
  return () => {
    listeners.delete(listener);
    if ([...owner.listeners.values()].every((set) => set.size === 0)) {
      owner.source.close();
      sources.delete(url);
    }
  };
}

/**
 * Calls `onEvent` with the parsed data of every `event` on the server-sent event stream at `url`
 * (null: not now). The connection is shared and closed when the last listener goes.
 */
export function useEventStream<T>(url: string | null, event: string, onEvent: (data: T) => void) {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    if (url === null) return;
    return subscribe(url, event, (data) => latest.current(data as T));
  }, [url, event]);
}
