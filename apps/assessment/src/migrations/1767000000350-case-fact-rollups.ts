import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '#common/config';
import { execute } from '#common/db';

/**
 * What a case fact adds to its jurisdiction's counts, on the day it was registered (`registered_*`)
 * and on the day it finished (`finished_*`): one column per set of rows an indicator of the
 * library counts, each as it stands once every clock of the case has run out (the "on time"
 * fields decided, "finished" read as "finished at all"). A count at an earlier as-of day is that
 * count corrected by the facts not yet settled at it (`settled_on` after it), which the scheme
 * computation counts from the facts themselves (see `schemes/domain/rollups.ts`).
 *
 * Frozen here as the library defined them when this was written: `ROLLUP_INDICATORS` maps each
 * library definition to these columns, and an indicator defined otherwise is counted from the facts.
 */
const NOTIFY_OK = `(CASE WHEN f.notify_done IS NOT NULL THEN f.notify_done <= f.notify_due WHEN f.notify_due IS NOT NULL THEN FALSE END)`;
const HANDLE_OK = `(CASE WHEN f.handle_done IS NOT NULL THEN f.handle_done <= f.handle_due WHEN f.handle_due IS NOT NULL THEN FALSE END)`;
/** 化解, as the field `resolved` reads. */
const RESOLVED = `COALESCE(f.kind = 'CLAIM' AND (f.ending = 'MEDIATED' OR (f.ending = 'DECIDED' AND (f.outcome IN ('SUPPORTS', 'PARTLY_SUPPORTS') OR f.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')))), FALSE)`;
const RECEPTION_CLAIMS = `f.via_reception AND f.kind = 'CLAIM' AND f.ending IS DISTINCT FROM 'DECLINED'`;
const OWNED_CLAIMS = `f.leader_owned AND f.kind = 'CLAIM' AND f.ending IS DISTINCT FROM 'DECLINED'`;
const REPLIED = `f.ending IN ('DECIDED', 'ANSWERED')`;
const FIRST_CLAIMS = `f.kind = 'CLAIM' AND f.first_petition AND f.ending IN ('DECIDED', 'MEDIATED', 'WITHDRAWN')`;

/** A counted column: the rows it counts (SQL over `f`, a case fact), their number or their persons. */
interface Measure {
  column: string;
  rows: string;
  persons?: boolean;
}

export const REGISTERED_MEASURES: readonly Measure[] = [
  { column: 'registered', rows: 'TRUE' },
  { column: 'registered_repeat', rows: 'NOT f.first_petition' },
  { column: 'registered_notify_known', rows: `${NOTIFY_OK} IS NOT NULL` },
  { column: 'registered_notify_on_time', rows: `${NOTIFY_OK} IS TRUE` },
  { column: 'registered_handle_known', rows: `${HANDLE_OK} IS NOT NULL` },
  { column: 'registered_handle_on_time', rows: `${HANDLE_OK} IS TRUE` },
  { column: 'registered_collective_visits', rows: `f.channel = 'VISIT' AND f.collective` },
  { column: 'registered_collective_visit_persons', rows: `f.channel = 'VISIT' AND f.collective`, persons: true },
  { column: 'registered_level_skipping_visits', rows: `f.channel = 'VISIT' AND f.level_skipping` },
  { column: 'registered_level_skipping_visit_persons', rows: `f.channel = 'VISIT' AND f.level_skipping`, persons: true },
  { column: 'registered_via_reception', rows: 'f.via_reception' },
  { column: 'registered_reception_claims', rows: RECEPTION_CLAIMS },
  { column: 'registered_reception_claims_resolved', rows: `${RECEPTION_CLAIMS} AND f.finished_on IS NOT NULL AND ${RESOLVED} AND NOT f.reviewed` },
  { column: 'registered_owned_claims', rows: OWNED_CLAIMS },
  { column: 'registered_owned_claims_resolved', rows: `${OWNED_CLAIMS} AND f.finished_on IS NOT NULL AND ${RESOLVED} AND NOT f.reviewed` },
  // Backlog: a claim open from its registration on (never one finished before it was registered).
  { column: 'registered_backlog_claims', rows: `f.kind = 'CLAIM' AND (f.finished_on IS NULL OR f.finished_on >= f.registered_on)` },
  { column: 'registered_backlog_claims_resolved', rows: `f.kind = 'CLAIM' AND f.finished_on >= f.registered_on AND ${RESOLVED}` },
];

export const FINISHED_MEASURES: readonly Measure[] = [
  { column: 'finished_handle_known', rows: `${HANDLE_OK} IS NOT NULL` },
  { column: 'finished_handle_on_time', rows: `${HANDLE_OK} IS TRUE` },
  { column: 'finished_replied', rows: REPLIED },
  { column: 'finished_replied_rated', rows: `${REPLIED} AND f.rating IS NOT NULL` },
  { column: 'finished_replied_satisfied', rows: `${REPLIED} AND f.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')` },
  { column: 'finished_replied_fully_satisfied', rows: `${REPLIED} AND f.rating = 'SATISFIED'` },
  { column: 'finished_first_claims', rows: FIRST_CLAIMS },
  { column: 'finished_first_claims_resolved', rows: `${FIRST_CLAIMS} AND ${RESOLVED} AND NOT f.reviewed` },
  { column: 'finished_backlog_claims', rows: `f.kind = 'CLAIM' AND f.finished_on >= f.registered_on` },
  { column: 'finished_backlog_claims_resolved', rows: `f.kind = 'CLAIM' AND f.finished_on >= f.registered_on AND ${RESOLVED}` },
];

const MEASURES = [...REGISTERED_MEASURES, ...FINISHED_MEASURES];
const COLUMNS = MEASURES.map((m) => m.column);

/** The day a fact's as-of dependent fields stop changing: finished, and each clock decided (on time when done, late from the day after its due date). */
const SETTLED_ON = `GREATEST(finished_on,
  CASE WHEN notify_due IS NULL THEN NULL WHEN notify_done <= notify_due THEN notify_done ELSE notify_due + 1 END,
  CASE WHEN handle_due IS NULL THEN NULL WHEN handle_done <= handle_due THEN handle_done ELSE handle_due + 1 END)`;

const value = (m: Measure, on: readonly Measure[]) => (on.includes(m) ? `CASE WHEN ${m.rows} THEN ${m.persons ? 'f.person_count' : '1'} ELSE 0 END` : '0');

/** The counts one fact `f` adds: a row on its registration day and, once finished, one on its finishing day (`c.day` NULL otherwise). */
const COUNTS = `(VALUES (f.registered_on, ${MEASURES.map((m) => value(m, REGISTERED_MEASURES)).join(', ')}),
                 (f.finished_on, ${MEASURES.map((m) => value(m, FINISHED_MEASURES)).join(', ')})) c (day, ${COLUMNS.join(', ')})`;

/** The count columns, in table order. */
export const COUNT_COLUMNS = COLUMNS;

/** The rows counts are kept in: per day, per month and (migration 1767000000360) per year, each row on its first day. */
export type CountGrain = 'day' | 'month' | 'year';

/**
 * The counts of the facts of `facts` (a query of the fact columns and `sign`, 1 to add a fact or
 * -1 to take it away, see `signedFacts`) per jurisdiction and day, month or year (its first day), in
 * key order. The one rule the trigger, the backfill and the benchmark's bulk load count with.
 */
export function caseFactCounts(facts: string, grain: CountGrain): string {
  return `SELECT f.tenant_id, f.tenant_path, ${grain === 'day' ? 'c.day' : `date_trunc('${grain}', c.day)::date`} AS day,
            ${COLUMNS.map((c) => `sum(f.sign * c.${c}) AS ${c}`).join(', ')}
       FROM (${facts}) f CROSS JOIN LATERAL ${COUNTS}
      WHERE c.day IS NOT NULL
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

/** Each grain's table. */
export const COUNT_TABLES: Readonly<Record<CountGrain, string>> = { day: 'case_fact_days', month: 'case_fact_months', year: 'case_fact_years' };

/**
 * Adds the counts of `facts` (see `caseFactCounts`) to the rows of each grain (those this migration
 * made by default); in key order, so that two transactions adding to the same rows wait instead of
 * deadlocking.
 */
export function rollUpCaseFacts(facts: string, grains: readonly CountGrain[] = ['day', 'month']): string[] {
  return grains.map((grain) => {
    const table = COUNT_TABLES[grain];
    return `INSERT INTO assessment.${table} (tenant_id, tenant_path, day, ${COLUMNS.join(', ')})
     ${caseFactCounts(facts, grain)}
     ON CONFLICT (tenant_id, tenant_path, day) DO UPDATE SET ${COLUMNS.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ')}`;
  });
}

/** The rows of a fact table (or a trigger's transition table) with their `sign`. */
export const signedFacts = (sign: 1 | -1, table: string) => `SELECT ${sign} AS sign, t.* FROM ${table} t`;
/** The trigger function keeping the rows of `grains` with the facts (`OR REPLACE`: a later grain redefines it). */
export function rollUpFunction(grains: readonly CountGrain[]): string {
  return `CREATE OR REPLACE FUNCTION assessment.roll_up_case_facts() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ${rollUpCaseFacts(signedFacts(1, 'new_facts'), grains).join(';\n      ')};
    ELSIF TG_OP = 'UPDATE' THEN
      ${rollUpCaseFacts(`${signedFacts(1, 'new_facts')} UNION ALL ${signedFacts(-1, 'old_facts')}`, grains).join(';\n      ')};
    ELSIF TG_OP = 'DELETE' THEN
      ${rollUpCaseFacts(signedFacts(-1, 'old_facts'), grains).join(';\n      ')};
    ELSE
      TRUNCATE ${grains.map((grain) => `assessment.${COUNT_TABLES[grain]}`).join(', ')};
    END IF;
    RETURN NULL;
  END
$$`;
}

/** A table of counts, one row per jurisdiction and day (of its grain), under the facts' row-level security. */
export function countTable(table: string): string[] {
  const name = `assessment_${table}`;
  return [
    `CREATE TABLE assessment.${table} (
       tenant_id uuid NOT NULL,
       tenant_path ltree NOT NULL,
       day date NOT NULL,
       ${COLUMNS.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n       ')},
       PRIMARY KEY (tenant_id, tenant_path, day)
     ) WITH (fillfactor = 70)`,
    // Read by day range; every fact changed updates its rows in place (room left on each page for
    // those updates, and no index on the counts or the path to maintain).
    `CREATE INDEX ${name}_day ON assessment.${table} (day)`,
    // As the facts: read within the subtree, written by the consumer (through the facts' trigger).
    `ALTER TABLE assessment.${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE assessment.${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY count_read ON assessment.${table} FOR SELECT USING (tenant_path <@ core.current_tenant_path() OR assessment.is_fact_writer())`,
    `CREATE POLICY count_insert ON assessment.${table} FOR INSERT WITH CHECK (assessment.is_fact_writer())`,
    `CREATE POLICY count_update ON assessment.${table} FOR UPDATE USING (assessment.is_fact_writer()) WITH CHECK (assessment.is_fact_writer())`,
    `GRANT SELECT, INSERT, UPDATE ON assessment.${table} TO ${APP_DB_ROLE}`,
  ];
}

/**
 * Per-jurisdiction counts of the case facts, per day and per month (a period of whole months reads
 * the month rows, its odd days the day rows), kept by statement triggers on the facts in the
 * transaction that changes them: an insert adds the new rows' counts, an update takes the old
 * row's away and adds the new one's, a delete takes them away, a truncate empties them. Filled
 * here for the facts held.
 */
export class CaseFactRollups1767000000350 implements MigrationInterface {
  name = 'CaseFactRollups1767000000350';

  async up(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `ALTER TABLE assessment.case_facts ADD COLUMN settled_on date GENERATED ALWAYS AS (${SETTLED_ON}) STORED`,
      `CREATE INDEX assessment_case_facts_settled ON assessment.case_facts (settled_on) WHERE settled_on IS NOT NULL`,
      ...countTable('case_fact_days'),
      ...countTable('case_fact_months'),
      rollUpFunction(['day', 'month']),
      `CREATE TRIGGER case_facts_roll_up_insert AFTER INSERT ON assessment.case_facts REFERENCING NEW TABLE AS new_facts
         FOR EACH STATEMENT EXECUTE FUNCTION assessment.roll_up_case_facts()`,
      `CREATE TRIGGER case_facts_roll_up_update AFTER UPDATE ON assessment.case_facts REFERENCING OLD TABLE AS old_facts NEW TABLE AS new_facts
         FOR EACH STATEMENT EXECUTE FUNCTION assessment.roll_up_case_facts()`,
      `CREATE TRIGGER case_facts_roll_up_delete AFTER DELETE ON assessment.case_facts REFERENCING OLD TABLE AS old_facts
         FOR EACH STATEMENT EXECUTE FUNCTION assessment.roll_up_case_facts()`,
      `CREATE TRIGGER case_facts_roll_up_truncate AFTER TRUNCATE ON assessment.case_facts FOR EACH STATEMENT EXECUTE FUNCTION assessment.roll_up_case_facts()`,
      ...rollUpCaseFacts(signedFacts(1, 'assessment.case_facts')),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await execute(runner, [
      `DROP TRIGGER case_facts_roll_up_insert ON assessment.case_facts`,
      `DROP TRIGGER case_facts_roll_up_update ON assessment.case_facts`,
      `DROP TRIGGER case_facts_roll_up_delete ON assessment.case_facts`,
      `DROP TRIGGER case_facts_roll_up_truncate ON assessment.case_facts`,
      `DROP FUNCTION assessment.roll_up_case_facts()`,
      `DROP TABLE assessment.case_fact_days, assessment.case_fact_months`,
      `DROP INDEX assessment.assessment_case_facts_settled`,
      `ALTER TABLE assessment.case_facts DROP COLUMN settled_on`,
    ]);
  }
}
