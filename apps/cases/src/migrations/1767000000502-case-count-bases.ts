import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

const COUNTS = `key text, batches bigint, person_times bigint,
  reviews bigint, reviews_upheld bigint, reviews_changed bigint, reviews_revoked bigint,
  reexaminations bigint, reexaminations_upheld bigint, reexaminations_changed bigint, reexaminations_revoked bigint`;

/**
 * Case statistics on two named bases, computed by one query:
 * - by handling office: what the caller's subtree holds, under the caller's row-level security
 *   (`case_counts` is SECURITY INVOKER);
 * - by problem jurisdiction: the cases whose problem lies in the caller's subtree, as the
 *   assessment counts them, even those an office above holds. The caller cannot see those rows,
 *   so `case_counts_by_problem_jurisdiction` runs as the owner and returns only the aggregates of
 *   the caller's own subtree (taken from its context, not from an argument); a unit-scoped user,
 *   who sees only the unit's cases, gets nothing from it.
 */
export class CaseCountBases1767000000502 implements MigrationInterface {
  name = 'CaseCountBases1767000000502';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION cases.case_counts(p_from date, p_to date, p_grouping text, p_problem_path ltree)
         RETURNS TABLE (${COUNTS})
         LANGUAGE sql STABLE SECURITY INVOKER SET search_path = cases, core, public, pg_temp AS $$
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
          CROSS JOIN LATERAL (SELECT CASE p_grouping
                  WHEN 'CHANNEL' THEN c.channel
                  WHEN 'KIND' THEN c.kind
                  WHEN 'STATE' THEN c.state
                  WHEN 'CATEGORY' THEN (SELECT coalesce(cat.parent_id, cat.id)::text FROM cases.categories cat WHERE cat.id = c.category_id)
                  -- the direct child of the caller's tenant the problem lies in
                  WHEN 'CHILD_JURISDICTION' THEN subpath(c.problem_jurisdiction_path, 0, nlevel(core.current_tenant_path()) + 1)::text
                END AS key) g
          WHERE c.registered_on BETWEEN p_from AND p_to
            AND (p_problem_path IS NULL OR c.problem_jurisdiction_path <@ p_problem_path)
            -- the caller's own tenant as problem jurisdiction belongs to no child
            AND (p_grouping <> 'CHILD_JURISDICTION' OR nlevel(c.problem_jurisdiction_path) > nlevel(core.current_tenant_path()))
          GROUP BY 1
          ORDER BY 2 DESC, 1
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_counts(date, date, text, ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_counts(date, date, text, ltree) TO ${APP_DB_ROLE}`,

      `CREATE FUNCTION cases.case_counts_by_problem_jurisdiction(p_from date, p_to date, p_grouping text)
         RETURNS TABLE (${COUNTS})
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, core, public, pg_temp AS $$
         SELECT * FROM cases.case_counts(p_from, p_to, p_grouping, core.current_tenant_path())
          WHERE core.current_scope_unit() IS NULL
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION cases.case_counts_by_problem_jurisdiction(date, date, text)`,
      `DROP FUNCTION cases.case_counts(date, date, text, ltree)`,
    ]);
  }
}
