import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/** The petitioner's rating link is kept only as its SHA-256: a copy of the table rates nothing. */
export class RatingTokenHash1767000000450 implements MigrationInterface {
  name = 'RatingTokenHash1767000000450';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `UPDATE cases.cases SET rating_token = encode(sha256(convert_to(rating_token, 'UTF8')), 'hex') WHERE rating_token IS NOT NULL`,
      `ALTER TABLE cases.cases RENAME COLUMN rating_token TO rating_token_hash`,
      `DROP FUNCTION cases.case_by_rating_token(text)`,
      `CREATE FUNCTION cases.case_by_rating_token_hash(p_hash text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, public, pg_temp AS $$
         SELECT c.id, c.tenant_id, c.tenant_path::text FROM cases.cases c WHERE c.rating_token_hash = p_hash
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_by_rating_token_hash(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_by_rating_token_hash(text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION cases.case_by_rating_token_hash(text)`,
      `ALTER TABLE cases.cases RENAME COLUMN rating_token_hash TO rating_token`,
      `CREATE FUNCTION cases.case_by_rating_token(p_token text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, pg_temp AS $$
         SELECT c.id, c.tenant_id, c.tenant_path::text FROM cases.cases c WHERE c.rating_token = p_token
       $$`,
      `GRANT EXECUTE ON FUNCTION cases.case_by_rating_token(text) TO ${APP_DB_ROLE}`,
    ]);
  }
}
