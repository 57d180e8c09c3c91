import { Injectable } from '@nestjs/common';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import type { AssessedJurisdiction } from './dto/assessed-jurisdiction.type.js';
import { JurisdictionStore } from './jurisdiction.store.js';

@Injectable()
export class JurisdictionQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly jurisdictions: JurisdictionStore,
  ) {}

  /**
   * 考核对象: the jurisdictions one level below a tenant, by division code. The tenant itself must
   * be visible too, so that a tenant outside the caller's subtree lists nothing, not even the
   * caller's own jurisdiction.
   */
  assessedJurisdictions(ctx: TenantContext, tenantId: string): Promise<AssessedJurisdiction[]> {
    return this.transactions.run(ctx, async (em) => {
      const children = await this.jurisdictions.children(em, tenantId);
      return children.map((child) => ({ id: child.tenantId, code: child.code, name: child.name, level: child.level }));
    });
  }
}
