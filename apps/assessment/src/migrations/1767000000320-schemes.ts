import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, execute, tenantTableSecurity } from '#common/db';

/**
 * Assessment schemes (考核方案): the assessing tenant's scheme for a period, targeting the
 * jurisdictions of one level of its subtree, with its items — each a quantitative indicator (a
 * definition over the facts) or a manual one, with points and a scoring rule. Manual points are
 * entered per target by assessors. Publishing freezes the results into a snapshot (通报), kept
 * as it was published whatever facts come later.
 *
 * The scheme's rows are the assessing tenant's: it and its ancestors see them, the targets see
 * their published results through `Tenant.assessmentResults` (a snapshot row per target).
 */
export class Schemes1767000000320 implements MigrationInterface {
  name = 'Schemes1767000000320';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE assessment.schemes (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         period_kind text NOT NULL CHECK (period_kind IN ('YEAR', 'HALF_YEAR', 'QUARTER', 'RANGE')),
         period_from date NOT NULL,
         period_to date NOT NULL,
         target_level text NOT NULL CHECK (target_level IN ('CITY', 'COUNTY', 'TOWNSHIP')),
         total_points numeric(8, 2) NOT NULL CHECK (total_points > 0),
         -- [{ grade, label, minTotal }], best first
         grade_bands jsonb NOT NULL,
         state text NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
         published_at timestamptz,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         CHECK (period_to >= period_from),
         CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL))
       )`,
      `CREATE INDEX assessment_schemes_tenant ON assessment.schemes (tenant_id, period_from DESC)`,
      ...tenantTableSecurity('assessment.schemes'),

      `CREATE TABLE assessment.scheme_items (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         scheme_id uuid NOT NULL,
         ordinal integer NOT NULL CHECK (ordinal >= 1),
         code text NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         -- QUANTITATIVE, MANUAL, BONUS, DEDUCTION
         kind text NOT NULL,
         points numeric(8, 2) NOT NULL,
         -- the indicator definition (quantitative items), as the user set it
         indicator jsonb,
         -- the scoring rule, with its cap, floor and minimum denominator
         rule jsonb NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (scheme_id, ordinal),
         UNIQUE (scheme_id, code),
         FOREIGN KEY (tenant_id, scheme_id) REFERENCES assessment.schemes (tenant_id, id) ON DELETE CASCADE
       )`,
      ...tenantTableSecurity('assessment.scheme_items', 'SELECT, INSERT, UPDATE, DELETE'),

      `CREATE TABLE assessment.manual_scores (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         scheme_id uuid NOT NULL,
         item_id uuid NOT NULL,
         target_tenant_id uuid NOT NULL,
         points numeric(8, 2) NOT NULL,
         comment text NOT NULL CHECK (char_length(comment) BETWEEN 1 AND 2000),
         evidence text[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence) <= 20),
         assessor_id uuid,
         assessor_name text NOT NULL,
         at timestamptz NOT NULL,
         version integer NOT NULL DEFAULT 1,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (item_id, target_tenant_id),
         FOREIGN KEY (tenant_id, item_id) REFERENCES assessment.scheme_items (tenant_id, id) ON DELETE CASCADE
       )`,
      ...tenantTableSecurity('assessment.manual_scores'),

      // A published result (通报), one per scheme; its rows are never changed.
      `CREATE TABLE assessment.snapshots (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         scheme_id uuid NOT NULL,
         published_at timestamptz NOT NULL,
         published_by text NOT NULL,
         as_of date NOT NULL,
         -- the whole ranking table as computed when published
         results jsonb NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (scheme_id),
         FOREIGN KEY (tenant_id, scheme_id) REFERENCES assessment.schemes (tenant_id, id)
       )`,
      ...tenantTableSecurity('assessment.snapshots', 'SELECT, INSERT'),
      ...appendOnly('assessment.snapshots'),

      // Each target's line of a snapshot, under the target's own path: a target reads its own
      // published results (Tenant.assessmentResults) and nobody else's.
      `CREATE TABLE assessment.snapshot_results (
         tenant_id uuid NOT NULL,
         snapshot_id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         scheme_id uuid NOT NULL,
         scheme_name text NOT NULL,
         assessing_tenant_id uuid NOT NULL,
         period_from date NOT NULL,
         period_to date NOT NULL,
         total numeric(8, 2) NOT NULL,
         rank integer NOT NULL,
         of_count integer NOT NULL,
         grade text NOT NULL,
         items jsonb NOT NULL,
         published_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, snapshot_id)
       )`,
      `CREATE INDEX assessment_snapshot_results_period ON assessment.snapshot_results (tenant_id, period_from, period_to)`,
      ...tenantTableSecurity('assessment.snapshot_results', 'SELECT, INSERT'),
      ...appendOnly('assessment.snapshot_results'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP TABLE assessment.snapshot_results, assessment.snapshots, assessment.manual_scores, assessment.scheme_items, assessment.schemes`,
    ]);
  }
}
