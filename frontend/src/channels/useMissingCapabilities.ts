import { useEffect, useState } from 'react';
import { channelsApi } from '../api/channels';
import type { Missing } from '../common/UnavailableAction';

/**
 * What each of the reader's accounts cannot do and why (`unavailable` of the account list), by account id, for pages
 * that offer an action on an account (the calendar's editor). Empty until loaded, and empty when the list cannot be
 * read: the server refuses the action anyway (409 capability-missing), this only says so before the click.
 */
export function useMissingCapabilities(): Map<number, Missing[]> {
  const [missing, setMissing] = useState<Map<number, Missing[]>>(new Map());
  useEffect(() => {
    let current = true;
    channelsApi
      .accounts()
      .then((accounts) => current && setMissing(new Map(accounts.map((a) => [a.id, a.unavailable]))))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return missing;
}
