import { describe, expect, it } from '@jest/globals';
import { gql } from '@apollo/client';
import { consoleCache } from '../cache';

// The two readers of a case's running clocks on the case page, as they ask for them.
const DETAIL = gql`
  query Detail($id: ID!) {
    case(id: $id) {
      id
      state
      runningClocks {
        stage
        holder
        name
        deadline
        daysLeft
      }
    }
  }
`;
const NOTICES = gql`
  query Notices($id: ID!) {
    case(id: $id) {
      id
      runningClocks {
        stage
        holder
        name
      }
    }
  }
`;
const variables = { id: 'c1' };
const clock = (stage: string, deadline: string) => ({ __typename: 'RunningClock', stage, holder: 'OFFICE', name: `${stage}期限`, deadline, daysLeft: 3 });
const brief = (stage: string) => ({ __typename: 'RunningClock', stage, holder: 'OFFICE', name: `${stage}期限` });
/** A cache holding the case page's answer: one running clock, its handling deadline. */
function readByCasePage() {
  const cache = consoleCache();
  cache.writeQuery({
    query: DETAIL,
    variables,
    data: { case: { __typename: 'Case', id: 'c1', state: 'ACCEPTED', runningClocks: [clock('HANDLE', '2026-08-01')] } },
  });
  return cache;
}

describe('the console cache: running clocks', () => {
  it('keeps the case page complete when the notices card answers with fewer fields of the same clocks', () => {
    const cache = readByCasePage();
    cache.writeQuery({ query: NOTICES, variables, data: { case: { __typename: 'Case', id: 'c1', runningClocks: [brief('HANDLE')] } } });
    const read = cache.diff<{ case: { runningClocks: unknown[] } }>({ query: DETAIL, variables, optimistic: false });
    expect(read.complete).toBe(true);
    expect(read.result?.case.runningClocks).toEqual([clock('HANDLE', '2026-08-01')]);
  });

  it('follows the latest answer for which clocks run: a stopped clock goes, a new one comes with what was asked of it', () => {
    const cache = readByCasePage();
    cache.writeQuery({ query: NOTICES, variables, data: { case: { __typename: 'Case', id: 'c1', runningClocks: [brief('REVIEW')] } } });
    expect(cache.readQuery({ query: NOTICES, variables })).toEqual({ case: { __typename: 'Case', id: 'c1', runningClocks: [brief('REVIEW')] } });
    // The case page has not read the new clock's deadline yet: incomplete, so it reads it again.
    expect(cache.diff({ query: DETAIL, variables, optimistic: false }).complete).toBe(false);
  });
});
