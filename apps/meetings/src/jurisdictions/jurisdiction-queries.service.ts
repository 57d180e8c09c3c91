import { Injectable } from '@nestjs/common';
import type { TenantLevel } from '#common/directory';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import type { ConferenceCoverage } from './dto/conference-coverage.type.js';
import { JurisdictionStore } from './jurisdiction.store.js';

@Injectable()
export class JurisdictionQueriesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: JurisdictionStore,
  ) {}

  /**
   * 联席会议覆盖率 of one level within a tenant's subtree. Row-level security applies to the
   * tenant and to the counted jurisdictions alike, so a tenant outside the caller's subtree
   * counts nothing.
   */
  conferenceCoverage(ctx: TenantContext, tenantId: string, level: TenantLevel): Promise<ConferenceCoverage> {
    return this.transactions.run(ctx, async (em) => {
      const counts = await this.store.coverage(em, tenantId, level);
      return {
        level,
        jurisdictions: counts.jurisdictions,
        withConference: counts.withConference,
        rate: counts.jurisdictions === 0 ? null : counts.withConference / counts.jurisdictions,
      };
    });
  }
}
