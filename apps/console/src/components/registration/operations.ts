import { graphql } from '../../gql';

/** What the registration form chooses from: the category tree, the office's subtree, its leaders. */
export const RegistrationChoicesDocument = graphql(`
  query RegistrationChoices($first: Int!, $after: String) {
    categories {
      id
      name
      fullName
      parentId
      usable
    }
    tenants(first: $first, after: $after) {
      edges {
        node {
          id
          name
          parentId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    leaders {
      id
      displayName
    }
  }
`);

/** More offices of a large subtree (a city or a province), page by page. */
export const SubtreeTenantsDocument = graphql(`
  query SubtreeTenants($first: Int!, $after: String) {
    tenants(first: $first, after: $after) {
      edges {
        node {
          id
          name
          parentId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The units of the problem's jurisdiction, for the accused unit of an accusation. */
export const JurisdictionUnitsDocument = graphql(`
  query JurisdictionUnits($tenantId: ID!) {
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

/** The office's leader reception days of one day (the API lists the subtree; the page keeps its own office's). */
export const ReceptionsOfDayDocument = graphql(`
  query ReceptionsOfDay($tenantId: ID!, $day: String!) {
    receptions(first: 50, filter: { tenantId: $tenantId, from: $day, to: $day }) {
      edges {
        node {
          id
          tenantId
          leaderName
          place
          date
        }
      }
    }
  }
`);

export const RepeatCandidatesDocument = graphql(`
  query RepeatCandidates($input: RepeatCandidatesInput!) {
    repeatCandidates(input: $input) {
      score
      sameIdNumber
      samePhone
      textSimilarity
      handledBelow
      finalized
      case {
        id
        number
        title
        state
        registeredOn
      }
    }
  }
`);

export const RegisterCaseDocument = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      id
      number
    }
  }
`);
