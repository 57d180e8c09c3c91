import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';
import { FACT_TABLES } from './1767000000310-facts.js';
import { COUNT_TABLES } from './1767000000350-case-fact-rollups.js';

/** The read policies of the facts and of the case counts, each with its name. */
const READ_POLICIES = [
  ...FACT_TABLES.map((table) => ({ table, policy: 'fact_read' })),
  ...Object.values(COUNT_TABLES).map((table) => ({ table, policy: 'count_read' })),
];

const alterReads = (using: string) => READ_POLICIES.map(({ table, policy }) => `ALTER POLICY ${policy} ON assessment.${table} USING (${using})`);

/**
 * The facts' and the counts' read policies take the tenant path and the writer's flag from
 * sub-selects, which PostgreSQL evaluates once per statement; inlined, they were read and the path
 * parsed again for every row a scan checked. The scores read tens of thousands of count and fact
 * rows a computation (at a million cases the township's two counting statements took 187 ms, 158
 * with the sub-selects). Unlike the case tables, whose lists rely on the policy to estimate a
 * subtree, every statement on these tables states its subtree itself (`f.tenant_path <@ $1`), so
 * the planner loses nothing by not seeing the policy's path.
 */
export class FactReadsPathOnce1767000000370 implements MigrationInterface {
  name = 'FactReadsPathOnce1767000000370';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, alterReads('tenant_path <@ (SELECT core.current_tenant_path()) OR (SELECT assessment.is_fact_writer())'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, alterReads('tenant_path <@ core.current_tenant_path() OR assessment.is_fact_writer()'));
  }
}
