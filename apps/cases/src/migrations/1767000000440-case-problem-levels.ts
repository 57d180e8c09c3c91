import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

const LEVELS = [
  ['problem_city', 2],
  ['problem_county', 3],
  ['problem_township', 4],
] as const;

/**
 * "The cases of this county, newest first" must not read and sort the county's whole history: the
 * GiST index finds the subtree but gives no order. The problem jurisdiction's city, county and
 * township codes as columns, each indexed with the list's order, let the page stop after 20 rows.
 * Plain text equality also passes row-level security's leakproof test, which ltree's would not.
 */
export class CaseProblemLevels1767000000440 implements MigrationInterface {
  name = 'CaseProblemLevels1767000000440';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.cases ${LEVELS.map(
        ([column, level]) =>
          `ADD COLUMN ${column} text GENERATED ALWAYS AS (CASE WHEN nlevel(problem_jurisdiction_path) >= ${level} THEN ltree2text(subpath(problem_jurisdiction_path, ${level - 1}, 1)) END) STORED`,
      ).join(', ')}`,
      ...LEVELS.map(([column]) => `CREATE INDEX cases_cases_${column} ON cases.cases (${column}, registered_at DESC, id DESC) WHERE ${column} IS NOT NULL`),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`ALTER TABLE cases.cases ${LEVELS.map(([column]) => `DROP COLUMN ${column}`).join(', ')}`]);
  }
}
