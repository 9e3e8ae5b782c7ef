import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setUnauthorizedHandler } from '../api/http';
import { identityApi } from '../api/identity';
import type { Info, Me } from '../api/types';

export type SessionStatus = 'loading' | 'failed' | 'ready';

interface Session {
  status: SessionStatus;
  info: Info | null;
  /** The signed-in user, or null when the login page must be shown. */
  me: Me | null;
  reload: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [info, setInfo] = useState<Info | null>(null);
  const [me, setMe] = useState<Me | null>(null);

  const reload = useCallback(async () => {
    try {
      const [nextInfo, nextMe] = await Promise.all([identityApi.info(), identityApi.me()]);
      setInfo(nextInfo);
      setMe(nextMe);
      setStatus('ready');
    } catch {
      setStatus('failed');
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      await identityApi.logout();
    } finally {
      setMe(null);
    }
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    void reload();
  }, [reload]);

  const session = useMemo(() => ({ status, info, me, reload, logout }), [status, info, me, reload, logout]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** The signed-in user; only for pages that are shown after login. */
export function useMe(): Me {
  const { me } = useSession();
  if (me === null) throw new Error('useMe is only for signed-in pages');
  return me;
}
