import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { appendOnly, execute } from '#common/db';

/**
 * Login security: token revocation (`token_version`), a login that never hands the services a
 * password hash, and the audit of login attempts, which may name no user at all.
 */
export class LoginSecurity1767000000520 implements MigrationInterface {
  name = 'LoginSecurity1767000000520';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      // Every existing user starts at version 1, which is what tokens signed before this carry.
      `ALTER TABLE core.users ADD COLUMN token_version integer NOT NULL DEFAULT 1 CHECK (token_version > 0)`,
      `GRANT SELECT (token_version) ON core.users TO ${APP_DB_ROLE}`,

      // A token names its user by id; a deleted user's id could come back. Users are deactivated.
      `CREATE FUNCTION core.refuse_user_delete() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'users are deactivated, never deleted' USING ERRCODE = '42501';
       END $$`,
      `CREATE TRIGGER core_users_no_delete BEFORE DELETE ON core.users FOR EACH ROW EXECUTE FUNCTION core.refuse_user_delete()`,

      // Checked on every request by every subgraph (cached a few seconds): cheap, by primary key.
      `CREATE FUNCTION core.token_state(p_user uuid) RETURNS TABLE (active boolean, token_version integer)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT u.active, u.token_version FROM core.users u WHERE u.id = p_user
       $$`,
      `REVOKE ALL ON FUNCTION core.token_state(uuid) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.token_state(uuid) TO ${APP_DB_ROLE}`,

      // The old login function handed the services the password hash. Argon2 runs in Node, so
      // login now takes two steps: the salt and parameters of the user's hash (not its digest),
      // then the user's row only when the hash Node computed from them equals the stored one.
      `DROP FUNCTION core.login_candidate(text)`,
      `CREATE FUNCTION core.password_setting(p_username text) RETURNS TABLE (setting text, digest_length integer)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT substring(u.password_hash FROM '^(.*)\\$[^$]*$'), length(substring(u.password_hash FROM '\\$([^$]*)$'))
           FROM core.users u WHERE u.username = p_username
       $$`,
      `CREATE FUNCTION core.login_candidate(p_username text, p_password_hash text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text, unit_id uuid, username text, roles text[], active boolean, token_version integer)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT u.id, u.tenant_id, u.tenant_path::text, u.unit_id, u.username, u.roles, u.active, u.token_version
           FROM core.users u
          -- compared as digests, so the time taken says nothing about how much of the hash matched
          WHERE u.username = p_username AND sha256(convert_to(u.password_hash, 'UTF8')) = sha256(convert_to(p_password_hash, 'UTF8'))
       $$`,
      ...['core.password_setting(text)', 'core.login_candidate(text, text)'].flatMap((fn) => [
        `REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`,
        `GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_DB_ROLE}`,
      ]),

      // Who tried which username from where, and what came of it. An unknown username has no user
      // and no tenant: such rows are for operators (the database owner), not for any tenant.
      `CREATE TABLE core.login_attempts (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         at timestamptz NOT NULL DEFAULT now(),
         username text NOT NULL,
         user_id uuid,
         tenant_id uuid,
         tenant_path ltree,
         source_address text NOT NULL,
         outcome text NOT NULL CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'LOCKED', 'THROTTLED')),
         request_id text NOT NULL,
         CHECK ((user_id IS NULL) = (tenant_path IS NULL))
       )`,
      `CREATE INDEX core_login_attempts_username ON core.login_attempts (username, at)`,
      `CREATE INDEX core_login_attempts_source ON core.login_attempts (source_address, at)`,
      `CREATE INDEX core_login_attempts_tenant_path_gist ON core.login_attempts USING gist (tenant_path)`,
      `ALTER TABLE core.login_attempts ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE core.login_attempts FORCE ROW LEVEL SECURITY`,
      // Read within the subtree; written only through core.record_login_attempt, which decides
      // whose row it is from the username, so a caller cannot file an attempt under another tenant.
      `CREATE POLICY tenant_subtree ON core.login_attempts FOR SELECT USING (tenant_path <@ core.current_tenant_path())`,
      `GRANT SELECT ON core.login_attempts TO ${APP_DB_ROLE}`,
      ...appendOnly('core.login_attempts'),
      `CREATE FUNCTION core.record_login_attempt(p_username text, p_outcome text, p_source_address text, p_request_id text) RETURNS void
         LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         INSERT INTO core.login_attempts (username, user_id, tenant_id, tenant_path, source_address, outcome, request_id)
         SELECT left(p_username, 64), u.id, u.tenant_id, u.tenant_path, left(p_source_address, 64), p_outcome, left(p_request_id, 100)
           FROM (SELECT 1) one LEFT JOIN core.users u ON u.username = p_username
       $$`,
      `REVOKE ALL ON FUNCTION core.record_login_attempt(text, text, text, text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.record_login_attempt(text, text, text, text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION core.record_login_attempt(text, text, text, text)`,
      `DROP TABLE core.login_attempts`,
      `DROP FUNCTION core.login_candidate(text, text)`,
      `DROP FUNCTION core.password_setting(text)`,
      `CREATE FUNCTION core.login_candidate(p_username text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text, unit_id uuid, username text, roles text[], password_hash text, active boolean)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = core, pg_temp AS $$
         SELECT u.id, u.tenant_id, u.tenant_path::text, u.unit_id, u.username, u.roles, u.password_hash, u.active
           FROM core.users u WHERE u.username = p_username
       $$`,
      `REVOKE ALL ON FUNCTION core.login_candidate(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION core.login_candidate(text) TO ${APP_DB_ROLE}`,
      `DROP FUNCTION core.token_state(uuid)`,
      `DROP TRIGGER core_users_no_delete ON core.users`,
      `DROP FUNCTION core.refuse_user_delete()`,
      `ALTER TABLE core.users DROP COLUMN token_version`,
    ]);
  }
}
