import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnly, execute } from '#common/db';
import { caseChildSecurity } from './1767000000400-case-handling.js';

const OUTCOMES = `'SUPPORTS','PARTLY_SUPPORTS','EXPLAINS','DOES_NOT_SUPPORT'`;
const RESULTS = `'UPHELD','CHANGED','REVOKED'`;

/**
 * Every opinion of a case (信访处理意见 / 复查意见 / 复核意见) with its outcome, text, issuer and date,
 * and for a review or re-examination what it did to the opinion it reviewed (维持/变更/撤销). The
 * case keeps the opinion in force (`outcome`, `decision_text`) and the two results, which its fact
 * events carry.
 *
 * Existing cases: each DECIDE, DECIDE_REVIEW and DECIDE_REEXAMINATION of the timeline (whose details
 * hold the outcome, whose actor is the issuer) becomes an opinion. Only the latest opinion's text
 * survived on the case; earlier texts are unknown (null). A migrated review's result is inferred —
 * 维持 when it kept the reviewed conclusion, else 变更 — and flagged `result_inferred`.
 */
export class CaseOpinions1767000000501 implements MigrationInterface {
  name = 'CaseOpinions1767000000501';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE cases.cases
         ADD COLUMN review_result text CHECK (review_result IN (${RESULTS})),
         ADD COLUMN reexamination_result text CHECK (reexamination_result IN (${RESULTS}))`,
      `CREATE TABLE cases.case_opinions (
         tenant_id uuid NOT NULL,
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         case_id uuid NOT NULL,
         seq integer NOT NULL,
         kind text NOT NULL CHECK (kind IN ('HANDLING','REVIEW','REEXAMINATION')),
         outcome text NOT NULL CHECK (outcome IN (${OUTCOMES})),
         result text CHECK (result IN (${RESULTS})),
         result_inferred boolean NOT NULL DEFAULT false,
         -- the opinion a review or re-examination reviewed (the one in force when it was issued)
         reviewed_opinion_id uuid,
         -- null only for an opinion overwritten before opinions were kept
         text text CHECK (char_length(text) <= 20000),
         issuer_tenant_id uuid NOT NULL REFERENCES core.tenants (id),
         issuer_unit_id uuid REFERENCES core.units (id),
         issued_by uuid,
         issued_by_name text NOT NULL,
         issued_on date NOT NULL,
         issued_at timestamptz NOT NULL,
         PRIMARY KEY (tenant_id, id),
         UNIQUE (case_id, seq),
         CHECK ((kind = 'HANDLING') = (result IS NULL)),
         CHECK ((kind = 'HANDLING') = (reviewed_opinion_id IS NULL)),
         FOREIGN KEY (tenant_id, case_id) REFERENCES cases.cases (tenant_id, id),
         FOREIGN KEY (tenant_id, reviewed_opinion_id) REFERENCES cases.case_opinions (tenant_id, id)
       )`,
      ...caseChildSecurity('cases.case_opinions', 'SELECT, INSERT'),
      ...appendOnly('cases.case_opinions'),
      OPINIONS_FROM_TIMELINE,
      RESULTS_FROM_OPINIONS,
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [`DROP TABLE cases.case_opinions`, `ALTER TABLE cases.cases DROP COLUMN review_result, DROP COLUMN reexamination_result`]);
  }
}

/** The opinions of the cases that have none yet, read from their timelines (exported for its test). */
export const OPINIONS_FROM_TIMELINE = `
  WITH decisions AS (
    SELECT t.tenant_id, gen_random_uuid() AS id, t.case_id, t.action, t.details->>'outcome' AS outcome,
           t.actor_tenant_id, t.actor_id, t.actor_name, t.at,
           row_number() OVER (PARTITION BY t.case_id ORDER BY t.seq) AS seq,
           row_number() OVER (PARTITION BY t.case_id ORDER BY t.seq DESC) = 1 AS latest
      FROM cases.case_transitions t
     WHERE t.action IN ('DECIDE', 'DECIDE_REVIEW', 'DECIDE_REEXAMINATION')
       AND NOT EXISTS (SELECT 1 FROM cases.case_opinions o WHERE o.case_id = t.case_id)
  ), linked AS (
    SELECT d.*, lag(d.id) OVER w AS previous_id, lag(d.outcome) OVER w AS previous_outcome
      FROM decisions d WINDOW w AS (PARTITION BY d.case_id ORDER BY d.seq)
  )
  INSERT INTO cases.case_opinions (tenant_id, id, case_id, seq, kind, outcome, result, result_inferred, reviewed_opinion_id, text,
                                   issuer_tenant_id, issued_by, issued_by_name, issued_on, issued_at)
  SELECT l.tenant_id, l.id, l.case_id, l.seq,
         CASE l.action WHEN 'DECIDE' THEN 'HANDLING' WHEN 'DECIDE_REVIEW' THEN 'REVIEW' ELSE 'REEXAMINATION' END,
         l.outcome,
         CASE WHEN l.action = 'DECIDE' THEN NULL WHEN l.outcome = l.previous_outcome THEN 'UPHELD' ELSE 'CHANGED' END,
         l.action <> 'DECIDE',
         CASE WHEN l.action <> 'DECIDE' THEN l.previous_id END,
         CASE WHEN l.latest THEN c.decision_text END,
         l.actor_tenant_id, l.actor_id, l.actor_name, (l.at AT TIME ZONE 'Asia/Shanghai')::date, l.at
    FROM linked l JOIN cases.cases c ON c.tenant_id = l.tenant_id AND c.id = l.case_id`;

/** The cases' review and re-examination results from their opinions, where not yet set. */
export const RESULTS_FROM_OPINIONS = `
  UPDATE cases.cases c
     SET review_result = coalesce(c.review_result, (SELECT o.result FROM cases.case_opinions o WHERE o.case_id = c.id AND o.kind = 'REVIEW' ORDER BY o.seq DESC LIMIT 1)),
         reexamination_result = coalesce(c.reexamination_result, (SELECT o.result FROM cases.case_opinions o WHERE o.case_id = c.id AND o.kind = 'REEXAMINATION' ORDER BY o.seq DESC LIMIT 1))
   WHERE (c.review_result IS NULL OR c.reexamination_result IS NULL)
     AND EXISTS (SELECT 1 FROM cases.case_opinions o WHERE o.case_id = c.id AND o.kind <> 'HANDLING')`;
