import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';
import { TENANT_PATH_AS_PLPGSQL } from './1767000000000-directory.js';

/**
 * The caller's tenant path as one SQL expression the planner inlines into every policy, where it was
 * a PL/pgSQL function called for every row a scan checks (~0.35 µs a row more; the township scores'
 * counting statements at a million cases took 221–227 ms with it, 181–192 ms without). Inlined, it
 * still reads the setting for each row but without the call, and the planner still evaluates it
 * while planning, so a province and a county are estimated by their own subtrees. (A sub-select in
 * the policies would be read once per statement, but hide the path from the planner's estimates.)
 * An unset path still raises instead of matching the whole tree (the empty ltree is an ancestor of
 * every path), now from a function called only then.
 */
export class InlineTenantPath1767000000610 implements MigrationInterface {
  name = 'InlineTenantPath1767000000610';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE FUNCTION core.no_tenant_context() RETURNS ltree LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
       BEGIN
         RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
       END $$`,
      `GRANT EXECUTE ON FUNCTION core.no_tenant_context() TO ${APP_DB_ROLE}`,
      `CREATE OR REPLACE FUNCTION core.current_tenant_path() RETURNS ltree LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT coalesce(nullif(current_setting('app.tenant_path', true), '')::ltree, core.no_tenant_context())
       $$`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`CREATE OR REPLACE FUNCTION core.current_tenant_path() ${TENANT_PATH_AS_PLPGSQL}`, `DROP FUNCTION core.no_tenant_context()`]);
  }
}
