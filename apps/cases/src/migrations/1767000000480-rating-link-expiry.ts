import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * The petitioner's rating link runs out: it is valid through the day stored with it (set on
 * delivery), and the lookup says so, so an old link rates nothing. Links issued before carry no
 * day and stay valid until used or replaced.
 */
export class RatingLinkExpiry1767000000480 implements MigrationInterface {
  name = 'RatingLinkExpiry1767000000480';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.cases ADD COLUMN rating_link_valid_until date`,
      `DROP FUNCTION cases.case_by_rating_token_hash(text)`,
      `CREATE FUNCTION cases.case_by_rating_token_hash(p_hash text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text, valid_until date)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, public, pg_temp AS $$
         SELECT c.id, c.tenant_id, c.tenant_path::text, c.rating_link_valid_until FROM cases.cases c WHERE c.rating_token_hash = p_hash
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_by_rating_token_hash(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_by_rating_token_hash(text) TO ${APP_DB_ROLE}`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP FUNCTION cases.case_by_rating_token_hash(text)`,
      `CREATE FUNCTION cases.case_by_rating_token_hash(p_hash text)
         RETURNS TABLE (id uuid, tenant_id uuid, tenant_path text)
         LANGUAGE sql STABLE SECURITY DEFINER SET search_path = cases, public, pg_temp AS $$
         SELECT c.id, c.tenant_id, c.tenant_path::text FROM cases.cases c WHERE c.rating_token_hash = p_hash
       $$`,
      `REVOKE ALL ON FUNCTION cases.case_by_rating_token_hash(text) FROM PUBLIC`,
      `GRANT EXECUTE ON FUNCTION cases.case_by_rating_token_hash(text) TO ${APP_DB_ROLE}`,
      `ALTER TABLE cases.cases DROP COLUMN rating_link_valid_until`,
    ]);
  }
}
