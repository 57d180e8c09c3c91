import type { MigrationInterface, QueryRunner } from 'typeorm';
import { execute } from '#common/db';

/**
 * A lapsed review or re-examination window makes the matter final by itself (FINALIZED with
 * WINDOW_LAPSED), no longer an office's manual CLOSE; and a registration that strongly matches
 * registered cases states why it is a new matter.
 *
 * Data held: cases an office closed by hand as WINDOW_LAPSED become FINALIZED (their version moves
 * on, so a form open on the old state is refused), and the cases service replays the facts of their
 * registration period to assessment, which keeps the state. Windows still open past their last day
 * are finalized by the lapse reconciliation of the cases worker once it runs. A tenant's tightening
 * of a petitioner's window is dropped: no office may shorten it.
 */
export class PetitionerWindowsAndRepeats1767000000490 implements MigrationInterface {
  name = 'PetitionerWindowsAndRepeats1767000000490';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.cases ADD COLUMN new_matter_reason text
         CHECK (char_length(new_matter_reason) BETWEEN 1 AND 500),
         ADD CONSTRAINT cases_repeat_or_new CHECK (repeat_of_id IS NULL OR new_matter_reason IS NULL)`,
      // One replay request per province with converted cases, covering their registration days.
      `INSERT INTO cases.outbox (id, tenant_id, tenant_path, topic, payload, request_id)
       SELECT gen_random_uuid(), r.id, r.path, 'facts.replay.requested',
              jsonb_build_object('source', 'CASES', 'from', min(c.registered_on)::text, 'to', max(c.registered_on)::text),
              'migration-1767000000490'
         FROM cases.cases c JOIN core.tenants r ON r.parent_id IS NULL AND c.tenant_path <@ r.path
        WHERE c.state = 'CLOSED' AND c.close_reason = 'WINDOW_LAPSED'
        GROUP BY r.id, r.path`,
      `UPDATE cases.cases SET state = 'FINALIZED', version = version + 1, updated_at = now()
        WHERE state = 'CLOSED' AND close_reason = 'WINDOW_LAPSED'`,
      `UPDATE cases.calendar_settings SET tightenings = tightenings - 'REVIEW_WINDOW' - 'REEXAMINATION_WINDOW', version = version + 1, updated_at = now()
        WHERE tightenings ?| ARRAY['REVIEW_WINDOW', 'REEXAMINATION_WINDOW']`,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `UPDATE cases.cases SET state = 'CLOSED', version = version + 1, updated_at = now()
        WHERE state = 'FINALIZED' AND close_reason = 'WINDOW_LAPSED'`,
      `ALTER TABLE cases.cases DROP CONSTRAINT cases_repeat_or_new, DROP COLUMN new_matter_reason`,
    ]);
  }
}
