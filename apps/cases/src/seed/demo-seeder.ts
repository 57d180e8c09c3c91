import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { TenantEntity, UnitEntity, type TenantLevel } from '#common/directory';
import { DirectoryService } from '../directory/directory.service.js';
import { seedCategoryTree } from '../categories/category-seed.js';
import { DEMO_PROVINCE, demoAccounts, demoUnitsOf, type DemoTenant } from './demo-province.js';

/**
 * Seeds the demo province through the directory service, so the seed produces the same audit
 * rows and events as an administrator would. Idempotent: what exists is left alone.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly directory: DirectoryService,
    private readonly transactions: TenantTransactions,
  ) {}

  async seed(): Promise<{ tenants: number; units: number; users: number; categories: number }> {
    const created = { tenants: 0, units: 0, users: 0, categories: 0 };
    const provinceCtx = provisioningContext('', DEMO_PROVINCE.code);
    let province = await this.findTenant(provinceCtx, DEMO_PROVINCE.code);
    if (!province) {
      province = await this.directory.establishProvince(provinceCtx, DEMO_PROVINCE.code, DEMO_PROVINCE.name);
      created.tenants++;
    }
    const ctx = provisioningContext(province.id, province.path);
    const root = { id: province.id, path: province.path };
    created.categories = await this.transactions.run(ctx, (em) => seedCategoryTree(em, root));
    const byCode = new Map<string, TenantEntity>([[province.code, province]]);
    const walk = async (parent: TenantEntity, children: DemoTenant[]) => {
      for (const child of children) {
        let tenant = await this.findTenant(ctx, child.code);
        if (!tenant) {
          tenant = await this.directory.createTenant(ctx, { parentId: parent.id, code: child.code, name: child.name, level: child.level });
          created.tenants++;
        }
        byCode.set(tenant.code, tenant);
        await walk(tenant, child.children ?? []);
      }
    };
    await walk(province, DEMO_PROVINCE.children ?? []);

    for (const tenant of byCode.values()) {
      const existing = new Set((await this.unitsOf(ctx, tenant.id)).map((unit) => unit.name));
      for (const unit of demoUnitsOf(tenant.level as TenantLevel)) {
        if (existing.has(unit.name)) continue;
        await this.directory.createUnit(ctx, { tenantId: tenant.id, ...unit });
        created.units++;
      }
    }

    for (const account of demoAccounts()) {
      if (await this.usernameTaken(ctx, account.username)) continue;
      const tenant = byCode.get(account.tenantCode)!;
      const unit = account.unitName ? (await this.unitsOf(ctx, tenant.id)).find((u) => u.name === account.unitName) : undefined;
      await this.directory.createUser(ctx, {
        tenantId: tenant.id,
        unitId: unit?.id ?? null,
        username: account.username,
        displayName: account.displayName,
        password: account.password,
        roles: account.roles,
      });
      created.users++;
    }
    this.logger.log(`demo province: ${created.tenants} tenants, ${created.units} units, ${created.users} users, ${created.categories} categories created`);
    return created;
  }

  private findTenant(ctx: TenantContext, code: string): Promise<TenantEntity | null> {
    return this.transactions.run(ctx, (em) => em.getRepository(TenantEntity).findOneBy({ code }));
  }

  private unitsOf(ctx: TenantContext, tenantId: string): Promise<UnitEntity[]> {
    return this.transactions.run(ctx, (em) => em.getRepository(UnitEntity).findBy({ tenantId }));
  }

  private usernameTaken(ctx: TenantContext, username: string): Promise<boolean> {
    return this.transactions.run(ctx, async (em) => (await em.query(`SELECT core.username_taken($1) AS taken`, [username]))[0].taken);
  }
}

/** The provisioning identity acting on the province's whole tree. */
function provisioningContext(tenantId: string, tenantPath: string): TenantContext {
  return { userId: null, username: 'provisioning', tenantId, tenantPath, unitId: null, roles: [], requestId: `seed-${randomUUID()}` };
}
