import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { graphql } from '../gql';

const TenantNamesDocument = graphql(`
  query TenantNames {
    tenants(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * Names of the offices of the user's subtree by id, for the columns that hold only an id until
 * the API names them itself (a subtree larger than one page shows the rest as —).
 */
export function useTenantNames(): Map<string, string> {
  const { data } = useQuery(TenantNamesDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => new Map(data?.tenants.edges.map(({ node }) => [node.id, node.name]) ?? []), [data]);
}
