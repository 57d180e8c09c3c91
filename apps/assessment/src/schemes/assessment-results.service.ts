import { Injectable } from '@nestjs/common';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { ASSESSMENT_SCHEMA } from '../database.js';
import { periodRange } from './domain/index.js';
import type { AssessmentPeriodInput } from './dto/scheme.inputs.js';
import type { AssessmentResultView } from './dto/scheme.types.js';
import { periodOf } from './scheme-mapping.js';

/** A tenant's published results (its lines of the snapshots of the schemes that assessed it). */
@Injectable()
export class AssessmentResults {
  constructor(private readonly transactions: TenantTransactions) {}

  of(ctx: TenantContext, tenantId: string, period: AssessmentPeriodInput): Promise<AssessmentResultView[]> {
    const { start, end } = periodRange(periodOf(period));
    return this.transactions.run(ctx, (em) =>
      em.query(
        `SELECT scheme_id AS "schemeId", scheme_name AS "schemeName", assessing_tenant_id AS "assessingTenantId", period_from::text AS "periodFrom",
                period_to::text AS "periodTo", total::float8 AS total, rank, of_count AS "of", grade, published_at AS "publishedAt", items
           FROM ${ASSESSMENT_SCHEMA}.snapshot_results
          WHERE tenant_id = $1 AND period_from <= $3 AND period_to >= $2
          ORDER BY period_from DESC, scheme_name`,
        [tenantId, start, end],
      ),
    );
  }
}
