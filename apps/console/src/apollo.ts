import { ApolloClient, from, HttpLink } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { consoleCache } from './logic/cache';
import { endsSession } from './logic/session-errors';

/** Tells the session that the gateway no longer accepts it (revoked, deactivated, expired). */
export const sessionEvents = new EventTarget();
export const SESSION_ENDED = 'session-ended';

/**
 * The session is the gateway's HttpOnly cookie, sent because /graphql is on the same origin;
 * page scripts never hold a token. Apollo Client posts JSON, which passes Apollo Server's CSRF
 * prevention; the header also covers GET requests.
 */
export function createApolloClient(): ApolloClient<unknown> {
  const sessionEnd = onError(({ graphQLErrors }) => {
    if (endsSession(graphQLErrors)) sessionEvents.dispatchEvent(new Event(SESSION_ENDED));
  });
  return new ApolloClient({
    link: from([sessionEnd, new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } })]),
    cache: consoleCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
