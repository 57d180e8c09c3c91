import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/** The list filters on channel and kind get their own indexes, in the list's default order. */
export class CaseListIndexes1767000000420 implements MigrationInterface {
  name = 'CaseListIndexes1767000000420';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE INDEX cases_cases_channel ON cases.cases (channel, registered_at DESC)`,
      `CREATE INDEX cases_cases_kind ON cases.cases (kind, registered_at DESC)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP INDEX cases.cases_cases_kind`, `DROP INDEX cases.cases_cases_channel`]);
  }
}
