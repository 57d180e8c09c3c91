import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Role } from '#common/auth';
import { TenantLevel } from '#common/directory';
import { DEMO_PROVINCE, demoAccounts, demoUnitsOf, type DemoTenant } from '../demo-province.js';
import { childTenantProblem } from '../../directory/domain/division-code.js';

const fixture = JSON.parse(readFileSync(new URL('../../../../../test/fixtures/demo-accounts.json', import.meta.url), 'utf8'));

function flatten(tenant: DemoTenant): DemoTenant[] {
  return [tenant, ...(tenant.children ?? []).flatMap(flatten)];
}

describe('the demo province', () => {
  const tenants = flatten(DEMO_PROVINCE);

  it('has 3 cities with 2 counties each and 2 townships per county', () => {
    const count = (level: TenantLevel) => tenants.filter((t) => t.level === level).length;
    expect([count(TenantLevel.PROVINCE), count(TenantLevel.CITY), count(TenantLevel.COUNTY), count(TenantLevel.TOWNSHIP)]).toEqual([1, 3, 6, 12]);
  });

  it('uses division codes that the directory accepts', () => {
    const check = (parent: DemoTenant) => {
      for (const child of parent.children ?? []) {
        expect(childTenantProblem(parent, child.level, child.code)).toBeNull();
        check(child);
      }
    };
    check(DEMO_PROVINCE);
  });

  it('has every role at the province, a city and a county, each account in an existing tenant and unit', () => {
    const accounts = demoAccounts();
    for (const code of ['510000', '510100', '510104']) {
      const roles = accounts.filter((a) => a.tenantCode === code).flatMap((a) => a.roles);
      expect(new Set(roles)).toEqual(new Set(Object.values(Role)));
    }
    for (const account of accounts) {
      const tenant = tenants.find((t) => t.code === account.tenantCode);
      expect(tenant?.name).toBe(account.tenantName);
      if (account.unitName) expect(demoUnitsOf(tenant!.level).map((u) => u.name)).toContain(account.unitName);
    }
    expect(new Set(accounts.map((a) => a.username)).size).toBe(accounts.length);
  });

  it('is listed exactly in test/fixtures/demo-accounts.json', () => {
    const listed = demoAccounts().map(({ username, password, tenantCode, tenantName, roles, unitName }) => ({
      username,
      password,
      tenantCode,
      tenantName,
      roles,
      unitName,
    }));
    expect(fixture).toEqual(listed);
  });
});
