import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

const COUNTS = `key text, batches bigint, person_times bigint,
  reviews bigint, reviews_upheld bigint, reviews_changed bigint, reviews_revoked bigint,
  reexaminations bigint, reexaminations_upheld bigint, reexaminations_changed bigint, reexaminations_revoked bigint`;

/**
 * Case statistics of a jurisdiction below the caller's office and by month of registration:
 * - `case_counts` takes the office whose holdings are counted (`p_office_path`, a subtree of the
 *   caller's under row-level security anyway), and groups children and months relative to the
 *   jurisdiction counted rather than to the caller's tenant;
 * - `case_counts_by_problem_jurisdiction` takes the problem jurisdiction, refused (no rows) unless
 *   it lies in the caller's subtree, as it runs as the owner;
 * - an index on the registration date, the one condition every statistics scan has.
 */
export class CaseStatisticsScopes1767000000545 implements MigrationInterface {
  name = 'CaseStatisticsScopes1767000000545';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text)`,
      `DROP FUNCTION cases.case_counts(date, date, text, ltree)`,
      `CREATE FUNCTION cases.case_counts(p_from date, p_to date, p_grouping text, p_problem_path ltree, p_office_path ltree DEFAULT NULL)
         RETURNS TABLE (${COUNTS})
         LANGUAGE sql STABLE SECURITY INVOKER SET search_path = cases, core, public, pg_temp AS $$
         WITH base AS (SELECT coalesce(p_problem_path, p_office_path, core.current_tenant_path()) AS path)
         SELECT g.key, count(*), sum(c.person_count),
                count(*) FILTER (WHERE c.review_tenant_id IS NOT NULL),
                count(*) FILTER (WHERE c.review_result = 'UPHELD'),
                count(*) FILTER (WHERE c.review_result = 'CHANGED'),
                count(*) FILTER (WHERE c.review_result = 'REVOKED'),
                count(*) FILTER (WHERE c.state = 'IN_REEXAMINATION' OR c.reexamination_result IS NOT NULL),
                count(*) FILTER (WHERE c.reexamination_result = 'UPHELD'),
                count(*) FILTER (WHERE c.reexamination_result = 'CHANGED'),
                count(*) FILTER (WHERE c.reexamination_result = 'REVOKED')
           FROM cases.cases c
          CROSS JOIN base b
          CROSS JOIN LATERAL (SELECT CASE p_grouping
                  WHEN 'CHANNEL' THEN c.channel
                  WHEN 'KIND' THEN c.kind
                  WHEN 'STATE' THEN c.state
                  WHEN 'CATEGORY' THEN (SELECT coalesce(cat.parent_id, cat.id)::text FROM cases.categories cat WHERE cat.id = c.category_id)
                  WHEN 'MONTH' THEN to_char(c.registered_on, 'YYYY-MM')
                  -- the direct child of the counted jurisdiction the problem lies in
                  WHEN 'CHILD_JURISDICTION' THEN subpath(c.problem_jurisdiction_path, 0, nlevel(b.path) + 1)::text
                END AS key) g
          WHERE c.registered_on BETWEEN p_from AND p_to
            AND (p_problem_path IS NULL OR c.problem_jurisdiction_path <@ p_problem_path)
            AND (p_office_path IS NULL OR c.tenant_path <@ p_office_path)
            -- the counted jurisdiction itself as problem jurisdiction belongs to no child
            AND (p_grouping <> 'CHILD_JURISDICTION' OR (c.problem_jurisdiction_path <@ b.path AND nlevel(c.problem_jurisdiction_path) > nlevel(b.path)))
          GROUP BY 1
          ORDER BY 2 DESC, 1
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_counts(date, date, text, ltree, ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_counts(date, date, text, ltree, ltree) TO ${APP_DB_ROLE}`,

      `CREATE FUNCTION cases.case_counts_by_problem_jurisdiction(p_from date, p_to date, p_grouping text, p_path ltree DEFAULT NULL)
         RETURNS TABLE (${COUNTS})
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, core, public, pg_temp AS $$
         SELECT * FROM cases.case_counts(p_from, p_to, p_grouping, coalesce(p_path, core.current_tenant_path()))
          WHERE core.current_scope_unit() IS NULL AND coalesce(p_path, core.current_tenant_path()) <@ core.current_tenant_path()
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text, ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text, ltree) TO ${APP_DB_ROLE}`,

      `CREATE INDEX cases_cases_registered_on ON cases.cases (registered_on)`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP INDEX cases.cases_cases_registered_on`,
      `DROP FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text, ltree)`,
      `DROP FUNCTION cases.case_counts(date, date, text, ltree, ltree)`,
    ]);
  }
}
