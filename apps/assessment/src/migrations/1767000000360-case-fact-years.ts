import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';
import { countTable, rollUpCaseFacts, rollUpFunction, signedFacts } from './1767000000350-case-fact-rollups.js';

/**
 * The case counts per year as well (`assessment.case_fact_years`, a row on each year's first day),
 * kept by the same trigger as the day and month rows: the days before a period — all of them, for
 * the backlog's denominator — are then some two rows per jurisdiction instead of one per month
 * (45,711 month rows before 2026 at a million cases, 6,586 year rows). Filled here for the facts held.
 */
export class CaseFactYears1767000000360 implements MigrationInterface {
  name = 'CaseFactYears1767000000360';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      ...countTable('case_fact_years'),
      rollUpFunction(['day', 'month', 'year']),
      ...rollUpCaseFacts(signedFacts(1, 'assessment.case_facts'), ['year']),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [rollUpFunction(['day', 'month']), `DROP TABLE assessment.case_fact_years`]);
  }
}
