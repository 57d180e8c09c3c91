import { useQuery } from '@apollo/client';
import { graphql } from '../../gql';
import { useSession } from '../../session/session';

const ConferenceChoicesDocument = graphql(`
  query ConferenceChoices($tenantId: ID!) {
    conferenceStaff {
      userId
      name
      unitId
      leader
    }
    tenant(id: $tenantId) {
      id
      units(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

/** The office's own units and active people, for the conference's pickers; read only while a form is open. */
export function useConferenceChoices(open: boolean) {
  const { user } = useSession();
  const { data, loading, error } = useQuery(ConferenceChoicesDocument, { variables: { tenantId: user?.tenantId ?? '' }, skip: !open });
  return {
    staff: data?.conferenceStaff ?? [],
    units: data?.tenant.units.edges.map((edge) => edge.node) ?? [],
    loading,
    error: error ? (error.graphQLErrors[0]?.message ?? '选项加载失败，请稍后再试') : null,
  };
}
