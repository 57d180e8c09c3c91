import { useApolloClient } from '@apollo/client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { CurrentUserQuery } from '../gql/graphql';
import { SESSION_ENDED, sessionEvents } from '../apollo';
import { sessionErrorMessage } from '../logic/session-errors';

export const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      username
      displayName
      roles
      tenantId
      tenant {
        id
        name
        level
      }
      unit {
        id
        name
      }
    }
  }
`);

export type SessionUser = CurrentUserQuery['me'];

interface Session {
  user: SessionUser | null;
  loading: boolean;
  /** The user logged out in this page (rather than arriving without a session). */
  signedOut: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in: the `me` of the gateway's session cookie; no cookie, no user. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<{ user: SessionUser | null; loading: boolean; signedOut: boolean }>({
    user: null,
    loading: true,
    signedOut: false,
  });

  const load = useCallback(async () => {
    try {
      const result = await client.query({ query: CurrentUserDocument, fetchPolicy: 'network-only', errorPolicy: 'all' });
      setState({ user: result.data?.me ?? null, loading: false, signedOut: false });
    } catch {
      // Not logged in, or the gateway is unreachable: the login page says what happens next.
      setState({ user: null, loading: false, signedOut: false });
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  // A session the gateway stopped accepting (deactivated, password reset, expired) leaves the
  // pages: the shell sends the user to the login page with the way back.
  useEffect(() => {
    // The next login clears the cache, as every login does.
    const ended = () => setState((current) => (current.user ? { user: null, loading: false, signedOut: false } : current));
    sessionEvents.addEventListener(SESSION_ENDED, ended);
    return () => sessionEvents.removeEventListener(SESSION_ENDED, ended);
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      const response = await fetch('/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!response.ok) throw new Error(sessionErrorMessage(response.status, await response.json().catch(() => null)));
      await client.clearStore();
      await load();
    },
    [client, load],
  );

  const logout = useCallback(async () => {
    await fetch('/session', { method: 'DELETE', credentials: 'same-origin' });
    // Nothing of the last user's data stays in the page's cache.
    await client.clearStore();
    setState({ user: null, loading: false, signedOut: true });
  }, [client]);

  const value = useMemo<Session>(() => ({ ...state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
