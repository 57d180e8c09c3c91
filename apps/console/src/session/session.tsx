import { useApolloClient, useQuery } from '@apollo/client';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { CurrentUserQuery } from '../gql/graphql';
import { sessionErrorMessage } from '../logic/session-errors';

export const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      username
      displayName
      roles
      tenantId
      tenant { id name level }
      unit { id name }
    }
  }
`);

export type SessionUser = CurrentUserQuery['me'];

interface Session {
  user: SessionUser | null;
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in: the `me` of the gateway's session cookie; no cookie, no user. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(CurrentUserDocument, { fetchPolicy: 'network-only', errorPolicy: 'all' });

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
      await refetch();
    },
    [client, refetch],
  );

  const logout = useCallback(async () => {
    await fetch('/session', { method: 'DELETE', credentials: 'same-origin' });
    await client.clearStore();
    await refetch();
  }, [client, refetch]);

  const value = useMemo<Session>(() => ({ user: data?.me ?? null, loading: loading && !data, login, logout }), [data, loading, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
