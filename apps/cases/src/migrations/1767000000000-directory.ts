import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute, tenantTableSecurity } from '#common/db';

/** The caller's tenant path as this migration defined it (migration 1767000000610 inlines it). */
export const TENANT_PATH_AS_PLPGSQL = `RETURNS ltree LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
       DECLARE
         path text := current_setting('app.tenant_path', true);
       BEGIN
         IF path IS NULL OR path = '' THEN
           RAISE EXCEPTION 'tenant context is not set' USING ERRCODE = '42501';
         END IF;
         RETURN path::ltree;
       END $$`;

/**
 * The directory (schema `core`): tenants, units, users, and the functions every service's
 * row-level security policies call.
 */
export class Directory1767000000000 implements MigrationInterface {
  name = 'Directory1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE EXTENSION IF NOT EXISTS ltree`,
      // Row-level security only lets the planner use statistics for leakproof operators; without
      // this a province's subtree is estimated like a county's and pages sort the whole subtree.
      // The ancestry tests compare two paths and raise nothing, so they leak nothing. Needs a
      // superuser: where there is none (managed services) queries stay correct, only slower.
      `DO $$ BEGIN
         ALTER FUNCTION ltree_risparent(ltree, ltree) LEAKPROOF;
         ALTER FUNCTION ltree_isparent(ltree, ltree) LEAKPROOF;
       EXCEPTION WHEN insufficient_privilege THEN
         RAISE WARNING 'ltree ancestry operators left non-leakproof: subtree queries will plan without statistics';
       END $$`,
      // Roles are cluster-wide, so another database on the same server may have created it.
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_DB_ROLE}') THEN
           CREATE ROLE ${APP_DB_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
         END IF;
       END $$`,
      `CREATE SCHEMA core`,
      `GRANT USAGE ON SCHEMA core TO ${APP_DB_ROLE}`,

      // No context means no rows: an unset path raises instead of matching the whole tree
      // (the empty ltree is an ancestor of every path).
      `CREATE FUNCTION core.current_tenant_path() ${TENANT_PATH_AS_PLPGSQL}`,
      `CREATE FUNCTION core.current_unit_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT nullif(current_setting('app.unit_id', true), '')::uuid
       $$`,
      `CREATE FUNCTION core.is_system() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT coalesce(current_setting('app.system', true), '') = 'on'
       $$`,
      `CREATE FUNCTION core.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
       END $$`,

      `CREATE TYPE core.tenant_level AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')`,
      `CREATE TABLE core.tenants (
         id uuid PRIMARY KEY,
         code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         level core.tenant_level NOT NULL,
         parent_id uuid REFERENCES core.tenants (id),
         path ltree NOT NULL UNIQUE,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         CHECK ((parent_id IS NULL) = (level = 'PROVINCE')),
         CHECK (subpath(path, -1)::text = code)
       )`,
      `CREATE INDEX core_tenants_path_gist ON core.tenants USING gist (path)`,
      `CREATE INDEX core_tenants_parent ON core.tenants (parent_id)`,
      `ALTER TABLE core.tenants ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE core.tenants FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY tenant_subtree ON core.tenants
         USING (path <@ core.current_tenant_path()) WITH CHECK (path <@ core.current_tenant_path())`,
      `GRANT SELECT, INSERT, UPDATE ON core.tenants TO ${APP_DB_ROLE}`,

      `CREATE TYPE core.unit_kind AS ENUM ('PETITION_BUREAU', 'COMPETENT_BODY', 'CONFERENCE_OFFICE', 'OUTSIDE_BODY')`,
      `CREATE TABLE core.units (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
         kind core.unit_kind NOT NULL,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (tenant_id, name)
       )`,
      ...tenantTableSecurity('core.units'),

      `CREATE TABLE core.users (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         id uuid NOT NULL,
         tenant_path ltree NOT NULL,
         unit_id uuid,
         username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9_.-]{3,64}$'),
         display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 100),
         roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
           'REGISTRAR', 'HANDLER', 'LEADER', 'SUPERVISOR', 'CONFERENCE_OFFICE', 'MEMBER_UNIT', 'ASSESSOR', 'TENANT_ADMIN'
         ]),
         password_hash text NOT NULL,
         active boolean NOT NULL DEFAULT true,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         -- a user's unit is always a unit of the user's own tenant
         FOREIGN KEY (tenant_id, unit_id) REFERENCES core.units (tenant_id, id)
       )`,
      // The password hash is not readable by the services; login goes through core.login_candidate.
      ...tenantTableSecurity(
        'core.users',
        'SELECT (tenant_id, id, tenant_path, unit_id, username, display_name, roles, active, version, created_at), INSERT, UPDATE',
      ),

      // Login happens before any tenant is known: this one function may look a user up by name.
      `CREATE FUNCTION core.login_candidate(p_username text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text, unit_id uuid, username text, roles text[], password_hash text, active boolean)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT u.id, u.tenant_id, u.tenant_path::text, u.unit_id, u.username, u.roles, u.password_hash, u.active
           FROM core.users u WHERE u.username = p_username
       $$`,
      `REVOKE ALL ON FUNCTION core.login_candidate(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.login_candidate(text) TO ${APP_DB_ROLE}`,

      // Codes and usernames are unique over the whole tree; these say whether one is taken
      // without showing whose it is.
      `CREATE FUNCTION core.tenant_code_taken(p_code text) RETURNS boolean
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT EXISTS (SELECT 1 FROM core.tenants WHERE code = p_code)
       $$`,
      `CREATE FUNCTION core.username_taken(p_username text) RETURNS boolean
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT EXISTS (SELECT 1 FROM core.users WHERE username = p_username)
       $$`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP SCHEMA core CASCADE`]);
  }
}
