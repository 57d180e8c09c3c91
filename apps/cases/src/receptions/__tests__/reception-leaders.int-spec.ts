import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorCode, gql, login } from '../../../../../test/helpers/graphql-client.js';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';

const LEADERS = `{ receptionLeaders { id name } }`;

describe('the leaders a reception day may be scheduled for', () => {
  let t: CasesTestApp;
  const leadersOf = async (tenantCode: string) =>
    (
      await t.admin.query(
        `SELECT u.id, u.display_name AS name FROM core.users u JOIN core.tenants t ON t.id = u.tenant_id
          WHERE t.code = $1 AND u.active AND 'LEADER' = ANY(u.roles) ORDER BY u.display_name`,
        [tenantCode],
      )
    ).rows;

  beforeAll(async () => {
    t = await startCasesApp();
  });
  afterAll(() => t.close());

  it("lists the active leader accounts of the caller's own office, not those of the offices below or beside it", async () => {
    const city = await gql(t.server, LEADERS, {}, await login(t.server, 'cd.registrar'));
    expect(city.errors).toBeUndefined();
    const expected = await leadersOf('510100');
    expect(expected.length).toBeGreaterThan(0);
    expect(city.data.receptionLeaders).toEqual(expected);
    const district = await gql(t.server, LEADERS, {}, await login(t.server, 'jj.leader'));
    expect(district.data.receptionLeaders).toEqual(await leadersOf('510104'));
    expect(district.data.receptionLeaders).not.toContainEqual(expected[0]);
  });

  it('is refused to roles that may not schedule one', async () => {
    expect(errorCode(await gql(t.server, LEADERS, {}, await login(t.server, 'cd.handler')))).toBe('FORBIDDEN');
  });
});
