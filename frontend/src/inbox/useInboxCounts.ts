import { useEffect, useState } from 'react';
import { inboxApi, inboxStream } from '../api/inbox';
import type { InboxCounts } from '../api/types';
import { useEventStream } from '../common/useEventStream';

// One copy of the counts for the header badge, the inbox's sub-navigation and its tabs, so a page
// that shows all three asks the server once, and once again per burst of live events.
let counts: InboxCounts | null = null;
const listeners = new Set<(counts: InboxCounts | null) => void>();
let inFlight: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function load(): Promise<void> {
  inFlight ??= inboxApi
    .counts()
    .then(
      (next) => {
        counts = next;
      },
      () => {
        counts = null;
      },
    )
    .finally(() => {
      inFlight = null;
      for (const l of listeners) l(counts);
    });
  return inFlight;
}

function loadSoon() {
  clearTimeout(timer);
  timer = setTimeout(() => void load(), 500);
}

/** The inbox's queue counts, kept fresh by the inbox stream; null until (or unless) they load. */
export function useInboxCounts(enabled = true): InboxCounts | null {
  const [value, setValue] = useState<InboxCounts | null>(null);
  useEffect(() => {
    if (!enabled) return;
    listeners.add(setValue);
    void load();
    return () => {
      listeners.delete(setValue);
    };
  }, [enabled]);
  useEventStream(enabled ? inboxStream : null, 'conversation', loadSoon);
  useEventStream(enabled ? inboxStream : null, 'approval', loadSoon);
  return enabled ? value : null;
}
