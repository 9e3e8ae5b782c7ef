import { useEffect, useRef, useState } from 'react';
import { inboxApi } from '../api/inbox';
import type { OthersHere } from '../api/types';

/** The server forgets a page after a minute without a heartbeat; three heartbeats fit in that. */
export const HEARTBEAT_MS = 20_000;

/**
 * While a conversation page is open: says so every 20 seconds (and at once when the reader starts or stops writing
 * a reply), and answers who else has it open. Leaving the page says goodbye. A failed heartbeat changes nothing.
 */
export function usePresence(conversationId: number, writing: boolean): OthersHere['others'] {
  const [others, setOthers] = useState<OthersHere['others']>([]);
  const writingNow = useRef(writing);
  writingNow.current = writing;

  useEffect(() => {
    let live = true;
    const beat = () =>
      inboxApi.presence(conversationId, writingNow.current).then(
        (here) => live && setOthers(here.others),
        () => undefined,
      );
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => {
      live = false;
      clearInterval(timer);
      void inboxApi.leave(conversationId).catch(() => undefined);
    };
  }, [conversationId]);

  useEffect(() => {
    if (!writing) return;
    void inboxApi.presence(conversationId, true).then((here) => setOthers(here.others), () => undefined);
  }, [conversationId, writing]);

  return others;
}
