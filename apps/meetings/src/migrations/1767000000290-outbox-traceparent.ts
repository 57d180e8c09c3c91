import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * The trace of the request that emitted an event (its W3C `traceparent`), so that the consumer's
 * work joins that trace; null when tracing is off.
 */
export class OutboxTraceparent1767000000290 implements MigrationInterface {
  name = 'OutboxTraceparent1767000000290';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [`ALTER TABLE meetings.outbox ADD COLUMN traceparent text`]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`ALTER TABLE meetings.outbox DROP COLUMN traceparent`]);
  }
}
