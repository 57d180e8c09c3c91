import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The session is the gateway's HttpOnly cookie, sent because /graphql is on the same origin;
 * page scripts never hold a token. Apollo Client posts JSON, which passes Apollo Server's CSRF
 * prevention; the header also covers GET requests.
 */
export function createApolloClient(): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
