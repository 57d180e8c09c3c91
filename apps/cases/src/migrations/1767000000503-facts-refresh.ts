import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * The fact events now carry how a case ended (ending, final, review and re-examination results)
 * and what the meetings service's case references need (title, holder, accused unit). Facts
 * kept before that lack them, so the cases service emits every case's facts again: one replay
 * request per province over all its registration days, taken by the cases worker in bounded
 * transactions like an assessor's `rebuildFacts`. Consumers keep the latest version, so a replay
 * racing live transitions changes nothing they already hold.
 */
export class FactsRefresh1767000000503 implements MigrationInterface {
  name = 'FactsRefresh1767000000503';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `INSERT INTO cases.outbox (id, tenant_id, tenant_path, topic, payload, request_id)
       SELECT gen_random_uuid(), r.id, r.path, 'facts.replay.requested',
              jsonb_build_object('source', 'CASES', 'from', min(c.registered_on)::text, 'to', max(c.registered_on)::text),
              'migration-1767000000503'
         FROM cases.cases c JOIN core.tenants r ON r.parent_id IS NULL AND c.tenant_path <@ r.path
        GROUP BY r.id, r.path`,
    ]);
  }

  async down(): Promise<void> {
    // Emitted facts cannot be taken back; the replay left nothing else behind.
  }
}
