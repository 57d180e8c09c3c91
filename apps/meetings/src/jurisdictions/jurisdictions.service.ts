import { Injectable } from '@nestjs/common';
import type { TenantLevel } from '#common/directory';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { MEETINGS_SCHEMA } from '../database.js';
import type { ConferenceCoverage } from './dto/conference-coverage.type.js';

@Injectable()
export class JurisdictionsService {
  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * 联席会议覆盖率 of one level within a tenant's subtree. Row-level security applies to the
   * tenant and to the counted jurisdictions alike, so a tenant outside the caller's subtree
   * counts nothing.
   */
  conferenceCoverage(ctx: TenantContext, tenantId: string, level: TenantLevel): Promise<ConferenceCoverage> {
    return this.transactions.run(ctx, async (em) => {
      const [counts]: { jurisdictions: number; with_conference: number }[] = await em.query(
        `SELECT count(j.tenant_id)::int AS jurisdictions,
                count(j.tenant_id) FILTER (WHERE j.has_conference)::int AS with_conference
           FROM ${MEETINGS_SCHEMA}.jurisdictions t
           JOIN ${MEETINGS_SCHEMA}.jurisdictions j ON j.tenant_path <@ t.tenant_path
          WHERE t.tenant_id = $1 AND j.level = $2`,
        [tenantId, level],
      );
      return {
        level,
        jurisdictions: counts.jurisdictions,
        withConference: counts.with_conference,
        rate: counts.jurisdictions === 0 ? null : counts.with_conference / counts.jurisdictions,
      };
    });
  }
}
