import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import type { TenantContext } from '#common/tenancy';
import { errorCode, gql, login } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { DirectoryService } from '../directory.service.js';
import { graphql } from '#test/gql/index.js';

const LEADERS = graphql(`
  query LeadersSpecLeaders {
    leaders {
      id
      displayName
    }
  }
`);

describe('leaders of the caller’s office (包案领导、批准人)', () => {
  let t: CasesTestApp;
  const ids: Record<string, string> = {};

  /** A copy of an existing leader's account under another name, active or not. */
  const addLeader = async (template: string, username: string, displayName: string, active: boolean) => {
    const { rows } = await t.admin.query(
      `INSERT INTO core.users (tenant_id, id, tenant_path, unit_id, username, display_name, roles, password_hash, active, version)
       SELECT tenant_id, gen_random_uuid(), tenant_path, NULL, $2, $3, roles, password_hash, $4, 1 FROM core.users WHERE username = $1
       RETURNING id`,
      [template, username, displayName, active],
    );
    return rows[0].id as string;
  };
  const userId = async (username: string) => (await t.admin.query('SELECT id FROM core.users WHERE username = $1', [username])).rows[0].id as string;
  const leadersAs = async (username: string) => gql(t.server, LEADERS, {}, await login(t.server, username));

  beforeAll(async () => {
    t = await startCasesApp();
    ids.jjLeader = await userId('jj.leader');
    ids.cdLeader = await userId('cd.leader');
    ids.deputy = await addLeader('jj.leader', 'jj.deputy-leader', '锦江区副区长', true);
    ids.retired = await addLeader('jj.leader', 'jj.retired-leader', '锦江区原区长', false);
  });

  afterAll(() => t.close());

  it('lists the active leaders of the registrar’s own office by name, not those above or disabled', async () => {
    const result = await leadersAs('jj.registrar');
    expect(result.errors).toBeUndefined();
    expect(result.data!.leaders).toEqual([
      { id: ids.deputy, displayName: '锦江区副区长' },
      { id: ids.jjLeader, displayName: '锦江区领导' },
    ]);
  });

  it('a city office sees its own leaders, not the districts’ below it', async () => {
    const result = await leadersAs('cd.handler');
    expect(result.data!.leaders).toEqual([{ id: ids.cdLeader, displayName: '成都市领导' }]);
  });

  it('an office without leaders gets an empty list', async () => {
    expect((await leadersAs('wh.registrar')).data!.leaders).toEqual([]);
  });

  it('is refused to a role that never names a leader', async () => {
    const result = await leadersAs('jj.assessor');
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('is bound by row-level security: an office outside the context’s subtree yields nobody', async () => {
    const chengdu = await tenantIdOf(t.admin, '510100');
    // The id names Chengdu while the path is Jinjiang's: the policy, not the WHERE clause, must stop it.
    const ctx: TenantContext = {
      userId: null,
      username: 'test',
      tenantId: chengdu,
      tenantPath: '510000.510100.510104',
      unitId: null,
      roles: [Role.REGISTRAR],
      requestId: `test-${randomUUID()}`,
    };
    expect(await t.app.get(DirectoryService).leaders(ctx)).toEqual([]);
  });
});
