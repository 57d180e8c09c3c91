import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { COUNT_COLUMNS, COUNT_TABLES, caseFactCounts, signedFacts } from '../../migrations/1767000000350-case-fact-rollups.js';
import { AssessmentHarness } from './assessment-harness.js';
import { type CaseVersion, caseFactOf, caseVersion, day } from './case-fact-arbitraries.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  zhuzhou: { code: '430200', name: '株洲市', level: 'CITY', parent: 'hunan' },
});
type Key = 'furong' | 'tianxin' | 'zhuzhou';

describe('assessment: case counts kept with the facts', () => {
  const h = new AssessmentHarness(tree);
  const event = (caseId: string, problem: Key, v: CaseVersion) => caseFactOf(h, caseId, problem, v);
  beforeAll(() => h.start());
  afterAll(() => h.stop());
  beforeEach(() => h.rows(`TRUNCATE assessment.case_facts, assessment.processed_events`));

  /** The day, month and year rows as kept, and as a GROUP BY of the facts held counts them (all-zero rows, left by facts moved away, aside). */
  async function keptAndRecounted(): Promise<{ kept: unknown[][]; recounted: unknown[][] }> {
    const nonZero = COUNT_COLUMNS.map((c) => `${c} <> 0`).join(' OR ');
    const columns = `tenant_path::text, day::text, ${COUNT_COLUMNS.map((c) => `${c}::int`).join(', ')}`;
    const read = async (sql: string) =>
      (await h.rows(`SELECT ${columns} FROM (${sql}) r WHERE ${nonZero} ORDER BY tenant_path, day`)).map((row) => ({ ...row }));
    const facts = signedFacts(1, 'assessment.case_facts');
    const grains = ['day', 'month', 'year'] as const;
    return {
      kept: await Promise.all(grains.map((grain) => read(`SELECT * FROM assessment.${COUNT_TABLES[grain]}`))),
      recounted: await Promise.all(grains.map((grain) => read(caseFactCounts(facts, grain)))),
    };
  }

  it('keeps the counts equal to a recount of the facts through inserts, later versions, older versions arriving late and redeliveries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom<Key>('furong', 'tianxin', 'zhuzhou'), fc.array(caseVersion, { minLength: 1, maxLength: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 3 }),
        async (cases, batches) => {
          await h.rows(`TRUNCATE assessment.case_facts, assessment.processed_events`);
          const events = cases.flatMap(([problem, versions], i) => {
            const caseId = `7f000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
            // The jurisdiction may change between versions (a case handed to another problem jurisdiction).
            return versions.map((v, k) => h.envelope('case.transitioned', 'hunan', event(caseId, k % 2 ? 'tianxin' : problem, v)));
          });
          // In the order drawn (older versions may come last), in a few batches, one redelivered.
          const size = Math.ceil(events.length / batches);
          for (let i = 0; i < events.length; i += size) await h.deliver(events.slice(i, i + size));
          await h.deliver(events.slice(0, 1));
          const { kept, recounted } = await keptAndRecounted();
          expect(kept).toEqual(recounted);
          expect(recounted.flat().length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a fact moved to a later version takes its counts from the old day and jurisdiction and adds them to the new', async () => {
    const first = event('7f000000-0000-4000-8000-00000000aa01', 'furong', {
      version: 1,
      registered: 30,
      finishedAfter: null,
      notifyDone: null,
      handleDone: null,
      kind: 'CLAIM',
      channel: 'VISIT',
      firstPetition: true,
      levelSkipping: false,
      personCount: 6,
      leader: false,
      reception: false,
      reviewed: false,
      rating: null,
      outcome: null,
      ending: null,
    });
    await h.deliver([h.envelope('case.transitioned', 'hunan', first)]);
    const moved = { ...first, version: 2, problemJurisdictionId: tree.ids.tianxin, problemJurisdictionPath: tree.pathOf('tianxin'), registeredOn: day(31) };
    await h.deliver([h.envelope('case.transitioned', 'hunan', moved)]);
    // The older version again: ignored, counts unchanged.
    await h.deliver([h.envelope('case.transitioned', 'hunan', first)]);
    const rows = await h.rows(
      `SELECT tenant_path::text, day::text, registered, registered_collective_visit_persons FROM assessment.case_fact_days WHERE registered <> 0 ORDER BY day`,
    );
    expect(rows).toEqual([{ tenant_path: tree.pathOf('tianxin'), day: '2026-02-01', registered: 1, registered_collective_visit_persons: 6 }]);
    expect(await h.rows(`SELECT tenant_path::text, day::text, registered FROM assessment.case_fact_months ORDER BY tenant_path, day`)).toEqual([
      { tenant_path: tree.pathOf('furong'), day: '2026-01-01', registered: 0 },
      { tenant_path: tree.pathOf('tianxin'), day: '2026-02-01', registered: 1 },
    ]);
    expect(await h.rows(`SELECT tenant_path::text, day::text, registered FROM assessment.case_fact_years ORDER BY tenant_path, day`)).toEqual([
      { tenant_path: tree.pathOf('furong'), day: '2026-01-01', registered: 0 },
      { tenant_path: tree.pathOf('tianxin'), day: '2026-01-01', registered: 1 },
    ]);
  });

  it('shows an assessor the counts of the subtree only', async () => {
    const v: CaseVersion = {
      version: 1,
      registered: 10,
      finishedAfter: 5,
      notifyDone: 3,
      handleDone: 5,
      kind: 'CLAIM',
      channel: 'VISIT',
      firstPetition: true,
      levelSkipping: false,
      personCount: 1,
      leader: false,
      reception: false,
      reviewed: false,
      rating: 'SATISFIED',
      outcome: 'SUPPORTS',
      ending: 'DECIDED',
    };
    await h.deliver([
      h.envelope('case.transitioned', 'hunan', event('7f000000-0000-4000-8000-00000000bb01', 'furong', v)),
      h.envelope('case.transitioned', 'hunan', event('7f000000-0000-4000-8000-00000000bb02', 'zhuzhou', v)),
    ]);
    const asAssessorOf = (key: 'changsha' | 'zhuzhou') => ({
      ...systemContextFor(tree.ids[key], tree.pathOf(key), 'test-rollup-rls'),
      userId: '7f000000-0000-4000-8000-0000000000a1',
      roles: [Role.ASSESSOR],
    });
    const read = (key: 'changsha' | 'zhuzhou') =>
      h.app
        .get(TenantTransactions)
        .run(asAssessorOf(key), (em: EntityManager) =>
          Promise.all(Object.values(COUNT_TABLES).map((t) => em.query(`SELECT DISTINCT tenant_path::text AS path FROM assessment.${t} ORDER BY 1`))),
        );
    expect(await read('changsha')).toEqual(Array(3).fill([{ path: tree.pathOf('furong') }]));
    expect(await read('zhuzhou')).toEqual(Array(3).fill([{ path: tree.pathOf('zhuzhou') }]));
    // Nobody but the consumer writes them.
    await h.app
      .get(TenantTransactions)
      .run(asAssessorOf('changsha'), (em: EntityManager) => em.query(`UPDATE assessment.case_fact_days SET registered = registered + 1`));
    expect(await h.rows(`SELECT sum(registered)::int AS n FROM assessment.case_fact_days`)).toEqual([{ n: 2 }]);
  });

  it('reads the tenant path once per statement on the facts and the counts, not again for every row (migration 1767000000370)', async () => {
    const assessor = { ...systemContextFor(tree.ids.changsha, tree.pathOf('changsha'), 'test-rollup-plan'), userId: '7f000000-0000-4000-8000-0000000000a1' };
    const tables = ['case_facts', 'task_facts', 'notice_facts', 'meeting_facts', ...Object.values(COUNT_TABLES)];
    const plans = await h.app.get(TenantTransactions).run(assessor, async (em: EntityManager) => {
      const explained: string[] = [];
      for (const table of tables) {
        const rows: { 'QUERY PLAN': string }[] = await em.query(`EXPLAIN (COSTS OFF) SELECT count(*) FROM assessment.${table} f`);
        explained.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return explained;
    });
    for (const plan of plans) {
      expect(plan).toMatch(/InitPlan/);
      expect(plan).not.toMatch(/current_setting/);
    }
  });
});
