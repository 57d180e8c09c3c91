import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { isoDate } from '#common/calendar';
import type { AppConfig } from '#common/config';
import { BATCH_JOB_SIZE, consumerJobs, type EventEnvelope } from '#common/events';
import { TenantTransactions, type TenantContext } from '#common/tenancy';
import { EventWorker } from '#common/worker';
import { AssessmentWorkerModule } from '../apps/assessment/src/assessment-worker.module.js';
import { type CaseFactEvent, caseFactRow } from '../apps/assessment/src/facts/domain/fact-rows.js';
import { JurisdictionStore } from '../apps/assessment/src/jurisdictions/jurisdiction.store.js';
import { type CountingMode, ScoreComputation, type SchemeForScoring } from '../apps/assessment/src/schemes/score-computation.js';
import { COUNTING, ScoreStore } from '../apps/assessment/src/schemes/score.store.js';
import {
  BACKLOG_RESOLUTION_RATE,
  BelowMinimumRule,
  COLLECTIVE_VISIT_PERSON_TIMES,
  FIRST_PETITION_RESOLUTION_RATE,
  type IndicatorDefinition,
  ItemKind,
  LEVEL_SKIPPING_VISIT_BATCHES,
  ON_TIME_COMPLETION_RATE,
  ON_TIME_REPLY_RATE,
  PARTICIPATION_RATE,
  REPEAT_PETITION_SHARE,
  SATISFACTION_RATE,
  type Scheme,
  type SchemeItem,
  ScoringRuleKind,
  TIMELY_ACCEPTANCE_RATE,
  validateScheme,
} from '../apps/assessment/src/schemes/domain/index.js';
import { machineBusyMs } from './cpu.js';

/**
 * Assessment at a million cases: the case facts filled from the generated cases (one set-based
 * INSERT … SELECT as the superuser, mapped as `caseFactRow` maps a `case.transitioned` event),
 * then a scheme of 10 quantitative case items computed by `ScoreComputation.compute` as a
 * province assessor (app role, row-level security applied) for all counties and for all
 * townships, against one hand-written aggregate over the same facts (the floor); then the fact
 * consumer's ingestion rate (`EventWorker.consumer.applyBatch`, as the relay hands batches over).
 * The ingested rows and their processed-event records are removed afterwards.
 */

export interface AssessmentOptions {
  config: AppConfig;
  benchUrl: string;
  appUrl: string;
  /** The data's as-of date: the day the scheme is computed as of. */
  asOf: string;
  /** Measured computations per level (after one warm-up). */
  runs: number;
  /** Events per ingestion run. */
  events: number;
  log: (line: string) => void;
}

export interface Timing {
  runsMs: number[];
  medianMs: number;
  maxMs: number;
  minMs: number;
}

export interface ComputationResult {
  level: 'COUNTY' | 'TOWNSHIP';
  /** Counted from the day and month counts (the facts for what they cannot answer), or from the facts alone. */
  mode: CountingMode;
  targets: number;
  /** Facts counted: rows under the targets at their depth. */
  factRows: number;
  compute: Timing;
  /** The counting statements (those grouping by target), within the computation: how long any of them was running (side by side, they overlap). */
  sqlMs: Timing;
  statements: number;
  floor: Timing;
  /** compute median / floor median. */
  ratio: number;
  /** Per computation: this process (TypeORM, scoring) and the rest of the machine (PostgreSQL), ms. */
  cpu: { selfMs: number; restMs: number };
  /** Every target's numerators and denominators equal between the computation and the floor. */
  agrees: boolean;
  /** ROLLUPS: every target's counts, points, total, rank and grade equal to those computed from the facts. */
  sameAsFacts: boolean | null;
}

type Computed = Awaited<ReturnType<ScoreComputation['compute']>>;

export interface IngestionResult {
  shape: string;
  events: number;
  batches: number;
  inFlight: number;
  seconds: number;
  perSecond: number;
  /** CPU per event: this process (the consumer), the rest of the machine (PostgreSQL), ms. */
  cpu: { selfMs: number; restMs: number };
}

export interface AssessmentResult {
  facts: {
    rows: number;
    jurisdictions: number;
    filledSeconds: number | null;
    jurisdictionsCopied: number;
    caseFactsSize: string;
    /** The day and month count rows and their size with indexes. */
    days: { n: number; size: string };
    months: { n: number; size: string };
    years: { n: number; size: string };
    /** Sampled cases whose filled row was compared with `caseFactRow` of their event, and how many differ. */
    mapping?: { checked: number; differing: number; example?: string };
  };
  period: { start: string; end: string };
  asOf: string;
  items: { code: string; name: string; indicator: string }[];
  computations: ComputationResult[];
  /** The facts' grouped aggregate of the township computation from the facts. */
  statement: { sql: string; params: unknown[] };
  /** The counting statements of the township computation from the rollups. */
  rollupStatements: { sql: string; params: unknown[] }[];
  floorSql: string;
  plans: { title: string; plan: string }[];
  ingestion: IngestionResult[];
  parallelWorkers: string;
}

const BENCH_TAG = 'bench-assessment';
/** The assessment period: January to October of the data's last year; "today" is its as-of date. */
const PERIOD = { start: isoDate('2026-01-01'), end: isoDate('2026-10-31') };
/** Events in one claim of the relay (`OutboxRelay` batchSize): batches are formed within a claim. */
const RELAY_CLAIM = 1000;
/** The BullMQ worker's default concurrency (`EventConsumer.start`). */
const WORKER_CONCURRENCY = 4;

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runsMs: samples, medianMs: median, maxMs: sorted.at(-1)!, minMs: sorted[0]! };
}

const elapsedMs = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/** A rate scored rate × points, full points below one case (as the district template does). */
function rateItem(code: string, indicator: IndicatorDefinition, points: number): SchemeItem {
  return {
    code,
    name: indicator.name,
    kind: ItemKind.REGULAR,
    points,
    indicator,
    rule: { kind: ScoringRuleKind.RATE_TIMES_POINTS },
    minDenominator: 1,
    belowMinimum: BelowMinimumRule.FULL_POINTS,
  };
}

/** The benchmark's scheme: 10 quantitative case items of the indicator library, 100 points. */
export function benchScheme(): Scheme {
  return validateScheme(
    structuredClone({
      name: '基准测试考核方案（10 项）',
      totalPoints: 100,
      items: [
        rateItem('TIMELY_ACCEPTANCE', TIMELY_ACCEPTANCE_RATE, 10),
        rateItem('ON_TIME_REPLY', ON_TIME_REPLY_RATE, 15),
        rateItem('ON_TIME_COMPLETION', ON_TIME_COMPLETION_RATE, 10),
        rateItem('PARTICIPATION', PARTICIPATION_RATE, 5),
        rateItem('SATISFACTION', SATISFACTION_RATE, 15),
        rateItem('FIRST_PETITION_RESOLUTION', FIRST_PETITION_RESOLUTION_RATE, 10),
        {
          code: 'REPEAT_SHARE',
          name: REPEAT_PETITION_SHARE.name,
          kind: ItemKind.REGULAR,
          points: 10,
          indicator: REPEAT_PETITION_SHARE,
          rule: { kind: ScoringRuleKind.RANK, higherIsBetter: false, minimum: 0 },
          minDenominator: 1,
          belowMinimum: BelowMinimumRule.FULL_POINTS,
        },
        rateItem('BACKLOG_RESOLUTION', BACKLOG_RESOLUTION_RATE, 10),
        {
          code: 'COLLECTIVE_VISIT_PERSON_TIMES',
          name: COLLECTIVE_VISIT_PERSON_TIMES.name,
          kind: ItemKind.REGULAR,
          points: 10,
          indicator: COLLECTIVE_VISIT_PERSON_TIMES,
          rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -0.01, fromFull: true },
        },
        {
          code: 'LEVEL_SKIPPING_VISIT_BATCHES',
          name: LEVEL_SKIPPING_VISIT_BATCHES.name,
          kind: ItemKind.REGULAR,
          points: 5,
          indicator: LEVEL_SKIPPING_VISIT_BATCHES,
          rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -0.5, fromFull: true },
        },
      ],
    }),
  );
}

/**
 * The floor: the same ten numerators and denominators written by hand as one aggregate over the
 * facts, `$1` the assessing path, `$2` the targets' depth, `$3`/`$4` the period, `$5` the as-of date.
 * Column names follow the computation's (`n<i>`, `d<i>` for item i).
 */
export const FLOOR_SQL = `SELECT subpath(f.tenant_path, 0, $2::int)::text AS target,
       count(*) FILTER (WHERE x.reg AND x.notify_ok IS NOT NULL) AS d0,
       count(*) FILTER (WHERE x.reg AND x.notify_ok) AS n0,
       count(*) FILTER (WHERE x.reg AND x.handle_ok IS NOT NULL) AS d1,
       count(*) FILTER (WHERE x.reg AND x.handle_ok) AS n1,
       count(*) FILTER (WHERE x.fin AND x.handle_ok IS NOT NULL) AS d2,
       count(*) FILTER (WHERE x.fin AND x.handle_ok) AS n2,
       count(*) FILTER (WHERE x.fin AND x.done AND x.replied) AS d3,
       count(*) FILTER (WHERE x.fin AND x.done AND x.replied AND f.rating IS NOT NULL) AS n3,
       count(*) FILTER (WHERE x.fin AND x.replied AND f.rating IS NOT NULL) AS d4,
       count(*) FILTER (WHERE x.fin AND x.replied AND f.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS n4,
       count(*) FILTER (WHERE x.fin AND x.done AND f.kind = 'CLAIM' AND f.first_petition AND f.ending IN ('DECIDED', 'MEDIATED', 'WITHDRAWN')) AS d5,
       count(*) FILTER (WHERE x.fin AND x.done AND f.kind = 'CLAIM' AND f.first_petition AND f.ending IN ('DECIDED', 'MEDIATED', 'WITHDRAWN') AND x.resolved AND NOT f.reviewed) AS n5,
       count(*) FILTER (WHERE x.reg) AS d6,
       count(*) FILTER (WHERE x.reg AND NOT f.first_petition) AS n6,
       count(*) FILTER (WHERE x.backlog AND f.kind = 'CLAIM') AS d7,
       count(*) FILTER (WHERE x.backlog AND f.kind = 'CLAIM' AND x.fin AND f.finished_on <= $5::date AND x.resolved) AS n7,
       coalesce(sum(f.person_count) FILTER (WHERE x.reg AND f.channel = 'VISIT' AND f.collective), 0) AS n8,
       count(*) FILTER (WHERE x.reg AND f.channel = 'VISIT' AND f.level_skipping) AS n9
  FROM assessment.case_facts f
  CROSS JOIN LATERAL (
    SELECT f.registered_on BETWEEN $3::date AND $4::date AS reg,
           coalesce(f.finished_on BETWEEN $3::date AND $4::date, false) AS fin,
           f.registered_on < $3::date AND (f.finished_on IS NULL OR f.finished_on >= $3::date) AS backlog,
           coalesce(f.finished_on <= $5::date, false) AS done,
           CASE WHEN f.notify_done <= $5::date THEN f.notify_done <= f.notify_due WHEN f.notify_due < $5::date THEN false END AS notify_ok,
           CASE WHEN f.handle_done <= $5::date THEN f.handle_done <= f.handle_due WHEN f.handle_due < $5::date THEN false END AS handle_ok,
           coalesce(f.ending IN ('DECIDED', 'ANSWERED'), false) AS replied,
           coalesce(f.kind = 'CLAIM' AND (f.ending = 'MEDIATED' OR (f.ending = 'DECIDED' AND (f.outcome IN ('SUPPORTS', 'PARTLY_SUPPORTS')
                    OR f.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')))), false) AS resolved
  ) x
 WHERE f.tenant_path <@ $1::ltree AND nlevel(f.tenant_path) >= $2::int
   AND (f.registered_on >= $3::date OR f.finished_on >= $3::date OR f.finished_on IS NULL)
   AND f.registered_on <= $4::date
 GROUP BY 1`;

/** A case's ending (`c`, a row of `cases.cases`), as the cases service's `caseEnding` states it. */
const ENDING_SQL = `CASE WHEN c.decline_reason IS NOT NULL THEN 'DECLINED' WHEN c.close_reason = 'MEDIATED' THEN 'MEDIATED'
  WHEN c.close_reason = 'WITHDRAWN' THEN 'WITHDRAWN' WHEN c.close_reason = 'COMPLETED' THEN 'ANSWERED'
  WHEN c.kind = 'CLAIM' AND c.outcome IS NOT NULL THEN 'DECIDED' END`;
const FINAL_SQL = `(c.state = 'FINALIZED' OR coalesce(c.close_reason = 'WINDOW_LAPSED', false))`;

/** Fills `assessment.case_facts` from the cases (skipped when it holds as many rows as there are cases). */
async function fillFacts(admin: pg.Client, log: (line: string) => void): Promise<AssessmentResult['facts']> {
  const copied = await admin.query(
    `INSERT INTO assessment.jurisdictions (tenant_id, tenant_path, parent_id, code, name, level)
     SELECT id, path, parent_id, code, name, level FROM core.tenants ON CONFLICT DO NOTHING`,
  );
  const jurisdictionsCopied = copied.rowCount ?? 0;
  if (jurisdictionsCopied) log(`assessment: ${jurisdictionsCopied} jurisdictions copied from core.tenants`);
  const count = async (sql: string) => Number((await admin.query(sql)).rows[0].n);
  const cases = await count(`SELECT count(*) AS n FROM cases.cases`);
  let facts = await count(`SELECT count(*) AS n FROM assessment.case_facts`);
  let filledSeconds: number | null = null;
  if (facts !== cases) {
    log(`assessment: filling case_facts from ${cases} cases (it holds ${facts})`);
    const started = process.hrtime.bigint();
    await admin.query('BEGIN');
    try {
      await admin.query(`SET LOCAL work_mem = '256MB'`);
      await admin.query(`TRUNCATE assessment.case_facts`);
      // As caseFactRow: the problem jurisdiction's id and path, the latest run of the NOTIFY and
      // HANDLE clocks (by start day), reviewed when a REVIEW clock ever started, the ending as the
      // cases service's caseEnding states it. The facts' triggers fill the day and month counts
      // in the same statement, with the rule the consumer's upserts and the migration's backfill use.
      await admin.query(
        `INSERT INTO assessment.case_facts (case_id, tenant_id, tenant_path, version, number, registered_on, kind, channel, category_id,
                first_petition, level_skipping, collective, person_count, leader_owned, via_reception, state, finished_on, rating, outcome,
                declined, decline_reason, ending, final, review_result, reexamination_result, reviewed, notify_due, notify_done, handle_due, handle_done, updated_at)
         SELECT c.id, c.problem_jurisdiction_id, c.problem_jurisdiction_path, c.version, c.number, c.registered_on, c.kind, c.channel, c.category_id,
                c.repeat_of_id IS NULL, c.level_skipping, c.person_count >= 5, c.person_count, c.leader_owner_id IS NOT NULL, c.reception_id IS NOT NULL,
                c.state, c.finished_on, c.rating, c.outcome, c.decline_reason IS NOT NULL, c.decline_reason,
                ${ENDING_SQL}, ${FINAL_SQL}, c.review_result, c.reexamination_result,
                coalesce(s.reviewed, false), s.notify_due, s.notify_done, s.handle_due, s.handle_done, now()
           FROM cases.cases c
           LEFT JOIN (
             SELECT case_id,
                    bool_or(stage = 'REVIEW') AS reviewed,
                    (array_agg(deadline ORDER BY started_on DESC, id DESC) FILTER (WHERE stage = 'NOTIFY'))[1] AS notify_due,
                    (array_agg(stopped_on ORDER BY started_on DESC, id DESC) FILTER (WHERE stage = 'NOTIFY'))[1] AS notify_done,
                    (array_agg(deadline ORDER BY started_on DESC, id DESC) FILTER (WHERE stage = 'HANDLE'))[1] AS handle_due,
                    (array_agg(stopped_on ORDER BY started_on DESC, id DESC) FILTER (WHERE stage = 'HANDLE'))[1] AS handle_done
               FROM cases.case_stages
              WHERE stage IN ('NOTIFY', 'HANDLE', 'REVIEW')
              GROUP BY case_id
           ) s ON s.case_id = c.id`,
      );
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK');
      throw error;
    }
    await admin.query(
      `VACUUM (ANALYZE) assessment.case_facts, assessment.case_fact_days, assessment.case_fact_months, assessment.case_fact_years, assessment.jurisdictions`,
    );
    filledSeconds = elapsedMs(started) / 1000;
    facts = await count(`SELECT count(*) AS n FROM assessment.case_facts`);
    log(`assessment: ${facts} case facts in ${filledSeconds.toFixed(0)} s`);
  } else if (jurisdictionsCopied) {
    await admin.query(`ANALYZE assessment.jurisdictions`);
  }
  const jurisdictions = await count(`SELECT count(*) AS n FROM assessment.jurisdictions`);
  const size = (await admin.query(`SELECT pg_size_pretty(pg_total_relation_size('assessment.case_facts')) AS s`)).rows[0].s as string;
  const counts = async (table: string) => {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('assessment.${table}')) AS size FROM assessment.${table}`,
    );
    return rows[0] as { n: number; size: string };
  };
  return {
    rows: facts,
    jurisdictions,
    filledSeconds,
    jurisdictionsCopied,
    caseFactsSize: size,
    days: await counts('case_fact_days'),
    months: await counts('case_fact_months'),
    years: await counts('case_fact_years'),
  };
}

/** A statement of a computation, as run: its text, parameters, duration and when it ran (ms on the process's clock). */
interface RecordedQuery {
  sql: string;
  params: unknown[];
  ms: number;
  from: number;
  to: number;
}

/** An EntityManager whose `query` calls are recorded and timed (ScoreComputation only calls `query`). */
function recording(em: EntityManager, log: () => RecordedQuery[]): EntityManager {
  return new Proxy(em, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, params: unknown[] = []) => {
        const started = process.hrtime.bigint();
        const rows = await target.query(sql, params);
        const to = Number(process.hrtime.bigint()) / 1e6;
        log().push({ sql, params, ms: elapsedMs(started), from: Number(started) / 1e6, to });
        return rows;
      };
    },
  });
}

/** Transactions whose side-by-side work is recorded too (it runs on an EntityManager of its own). */
function recordingSideBySide(transactions: TenantTransactions, log: () => RecordedQuery[]): TenantTransactions {
  return new Proxy(transactions, {
    get(target, property, receiver) {
      if (property !== 'sideBySide') return Reflect.get(target, property, receiver);
      return ((em, settings, first, second) =>
        target.sideBySide(em, settings, first, (other) => second(recording(other, log)))) as TenantTransactions['sideBySide'];
    },
  });
}

/** How long any of the statements was running: their spans' union (side-by-side statements overlap). */
function busyMs(queries: readonly RecordedQuery[]): number {
  let busy = 0;
  let until = -Infinity;
  for (const q of [...queries].sort((a, b) => a.from - b.from)) {
    busy += Math.max(0, q.to - Math.max(q.from, until));
    until = Math.max(until, q.to);
  }
  return busy;
}

export async function measureAssessment(options: AssessmentOptions): Promise<AssessmentResult> {
  const { log } = options;
  const admin = new pg.Client({ connectionString: options.benchUrl, application_name: BENCH_TAG });
  await admin.connect();
  let worker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>> | null = null;
  const created = { caseIds: [] as string[], eventIds: [] as string[] };
  try {
    const facts = await fillFacts(admin, log);
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    await admin.query(
      `SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'assessment' AND c.relkind IN ('r', 'i')`,
    );
    const parallelWorkers = (await admin.query(`SELECT current_setting('max_parallel_workers_per_gather') AS w`)).rows[0].w as string;
    const [province] = (await admin.query(`SELECT id, path::text AS path FROM core.tenants WHERE level = 'PROVINCE' ORDER BY path LIMIT 1`)).rows as {
      id: string;
      path: string;
    }[];

    const config: AppConfig = {
      ...options.config,
      databaseUrl: options.benchUrl,
      appDatabaseUrl: options.appUrl,
      queuePrefix: `${options.config.queuePrefix}-assessment`,
    };
    worker = await NestFactory.createApplicationContext(AssessmentWorkerModule.forRoot({ config, autoStart: false }), { logger: ['error', 'warn'] });
    const transactions = worker.get(TenantTransactions);
    let queries: RecordedQuery[] = [];
    const computation = new ScoreComputation(
      new ScoreStore(),
      new JurisdictionStore(),
      recordingSideBySide(transactions, () => queries),
    );
    // A province assessor's request: a user, so the facts' read policy (the subtree) applies.
    const assessor: TenantContext = {
      userId: randomUUID(),
      username: 'bench.assessor',
      tenantId: province!.id,
      tenantPath: province!.path,
      unitId: null,
      roles: [Role.ASSESSOR],
      requestId: BENCH_TAG,
    };
    const scheme = benchScheme();
    const items = scheme.items.map((item) => ({ code: item.code, name: item.name, indicator: item.indicator!.code }));

    const computations: ComputationResult[] = [];
    const plans: AssessmentResult['plans'] = [];
    let statement: AssessmentResult['statement'] = { sql: '', params: [] };
    let rollupStatements: AssessmentResult['rollupStatements'] = [];
    for (const level of ['COUNTY', 'TOWNSHIP'] as const) {
      const forScoring: SchemeForScoring = { id: randomUUID(), tenantPath: province!.path, targetLevel: level, period: PERIOD, scheme };
      // The floor, in the same context and transaction shape.
      const [{ depth }] = await transactions.run(assessor, (em) =>
        em.query(`SELECT nlevel(tenant_path) AS depth FROM assessment.jurisdictions WHERE level = $1 LIMIT 1`, [level]),
      );
      const floorParams = [province!.path, depth, PERIOD.start, PERIOD.end, options.asOf];
      const floorRuns: number[] = [];
      let floorRows: Record<string, string>[] = [];
      for (let run = 0; run <= options.runs; run++) {
        const started = process.hrtime.bigint();
        floorRows = await transactions.run(assessor, (em) => em.query(FLOOR_SQL, floorParams), COUNTING);
        if (run > 0) floorRuns.push(elapsedMs(started));
      }
      const floor = timing(floorRuns);
      const paths = new Map((await transactions.run(assessor, (em) => computation.targets(em, forScoring))).map((t) => [t.tenantId, t.path]));
      const [{ n }] = await transactions.run(assessor, (em) =>
        em.query(`SELECT count(*)::int AS n FROM assessment.case_facts f WHERE f.tenant_path <@ $1::ltree AND nlevel(f.tenant_path) >= $2::int`, [
          province!.path,
          depth,
        ]),
      );
      const computedBy = new Map<CountingMode, Computed>();
      // The rollups first, then the facts (the reference), alternating would only mix their caches.
      for (const mode of ['ROLLUPS', 'FACTS'] as const) {
        const computeRuns: number[] = [];
        const sqlRuns: number[] = [];
        let computed: Computed = [];
        let cpu = { selfMs: 0, restMs: 0 };
        for (let run = 0; run <= options.runs; run++) {
          queries = [];
          const before = { self: process.cpuUsage(), machine: machineBusyMs() };
          const started = process.hrtime.bigint();
          computed = await transactions.run(
            assessor,
            (em) =>
              computation.compute(
                recording(em, () => queries),
                forScoring,
                isoDate(options.asOf),
                mode,
              ),
            COUNTING,
          );
          const ms = elapsedMs(started);
          const self = process.cpuUsage(before.self);
          const selfMs = (self.user + self.system) / 1000;
          const counting = queries.filter((q) => q.sql.includes('GROUP BY'));
          if (run === 0) {
            log(
              `assessment: ${level} ${mode} warm-up ${ms.toFixed(0)} ms (${computed.length} targets; ${queries.map((q) => `${q.ms.toFixed(0)} ms`).join(' + ')})`,
            );
            continue;
          }
          computeRuns.push(ms);
          sqlRuns.push(busyMs(counting));
          cpu = { selfMs: cpu.selfMs + selfMs / options.runs, restMs: cpu.restMs + (machineBusyMs() - before.machine - selfMs) / options.runs };
        }
        computedBy.set(mode, computed);
        const counting = queries.filter((q) => q.sql.includes('GROUP BY'));
        if (level === 'TOWNSHIP' && mode === 'FACTS') statement = counting[0]!;
        if (level === 'TOWNSHIP' && mode === 'ROLLUPS') rollupStatements = counting.map(({ sql, params }) => ({ sql, params }));
        const result: ComputationResult = {
          level,
          mode,
          targets: computed.length,
          factRows: n,
          compute: timing(computeRuns),
          sqlMs: timing(sqlRuns),
          statements: counting.length,
          floor,
          ratio: 0,
          cpu,
          agrees: compare(computed, paths, floorRows, scheme, log, `${level} ${mode}`),
          sameAsFacts: null,
        };
        result.ratio = result.compute.medianMs / floor.medianMs;
        computations.push(result);
        for (const [i, q] of counting.entries()) {
          if (mode === 'FACTS' && i > 0) break;
          plans.push({
            title: `${mode === 'FACTS' ? "the facts' aggregate" : `rollup statement ${i + 1}`}, ${level} targets — app role, province assessor`,
            plan: await explainIn(transactions, assessor, q.sql, q.params),
          });
        }
      }
      const rolled = computations.find((c) => c.level === level && c.mode === 'ROLLUPS')!;
      rolled.sameAsFacts = sameResults(computedBy.get('ROLLUPS')!, computedBy.get('FACTS')!, log, level);
      for (const c of computations.filter((c) => c.level === level)) {
        log(
          `assessment: ${level} ${c.mode} ${c.targets} targets: compute median ${c.compute.medianMs.toFixed(0)} ms (max ${c.compute.maxMs.toFixed(0)}, SQL ${c.sqlMs.medianMs.toFixed(0)} in ${c.statements} statements), ` +
            `floor median ${floor.medianMs.toFixed(0)} ms, ratio ${c.ratio.toFixed(2)}, ${c.agrees ? 'same counts as the floor' : 'COUNTS DIFFER FROM THE FLOOR'}` +
            (c.sameAsFacts === null ? '' : c.sameAsFacts ? ', same counts as from the facts' : ', COUNTS DIFFER FROM THE FACTS'),
        );
      }
      plans.push({ title: `floor, ${level} targets — app role, province assessor`, plan: await explainIn(transactions, assessor, FLOOR_SQL, floorParams) });
    }

    // --- ingestion ------------------------------------------------------------------------------
    const consumer = worker.get(EventWorker).consumer;
    const ingestion: IngestionResult[] = [];
    const payloads = await factPayloads(admin, options.events * 3);
    facts.mapping = await checkMapping(admin, payloads);
    log(`assessment: filled facts of ${facts.mapping.checked} sampled cases against caseFactRow of their event: ${facts.mapping.differing} differ`);
    let next = 0;
    const take = () => payloads.slice(next, (next += options.events));
    const envelope = (p: FactPayload, tenant: { id: string; path: string }): EventEnvelope<CaseFactEvent> => {
      const caseId = randomUUID();
      const id = randomUUID();
      created.caseIds.push(caseId);
      created.eventIds.push(id);
      return {
        id,
        topic: 'case.transitioned',
        tenantId: tenant.id,
        tenantPath: tenant.path,
        requestId: BENCH_TAG,
        occurredAt: new Date().toISOString(),
        payload: { ...p.payload, caseId },
      };
    };
    const runs: { shape: string; inFlight: number; batches: EventEnvelope<CaseFactEvent>[][] }[] = [];
    // A replay of the province's facts (facts.replay.requested): every event under one tenant, full batches.
    for (const inFlight of [1, WORKER_CONCURRENCY]) {
      const events = take().map((p) => envelope(p, province!));
      runs.push({ shape: 'replay burst: one tenant, batches of 200', inFlight, batches: chunks(events, BATCH_JOB_SIZE) });
    }
    // Live transitions: events of many tenants (the case's holder), grouped within each relay claim as the relay groups them.
    const live = take().map((p) => envelope(p, { id: p.holderId, path: p.holderPath }));
    const asRelayed = (claim: EventEnvelope<CaseFactEvent>[]) => consumerJobs('assessment', claim).map((job) => (Array.isArray(job) ? job : [job]));
    runs.push({
      shape: `live mix: holders' events, as the relay groups claims of ${RELAY_CLAIM}`,
      inFlight: WORKER_CONCURRENCY,
      batches: chunks(live, RELAY_CLAIM).flatMap(asRelayed),
    });
    for (const run of runs) {
      const events = run.batches.reduce((sum, b) => sum + b.length, 0);
      log(`assessment: ingesting ${events} case.transitioned events in ${run.batches.length} batches, ${run.inFlight} in flight (${run.shape})`);
      const before = { self: process.cpuUsage(), machine: machineBusyMs() };
      const started = process.hrtime.bigint();
      let applied = 0;
      let cursor = 0;
      await Promise.all(
        Array.from({ length: run.inFlight }, async () => {
          while (cursor < run.batches.length) {
            const fresh = await consumer.applyBatch(run.batches[cursor++]!);
            applied += fresh;
          }
        }),
      );
      const seconds = elapsedMs(started) / 1000;
      const self = process.cpuUsage(before.self);
      const selfMs = (self.user + self.system) / 1000;
      const restMs = machineBusyMs() - before.machine - selfMs;
      if (applied !== events) throw new Error(`ingestion applied ${applied} of ${events} events`);
      const result = {
        shape: run.shape,
        events,
        batches: run.batches.length,
        inFlight: run.inFlight,
        seconds,
        perSecond: events / seconds,
        cpu: { selfMs: selfMs / events, restMs: restMs / events },
      };
      ingestion.push(result);
      log(`assessment: ${events} events in ${seconds.toFixed(2)} s = ${Math.round(result.perSecond)}/s`);
    }
    const stored = Number((await admin.query(`SELECT count(*) AS n FROM assessment.case_facts WHERE case_id = ANY($1::uuid[])`, [created.caseIds])).rows[0].n);
    if (stored !== created.caseIds.length) throw new Error(`ingestion stored ${stored} of ${created.caseIds.length} facts`);

    return {
      facts,
      period: PERIOD,
      asOf: options.asOf,
      items,
      computations,
      statement,
      rollupStatements,
      floorSql: FLOOR_SQL,
      plans,
      ingestion,
      parallelWorkers,
    };
  } finally {
    await worker?.close();
    await cleanUp(admin, created).catch((error) => log(`warning: ingested facts not removed: ${(error as Error).message}`));
    await admin.end();
  }
}

/** Whether two computations gave every target the same counts, points, total, rank and grade, item by item; the first differences logged. */
function sameResults(a: Computed, b: Computed, log: (line: string) => void, level: string): boolean {
  const other = new Map(b.map((t) => [t.tenantId, t]));
  let differences = 0;
  for (const target of a) {
    const them = other.get(target.tenantId);
    const mine = { total: target.total, rank: target.rank, grade: target.grade, items: target.items };
    const theirs = them && { total: them.total, rank: them.rank, grade: them.grade, items: them.items };
    if (JSON.stringify(mine) !== JSON.stringify(theirs) && differences++ < 5) {
      log(
        `assessment: ${level} ${target.code}: from the rollups ${JSON.stringify(mine.items.map((i) => [i.code, i.numerator, i.denominator]))}, from the facts ${JSON.stringify(theirs?.items.map((i) => [i.code, i.numerator, i.denominator]))}`,
      );
    }
  }
  return differences === 0 && a.length === b.length;
}

/** Whether every target's numerators and denominators are the same in the computation and the floor. */
function compare(
  computed: Awaited<ReturnType<ScoreComputation['compute']>>,
  paths: ReadonlyMap<string, string>,
  floor: Record<string, string>[],
  scheme: Scheme,
  log: (line: string) => void,
  level: string,
): boolean {
  const byTarget = new Map(floor.map((row) => [row.target!, row]));
  let differences = 0;
  for (const target of computed) {
    const row = byTarget.get(paths.get(target.tenantId)!);
    scheme.items.forEach((item, i) => {
      const result = target.items.find((r) => r.code === item.code)!;
      const n = row ? Number(row[`n${i}`]) : 0;
      const d = row && row[`d${i}`] !== undefined ? Number(row[`d${i}`]) : null;
      if (result.numerator !== n || (d !== null && result.denominator !== d)) {
        if (differences++ < 5) log(`assessment: ${level} ${target.code} ${item.code}: computed ${result.numerator}/${result.denominator}, floor ${n}/${d}`);
      }
    });
  }
  return differences === 0;
}

async function explainIn(transactions: TenantTransactions, ctx: TenantContext, sql: string, params: unknown[]): Promise<string> {
  const rows: { 'QUERY PLAN': string }[] = await transactions.run(ctx, (em) => em.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params), COUNTING);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

interface FactPayload {
  holderId: string;
  holderPath: string;
  payload: CaseFactEvent;
}

/** `case.transitioned` payloads (CaseFactPayload of the cases service) made from real cases, spread over the province. */
async function factPayloads(admin: pg.Client, count: number): Promise<FactPayload[]> {
  const { rows } = await admin.query(
    `SELECT c.handling_tenant_id AS "holderId", c.tenant_path::text AS "holderPath",
            json_build_object(
              'caseId', c.id, 'number', c.number, 'version', c.version, 'action', 'DELIVER', 'fromState', 'DECIDED', 'toState', c.state,
              'at', now(), 'registeringTenantId', c.tenant_id, 'problemJurisdictionId', c.problem_jurisdiction_id,
              'problemJurisdictionPath', c.problem_jurisdiction_path::text, 'handlingTenantId', c.handling_tenant_id, 'handlingUnitId', c.handling_unit_id,
              'kind', c.kind, 'channel', c.channel, 'categoryId', c.category_id, 'firstPetition', c.repeat_of_id IS NULL, 'repeatOfId', c.repeat_of_id,
              'levelSkipping', c.level_skipping, 'collective', c.person_count >= 5, 'personCount', c.person_count, 'leaderOwnerId', c.leader_owner_id,
              'receptionId', c.reception_id, 'registeredOn', c.registered_on, 'finishedOn', c.finished_on, 'rating', c.rating, 'outcome', c.outcome,
              'declineReason', c.decline_reason, 'closeReason', c.close_reason, 'ending', ${ENDING_SQL}, 'final', ${FINAL_SQL},
              'reviewResult', c.review_result, 'reexaminationResult', c.reexamination_result,
              'stages', (SELECT coalesce(json_agg(json_build_object('stage', s.stage, 'ownerTenantId', s.owner_tenant_id, 'startedOn', s.started_on,
                                                                    'deadline', s.deadline, 'stoppedOn', s.stopped_on, 'onTime', s.on_time) ORDER BY s.started_on), '[]')
                           FROM cases.case_stages s WHERE s.case_id = c.id)
            ) AS payload
       FROM cases.cases c TABLESAMPLE SYSTEM (10) REPEATABLE (2026)
      LIMIT $1`,
    [count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} cases sampled for ${count} fact events`);
  return rows;
}

/** Compares the filled fact rows of the sampled cases with what `caseFactRow` makes of their events. */
async function checkMapping(admin: pg.Client, payloads: readonly FactPayload[]): Promise<{ checked: number; differing: number; example?: string }> {
  const { rows } = await admin.query(
    `SELECT case_id, tenant_id, tenant_path::text AS tenant_path, version, number, registered_on::text AS registered_on, kind, channel, category_id,
            first_petition, level_skipping, collective, person_count, leader_owned, via_reception, state, finished_on::text AS finished_on, rating, outcome,
            declined, decline_reason, ending, final, review_result, reexamination_result,
            reviewed, notify_due::text AS notify_due, notify_done::text AS notify_done, handle_due::text AS handle_due, handle_done::text AS handle_done
       FROM assessment.case_facts WHERE case_id = ANY($1::uuid[])`,
    [payloads.map((p) => p.payload.caseId)],
  );
  const stored = new Map(rows.map((row) => [row.case_id as string, row as Record<string, unknown>]));
  let differing = 0;
  let example: string | undefined;
  for (const { payload } of payloads) {
    const expected = caseFactRow(payload) as unknown as Record<string, unknown>;
    const row = stored.get(payload.caseId);
    const wrong = row ? Object.keys(expected).filter((key) => String(expected[key]) !== String(row[key])) : ['(missing)'];
    if (wrong.length) {
      differing++;
      example ??= `${payload.caseId}: ${wrong.map((key) => `${key} ${String(row?.[key])} ≠ ${String(expected[key])}`).join(', ')}`;
    }
  }
  return { checked: payloads.length, differing, ...(example ? { example } : {}) };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Removes the facts and processed-event records the ingestion made. */
async function cleanUp(admin: pg.Client, created: { caseIds: string[]; eventIds: string[] }): Promise<void> {
  if (!created.caseIds.length) return;
  await admin.query(`DELETE FROM assessment.case_facts WHERE case_id = ANY($1::uuid[])`, [created.caseIds]);
  await admin.query(`DELETE FROM assessment.processed_events WHERE event_id = ANY($1::uuid[])`, [created.eventIds]);
  // The counts too: every event ingested updated their rows, and this server may not vacuum by itself
  // (the next runs' scores read the dead rows otherwise: the townships' ~20% slower after a dozen runs).
  await admin.query(
    `VACUUM (ANALYZE) assessment.case_facts, assessment.processed_events, assessment.case_fact_days, assessment.case_fact_months, assessment.case_fact_years`,
  );
}
