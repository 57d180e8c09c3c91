import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute, inheritedTableSecurity } from '#common/db';

/**
 * Messages to petitioners (短信/电子邮件通知) and the tenants' message templates; petitioners get an
 * optional e-mail address, encrypted like the phone.
 *
 * A message belongs to its case: staff see it exactly when they see the case and its petitioners. It carries the tenant
 * of the office that took the step (its signature, its templates) and the recipient's ciphertext as
 * copied from the petitioner, never the address in clear. One row per step (the timeline row),
 * channel and petitioner, so a step's messages are written once whatever is retried. The sender
 * (the cases worker) reads and updates rows as background work (no user) of the sending office,
 * which keeps its messages in sight also when the case has moved out of its subtree.
 */
const SENDER = `tenant_path <@ core.current_tenant_path() AND coalesce(current_setting('app.user_id', true), '') = ''`;

export class PetitionerMessages1767000000580 implements MigrationInterface {
  name = 'PetitionerMessages1767000000580';

  async up(runner: QueryRunner): Promise<void> {
    // As the petitioner's own row: an accuser's contact stays within the handling chain.
    const visible = `EXISTS (SELECT 1 FROM cases.cases c WHERE c.tenant_id = cases.petitioner_messages.case_tenant_id AND c.id = cases.petitioner_messages.case_id
      AND (c.kind <> 'ACCUSATION' OR core.current_tenant_id() = ANY (c.chain_tenant_ids)))`;
    await execute(runner, [
      `ALTER TABLE cases.petitioners ADD COLUMN email_cipher text, ADD COLUMN email_masked text`,

      `CREATE TABLE cases.petitioner_messages (
         id uuid PRIMARY KEY,
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         case_tenant_id uuid NOT NULL,
         case_id uuid NOT NULL,
         transition_id uuid NOT NULL,
         action text NOT NULL,
         channel text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
         petitioner_id uuid NOT NULL,
         recipient_cipher text NOT NULL,
         recipient_masked text NOT NULL,
         template_kind text NOT NULL,
         template_version integer NOT NULL CHECK (template_version >= 0),
         body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 1000),
         status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
         attempts integer NOT NULL DEFAULT 0,
         last_error text,
         provider text,
         provider_id text,
         created_at timestamptz NOT NULL,
         sent_at timestamptz,
         UNIQUE (transition_id, channel, petitioner_id),
         FOREIGN KEY (case_tenant_id, case_id) REFERENCES cases.cases (tenant_id, id),
         FOREIGN KEY (case_tenant_id, transition_id) REFERENCES cases.case_transitions (tenant_id, id),
         FOREIGN KEY (case_tenant_id, petitioner_id) REFERENCES cases.petitioners (tenant_id, id)
       )`,
      `CREATE INDEX cases_petitioner_messages_case ON cases.petitioner_messages (case_id, created_at)`,
      `CREATE INDEX cases_petitioner_messages_subtree ON cases.petitioner_messages USING gist (tenant_path)`,
      `CREATE INDEX cases_petitioner_messages_newest ON cases.petitioner_messages (created_at DESC, id DESC)`,
      `ALTER TABLE cases.petitioner_messages ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE cases.petitioner_messages FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY case_visible ON cases.petitioner_messages USING (${visible}) WITH CHECK (${visible})`,
      `CREATE POLICY sender ON cases.petitioner_messages USING (${SENDER}) WITH CHECK (${SENDER})`,
      `GRANT SELECT, INSERT, UPDATE ON cases.petitioner_messages TO ${APP_DB_ROLE}`,

      // A template applies to the tenant's subtree; the nearest ancestor's latest version wins.
      `CREATE TABLE cases.message_templates (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         kind text NOT NULL,
         version integer NOT NULL CHECK (version >= 1),
         text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
         saved_by uuid,
         saved_by_name text NOT NULL,
         saved_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, kind, version)
       )`,
      ...inheritedTableSecurity('cases.message_templates', 'SELECT, INSERT'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP TABLE cases.message_templates, cases.petitioner_messages`,
      `ALTER TABLE cases.petitioners DROP COLUMN email_cipher, DROP COLUMN email_masked`,
    ]);
  }
}
