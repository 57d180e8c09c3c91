import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

const BACKLOG = 'open bigint, person_times bigint, overdue bigint, long_pending bigint';

/**
 * The backlog (积存) on a day: cases registered by then whose handling had not ended by then
 * (`finished_on` is the day the handling ended: declined, decided, lapsed or closed), with those
 * past their deadline and those pending more than 90 days. On the same two bases as `case_counts`:
 * the offices' holdings under row-level security, or the problem jurisdiction (aggregates only,
 * run as the owner, refused for a path outside the caller's subtree or a unit-scoped caller).
 */
export class CaseBacklog1767000000550 implements MigrationInterface {
  name = 'CaseBacklog1767000000550';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION cases.case_backlog(p_as_of date, p_problem_path ltree, p_office_path ltree DEFAULT NULL)
         RETURNS TABLE (${BACKLOG})
         LANGUAGE sql STABLE SECURITY INVOKER SET search_path = cases, core, public, pg_temp AS $$
         SELECT count(*), coalesce(sum(c.person_count), 0),
                count(*) FILTER (WHERE c.deadline < p_as_of),
                count(*) FILTER (WHERE c.registered_on < p_as_of - 90)
           FROM cases.cases c
          WHERE c.registered_on <= p_as_of
            AND (c.finished_on IS NULL OR c.finished_on > p_as_of)
            AND (p_problem_path IS NULL OR c.problem_jurisdiction_path <@ p_problem_path)
            AND (p_office_path IS NULL OR c.tenant_path <@ p_office_path)
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_backlog(date, ltree, ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_backlog(date, ltree, ltree) TO ${APP_DB_ROLE}`,

      `CREATE FUNCTION cases.case_backlog_by_problem_jurisdiction(p_as_of date, p_path ltree DEFAULT NULL)
         RETURNS TABLE (${BACKLOG})
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, core, public, pg_temp AS $$
         SELECT * FROM cases.case_backlog(p_as_of, coalesce(p_path, core.current_tenant_path()))
          WHERE core.current_scope_unit() IS NULL AND coalesce(p_path, core.current_tenant_path()) <@ core.current_tenant_path()
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_backlog_by_problem_jurisdiction(date, ltree) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_backlog_by_problem_jurisdiction(date, ltree) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP FUNCTION cases.case_backlog_by_problem_jurisdiction(date, ltree)`, `DROP FUNCTION cases.case_backlog(date, ltree, ltree)`]);
  }
}
