import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '#common/auth';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { graphql } from '#test/gql/index.js';
import { errorCode, gql, login } from '#test/helpers/graphql-client.js';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CategoryService } from '../category.service.js';
import { seedCategoryTree } from '../category-seed.js';

const LIST = graphql(`
  query CategoriesSpecList($all: Boolean) {
    categories(includeInactive: $all) {
      id
      parentId
      code
      name
      fullName
      depth
      ordinal
      active
      usable
      version
    }
  }
`);
const CREATE = graphql(`
  mutation CategoriesSpecCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      parentId
      code
      name
      fullName
      depth
      ordinal
      active
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation CategoriesSpecUpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      id
      name
      fullName
      ordinal
      active
      version
    }
  }
`);

describe('categories (内容分类)', () => {
  let t: CasesTestApp;
  let provinceAdmin: string;
  let cityAdmin: string;
  let countyRegistrar: string;
  let provinceRegistrar: string;

  const count = async () => (await t.admin.query('SELECT count(*)::int AS n FROM cases.categories')).rows[0].n as number;
  const idOf = async (code: string) => (await t.admin.query('SELECT id FROM cases.categories WHERE code = $1', [code])).rows[0].id as string;
  const list = async (token: string, all = false) => (await gql(t.server, LIST, { all }, token)).data!.categories;

  beforeAll(async () => {
    t = await startCasesApp();
    provinceAdmin = await login(t.server, 'sc.tenant-admin');
    cityAdmin = await login(t.server, 'cd.tenant-admin');
    countyRegistrar = await login(t.server, 'jj.registrar');
    provinceRegistrar = await login(t.server, 'sc.registrar');
  });

  afterAll(() => t.close());

  it('the demo province has the standard tree, which a county reads as its province does', async () => {
    const county = await list(countyRegistrar);
    expect(county.slice(0, 5).map((c) => [c.code, c.fullName, c.depth])).toEqual([
      ['URBAN_RURAL_CONSTRUCTION', '城乡建设', 0],
      ['HOUSING_EXPROPRIATION', '城乡建设/房屋征收', 1],
      ['PROPERTY_MANAGEMENT', '城乡建设/物业管理', 1],
      ['HOUSING_SECURITY', '城乡建设/住房保障', 1],
      ['REAL_ESTATE', '城乡建设/房地产开发与交易', 1],
    ]);
    expect(county.filter((c) => c.depth === 0)).toHaveLength(14);
    expect(county.at(-1)).toMatchObject({ code: 'OTHER', fullName: '其他', parentId: null, active: true, usable: true, version: 1 });
    expect(await list(provinceRegistrar)).toEqual(county);
    const rows = await t.admin.query(`SELECT DISTINCT tenant_path::text AS path FROM cases.categories`);
    expect(rows.rows).toEqual([{ path: '510000' }]);
  });

  it('seeding again creates nothing', async () => {
    const before = await count();
    const provinceId = await tenantIdOf(t.admin, '510000');
    const created = await t.app.get(TenantTransactions).run(contextOf(provinceId, '510000'), (em) => seedCategoryTree(em, { id: provinceId, path: '510000' }));
    expect(created).toBe(0);
    expect(await count()).toBe(before);
  });

  it('a province administrator adds a category under a parent, numbered after its siblings, and it is audited', async () => {
    const parentId = await idOf('URBAN_RURAL_CONSTRUCTION');
    const result = await gql(t.server, CREATE, { input: { parentId, code: 'OLD_COMMUNITY_RENOVATION', name: '老旧小区改造' } }, provinceAdmin);
    expect(result.data!.createCategory).toMatchObject({
      parentId,
      code: 'OLD_COMMUNITY_RENOVATION',
      fullName: '城乡建设/老旧小区改造',
      depth: 1,
      ordinal: 50,
      active: true,
      version: 1,
    });
    const codes = (await list(countyRegistrar)).map((c) => c.code);
    expect(codes.indexOf('OLD_COMMUNITY_RENOVATION')).toBe(codes.indexOf('REAL_ESTATE') + 1);
    const audited = await t.admin.query(
      `SELECT action, actor_name, tenant_path::text AS path FROM cases.audit_log WHERE entity = 'category' AND entity_id = $1`,
      [result.data!.createCategory.id],
    );
    expect(audited.rows).toEqual([{ action: 'category.created', actor_name: 'sc.tenant-admin', path: '510000' }]);
  });

  it('a top-level category goes last unless an ordinal is given', async () => {
    const result = await gql(t.server, CREATE, { input: { code: 'PUBLIC_SAFETY', name: '公共安全' } }, provinceAdmin);
    expect(result.data!.createCategory).toMatchObject({ parentId: null, depth: 0, ordinal: 150, fullName: '公共安全' });
  });

  it('refuses a duplicate code with CONFLICT and writes nothing', async () => {
    const before = await count();
    const result = await gql(t.server, CREATE, { input: { code: 'WAGE_ARREARS', name: '重复' } }, provinceAdmin);
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await count()).toBe(before);
  });

  it('refuses malformed input and an unknown parent, writing nothing', async () => {
    const before = await count();
    expect(errorCode(await gql(t.server, CREATE, { input: { code: 'lower_case', name: '小写' } }, provinceAdmin))).toBe('VALIDATION');
    expect(errorCode(await gql(t.server, CREATE, { input: { code: 'SLASHED', name: '甲/乙' } }, provinceAdmin))).toBe('VALIDATION');
    expect(errorCode(await gql(t.server, CREATE, { input: { parentId: randomUUID(), code: 'ORPHAN', name: '孤儿' } }, provinceAdmin))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('a city administrator may not change the tree (FORBIDDEN), nor may a registrar, and nothing is written', async () => {
    const before = await t.admin.query('SELECT id, name, version FROM cases.categories ORDER BY id');
    const id = await idOf('EDUCATION');
    for (const token of [cityAdmin, provinceRegistrar]) {
      expect(errorCode(await gql(t.server, CREATE, { input: { code: 'CITY_OWN', name: '本市分类' } }, token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.server, UPDATE, { input: { id, name: '改名', version: 1 } }, token))).toBe('FORBIDDEN');
    }
    expect((await t.admin.query('SELECT id, name, version FROM cases.categories ORDER BY id')).rows).toEqual(before.rows);
  });

  it('renames with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const id = await idOf('TRANSPORT');
    const renamed = await gql(t.server, UPDATE, { input: { id, name: '交通运输与邮政', version: 1 } }, provinceAdmin);
    expect(renamed.data!.updateCategory).toEqual({ id, name: '交通运输与邮政', fullName: '交通运输与邮政', ordinal: 110, active: true, version: 2 });
    const child = (await list(countyRegistrar)).find((c) => c.code === 'ROAD_CONSTRUCTION')!;
    expect(child.fullName).toBe('交通运输与邮政/道路建设');

    const stale = await gql(t.server, UPDATE, { input: { id, name: '旧版本的修改', version: 1 } }, provinceAdmin);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await t.admin.query('SELECT name, version FROM cases.categories WHERE id = $1', [id])).rows).toEqual([{ name: '交通运输与邮政', version: 2 }]);
    const audited = await t.admin.query(`SELECT before, after FROM cases.audit_log WHERE action = 'category.updated' AND entity_id = $1`, [id]);
    expect(audited.rows).toEqual([{ before: { name: '交通运输', ordinal: 110, active: true }, after: { name: '交通运输与邮政' } }]);
  });

  it('an unknown category cannot be updated', async () => {
    expect(errorCode(await gql(t.server, UPDATE, { input: { id: randomUUID(), name: '无', version: 1 } }, provinceAdmin))).toBe('NOT_FOUND');
  });

  describe('deactivating a category', () => {
    let healthId: string;

    beforeAll(async () => {
      healthId = await idOf('HEALTH');
      const result = await gql(t.server, UPDATE, { input: { id: healthId, active: false, version: 1 } }, provinceAdmin);
      expect(result.data!.updateCategory).toMatchObject({ active: false, version: 2 });
    });

    it('hides it and its subtree from the default list, but not from the full one', async () => {
      const usable = (await list(countyRegistrar)).map((c) => c.code);
      expect(usable).not.toContain('HEALTH');
      expect(usable).not.toContain('MEDICAL_DISPUTES');
      const all = await list(countyRegistrar, true);
      expect(all.find((c) => c.code === 'HEALTH')).toMatchObject({ active: false, usable: false });
      expect(all.find((c) => c.code === 'MEDICAL_DISPUTES')).toMatchObject({ active: true, usable: false, fullName: '卫生健康/医疗纠纷' });
    });

    describe('requireUsable, as case registration calls it', () => {
      const requireUsable = async (tenantCode: string, tenantPath: string, categoryId: string) => {
        const ctx = contextOf(await tenantIdOf(t.admin, tenantCode), tenantPath);
        return t.app.get(TenantTransactions).run(ctx, (em) => t.app.get(CategoryService).requireUsable(em, categoryId));
      };

      it('accepts an active category of the province tree from a county below it', async () => {
        const id = await idOf('WAGE_ARREARS');
        await expect(requireUsable('510104', '510000.510100.510104', id)).resolves.toBeUndefined();
      });

      it('refuses an inactive category, a child of one, an unknown id and a malformed id', async () => {
        for (const id of [healthId, await idOf('MEDICAL_DISPUTES'), randomUUID(), 'not-a-uuid']) {
          await expect(requireUsable('510104', '510000.510100.510104', id)).rejects.toMatchObject({
            message: '内容分类不存在或已停用',
            extensions: { code: 'VALIDATION' },
          });
        }
      });

      it("refuses another province's category", async () => {
        const other = randomUUID();
        await t.admin.query(`INSERT INTO core.tenants (id, code, name, level, parent_id, path) VALUES ($1, '520000', '贵州省', 'PROVINCE', NULL, '520000')`, [
          other,
        ]);
        const categoryId = randomUUID();
        await t.admin.query(`INSERT INTO cases.categories (tenant_id, id, tenant_path, code, name) VALUES ($1, $2, '520000', 'GZ_ONLY', '贵州分类')`, [
          other,
          categoryId,
        ]);
        await expect(requireUsable('510104', '510000.510100.510104', categoryId)).rejects.toMatchObject({ extensions: { code: 'VALIDATION' } });
        expect((await list(countyRegistrar, true)).map((c) => c.code)).not.toContain('GZ_ONLY');
      });
    });
  });
});

function contextOf(tenantId: string, tenantPath: string): TenantContext {
  return { userId: null, username: 'test', tenantId, tenantPath, unitId: null, roles: [Role.REGISTRAR], requestId: `test-${randomUUID()}` };
}
