import type { EntityManager } from 'typeorm';

/**
 * Sets a case's `deadline` and `deadline_stage` from its open clocks in SQL, for the recomputation
 * job, which moves clocks without loading a case's others: the rule of `earliestOpenClock`.
 */
export async function refreshCaseDeadline(em: EntityManager, tenantId: string, caseId: string): Promise<void> {
  await em.query(
    `UPDATE cases.cases c
        SET deadline = s.deadline, deadline_stage = s.stage
       FROM (SELECT NULL::int AS pad) p
       LEFT JOIN LATERAL (
         SELECT deadline, stage FROM cases.case_stages
          WHERE tenant_id = $1 AND case_id = $2 AND stopped_on IS NULL AND deadline IS NOT NULL
          ORDER BY deadline, stage LIMIT 1
       ) s ON true
      WHERE c.tenant_id = $1 AND c.id = $2`,
    [tenantId, caseId],
  );
}
