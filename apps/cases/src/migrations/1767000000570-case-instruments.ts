import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, execute, inheritedTableSecurity, tenantTableSecurity } from '#common/db';
import { PETITIONER_IDENTITY_VISIBLE, caseChildSecurity } from './1767000000400-case-handling.js';

const KINDS = `'ACCEPTANCE_NOTICE','DECLINE_NOTICE','ROUTING_NOTICE','EXTENSION_NOTICE','HANDLING_OPINION','REVIEW_OPINION','REEXAMINATION_OPINION'`;

/**
 * The written instruments (文书) of a case's file (一案一卷): each one issued by a step, in the
 * step's transaction, as the DOCX the office sent with the text it was made from. An issued
 * instrument is never changed (a correction is a new one): the app role may only read and insert,
 * and a trigger refuses changes from anyone. One per step and kind, so a step issues it once. It
 * is visible exactly when its case is (an accusation's only where its petitioners are).
 *
 * Document numbers count per issuing office, series and year in `instrument_counters`, a row the
 * issuing step increments and so holds locked until it commits: no gaps, no duplicates.
 *
 * Offices word instruments their own way in `instrument_templates`, versioned (never changed, a
 * new version instead); an office uses its nearest ancestor's (or its own) latest version.
 */
export class CaseInstruments1767000000570 implements MigrationInterface {
  name = 'CaseInstruments1767000000570';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `CREATE TABLE cases.instrument_templates (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         version integer NOT NULL CHECK (version >= 1),
         title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 50),
         paragraphs jsonb NOT NULL CHECK (jsonb_typeof(paragraphs) = 'array'),
         saved_by uuid,
         saved_by_name text NOT NULL,
         saved_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, kind, version)
       )`,
      ...inheritedTableSecurity('cases.instrument_templates', 'SELECT, INSERT'),
      ...appendOnly('cases.instrument_templates'),

      `CREATE TABLE cases.instrument_counters (
         tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         tenant_path ltree NOT NULL,
         series text NOT NULL,
         year integer NOT NULL,
         last_number integer NOT NULL CHECK (last_number >= 1),
         PRIMARY KEY (tenant_id, series, year)
       )`,
      ...tenantTableSecurity('cases.instrument_counters', 'SELECT, INSERT, UPDATE'),

      `CREATE TABLE cases.instruments (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         -- the case's path when issued; who sees the instrument follows the case (policy), not this
         tenant_path ltree NOT NULL,
         case_id uuid NOT NULL,
         -- the step that issued it
         transition_id uuid NOT NULL,
         kind text NOT NULL CHECK (kind IN (${KINDS})),
         addressee text NOT NULL CHECK (addressee IN ('PETITIONER','BODY')),
         addressee_name text NOT NULL,
         document_number text NOT NULL,
         title text NOT NULL,
         -- the text as issued (InstrumentText): what the file says, readable without opening it
         text jsonb NOT NULL,
         -- the office template used; null for the built-in wording
         template_tenant_id uuid REFERENCES core.tenants (id),
         template_version integer,
         content bytea NOT NULL,
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         size_bytes integer NOT NULL CHECK (size_bytes > 0),
         issuing_tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         issuing_tenant_name text NOT NULL,
         issued_by uuid,
         issued_by_name text NOT NULL,
         issued_on date NOT NULL,
         issued_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (id),
         UNIQUE (transition_id, kind),
         UNIQUE (issuing_tenant_id, document_number),
         CHECK ((template_tenant_id IS NULL) = (template_version IS NULL)),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id),
         FOREIGN KEY (tenant_id, transition_id) REFERENCES cases.case_transitions (tenant_id, id)
       )`,
      `CREATE INDEX cases_instruments_case ON cases.instruments (case_id, issued_at)`,
      // They name the petitioner: an accusation's are hidden where its petitioners are, but from the office that issued them.
      ...caseChildSecurity(
        'cases.instruments',
        'SELECT, INSERT',
        `${PETITIONER_IDENTITY_VISIBLE} OR cases.instruments.issuing_tenant_id = core.current_tenant_id()`,
      ),
      ...appendOnly('cases.instruments'),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE cases.instruments, cases.instrument_counters, cases.instrument_templates`]);
  }
}
