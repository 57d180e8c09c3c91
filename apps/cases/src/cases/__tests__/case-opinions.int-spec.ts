import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ManualClock } from '#common/clock';
import { systemContextFor } from '#common/tenancy';
import { LifecycleService } from '../lifecycle.service.js';
import { startCasesApp, asAppRole, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { graphql } from '#test/gql/index.js';
import { dataOf, errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { OPINIONS_FROM_TIMELINE, RESULTS_FROM_OPINIONS } from '../../migrations/1767000000501-case-opinions.js';

const OPINIONS = graphql(`
  query CaseOpinionsSpecOpinions($id: ID!) {
    case(id: $id) {
      reviewResult
      reexaminationResult
      ending
      final
      opinions {
        id
        seq
        kind
        outcome
        result
        resultInferred
        reviewedOpinionId
        text
        issuerTenantId
        issuedByName
        issuedOn
        inForce
      }
    }
  }
`);

describe('every opinion of a case, and how each case ended', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  let category: string;
  let jinjiang: string;
  let chengdu: string;
  let housing: string;

  const register = (overrides: Record<string, unknown> = {}) =>
    api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title: '某企业拖欠工伤赔偿',
      content: '信访人反映某企业拖欠工伤赔偿款，要求督促支付。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '陈某', representative: false }],
      ...overrides,
    });
  const next = (kase: CaseView) => ({ caseId: kase.id, version: kase.version });
  /** Registered, routed to the county's bureau and accepted by it. */
  const accepted = async (overrides: Record<string, unknown> = {}) => {
    let kase = await register(overrides);
    kase = await api.step('jj.registrar', 'routeCase', { ...next(kase), mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, next(kase));
    return kase;
  };
  const delivered = async (outcome: string, text: string) => {
    let kase = await accepted();
    kase = await api.step('jj.handler', 'decideCase', { ...next(kase), outcome, text });
    return api.step('jj.handler', 'deliverCase', next(kase));
  };
  const lastFact = async (caseId: string) =>
    (
      await system.admin.query(
        `SELECT payload FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'caseId' = $1 ORDER BY created_at DESC LIMIT 1`,
        [caseId],
      )
    ).rows[0].payload;

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    category = await categoryId(api, 'sc.registrar');
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    chengdu = await api.idOf('sc.registrar', 'tenant', '510100');
    housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  });
  afterAll(() => system.close());

  describe('opinions (处理意见、复查意见、复核意见)', () => {
    let reviewed: CaseView;

    beforeAll(async () => {
      clock.set(new Date('2026-06-01T01:00:00Z'));
      reviewed = await delivered('PARTLY_SUPPORTS', '经调查，支持赔偿本金，不支持利息。');
      clock.set(new Date('2026-06-10T01:00:00Z'));
      reviewed = await api.step('cd.registrar', 'requestReview', next(reviewed));
    });

    it('a review that upholds must keep the reviewed conclusion, and is refused without writing anything otherwise', async () => {
      const before = await system.admin.query(`SELECT count(*)::int AS n FROM cases.case_opinions`);
      const result = await api.mutate('cd.leader', 'decideReview', { ...next(reviewed), outcome: 'SUPPORTS', text: '维持。', result: 'UPHELD' });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors![0].message).toContain('部分支持');
      const missing = await api.mutate('cd.leader', 'decideReview', { ...next(reviewed), outcome: 'SUPPORTS', text: '支持。' });
      expect(errorCode(missing)).toBe('VALIDATION');
      expect((await system.admin.query(`SELECT count(*)::int AS n FROM cases.case_opinions`)).rows[0].n).toBe(before.rows[0].n);
      expect((await api.case('cd.registrar', reviewed.id))!.version).toBe(reviewed.version);
    });

    it('a review that changes the decision keeps both opinions, the review’s in force with result CHANGED', async () => {
      clock.set(new Date('2026-06-20T01:00:00Z'));
      reviewed = await api.step('cd.leader', 'decideReview', {
        ...next(reviewed),
        outcome: 'SUPPORTS',
        text: '复查认为利息亦应支付，变更为予以支持。',
        result: 'CHANGED',
      });
      expect(reviewed).toMatchObject({ state: 'REVIEWED', outcome: 'SUPPORTS', reviewResult: 'CHANGED', ending: 'DECIDED', final: false });
      const data = dataOf(await api.query('jj.registrar', OPINIONS, { id: reviewed.id }));
      const [handling, review] = data.case.opinions;
      expect(data.case.opinions).toHaveLength(2);
      expect(handling).toMatchObject({
        seq: 1,
        kind: 'HANDLING',
        outcome: 'PARTLY_SUPPORTS',
        result: null,
        text: '经调查，支持赔偿本金，不支持利息。',
        issuerTenantId: jinjiang,
        issuedByName: 'jj.handler',
        issuedOn: '2026-06-01',
        inForce: false,
      });
      expect(review).toMatchObject({
        seq: 2,
        kind: 'REVIEW',
        outcome: 'SUPPORTS',
        result: 'CHANGED',
        resultInferred: false,
        reviewedOpinionId: handling.id,
        text: '复查认为利息亦应支付，变更为予以支持。',
        issuerTenantId: chengdu,
        issuedByName: 'cd.leader',
        issuedOn: '2026-06-20',
        inForce: true,
      });
      expect(await lastFact(reviewed.id)).toMatchObject({
        outcome: 'SUPPORTS',
        reviewResult: 'CHANGED',
        reexaminationResult: null,
        ending: 'DECIDED',
        final: false,
      });
    });

    it('a re-examination that upholds the review finalizes the case with all three opinions', async () => {
      clock.set(new Date('2026-06-25T01:00:00Z'));
      let kase = await api.step('sc.registrar', 'requestReexamination', next(reviewed));
      kase = await api.step('sc.leader', 'decideReexamination', { ...next(kase), outcome: 'SUPPORTS', text: '复核维持复查意见。', result: 'UPHELD' });
      expect(kase).toMatchObject({ state: 'FINALIZED', reviewResult: 'CHANGED', reexaminationResult: 'UPHELD', ending: 'DECIDED', final: true });
      const opinions = (await api.query('jj.registrar', OPINIONS, { id: kase.id })).data!.case.opinions;
      expect(opinions.map((o) => [o.kind, o.result, o.inForce])).toEqual([
        ['HANDLING', null, false],
        ['REVIEW', 'CHANGED', false],
        ['REEXAMINATION', 'UPHELD', true],
      ]);
      expect(opinions[2].reviewedOpinionId).toBe(opinions[1].id);
      expect(await lastFact(kase.id)).toMatchObject({ reviewResult: 'CHANGED', reexaminationResult: 'UPHELD', ending: 'DECIDED', final: true });
    });

    it('counts reviews and their results where case statistics show counts', async () => {
      const stats = await api.query(
        'cd.registrar',
        graphql(`
          query CaseOpinionsSpecCaseStatistics {
            caseStatistics(period: { from: "2026-06-01", to: "2026-06-01" }, groupBy: KIND) {
              key
              batches
              reviews
              reviewsUpheld
              reviewsChanged
              reviewsRevoked
              reexaminations
              reexaminationsUpheld
            }
          }
        `),
        {},
      );
      expect(stats.data!.caseStatistics).toEqual([
        { key: 'CLAIM', batches: 1, reviews: 1, reviewsUpheld: 0, reviewsChanged: 1, reviewsRevoked: 0, reexaminations: 1, reexaminationsUpheld: 1 },
      ]);
    });

    it('opinions are visible exactly where their case is', async () => {
      const paths = await system.admin.query(`SELECT code, path::text FROM core.tenants WHERE code IN ('510104', '510107')`);
      const path = (code: string) => paths.rows.find((r) => r.code === code)!.path;
      const sql = `SELECT count(*)::int AS n FROM cases.case_opinions WHERE case_id = $1`;
      const app = new pg.Pool({ connectionString: system.db.config.appDatabaseUrl, max: 1 });
      try {
        expect(await asAppRole(app, { path: path('510104') }, sql, [reviewed.id])).toEqual([{ n: 3 }]);
        expect(await asAppRole(app, { path: path('510107') }, sql, [reviewed.id])).toEqual([{ n: 0 }]);
      } finally {
        await app.end();
      }
    });

    it('an opinion sent back (退回重办) stays on record, no longer in force', async () => {
      clock.set(new Date('2026-07-01T01:00:00Z'));
      let kase = await register({ kind: 'SUGGESTION' });
      kase = await api.step('jj.registrar', 'routeCase', {
        ...next(kase),
        mode: 'ASSIGN',
        tenantId: jinjiang,
        unitId: housing,
        completionReportDue: '2026-08-31',
      });
      for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, next(kase));
      kase = await api.step('jj.handler', 'decideCase', { ...next(kase), outcome: 'EXPLAINS', text: '已作解释说明。' });
      kase = await api.step('jj.handler', 'deliverCase', next(kase));
      kase = await api.step('jj.handler', 'submitCompletionReport', next(kase));
      kase = await api.step('jj.registrar', 'sendBackCase', { ...next(kase), reason: '未回应诉求', completionReportDue: '2026-09-30' });
      let opinions = (await api.query('jj.registrar', OPINIONS, { id: kase.id })).data!.case.opinions;
      expect(opinions.map((o) => [o.kind, o.outcome, o.inForce])).toEqual([['HANDLING', 'EXPLAINS', false]]);
      kase = await api.step('jj.handler', 'decideCase', { ...next(kase), outcome: 'SUPPORTS', text: '采纳建议。' });
      opinions = (await api.query('jj.registrar', OPINIONS, { id: kase.id })).data!.case.opinions;
      expect(opinions.map((o) => [o.seq, o.outcome, o.text, o.inForce])).toEqual([
        [1, 'EXPLAINS', '已作解释说明。', false],
        [2, 'SUPPORTS', '采纳建议。', true],
      ]);
    });

    it('the migration brings the opinions of existing cases in from their timelines', async () => {
      const client = await system.admin.connect();
      try {
        // The case as it stood before opinions were kept: only the latest text, no results.
        await client.query('ALTER TABLE cases.case_opinions DISABLE TRIGGER cases_case_opinions_append_only');
        await client.query('DELETE FROM cases.case_opinions WHERE case_id = $1', [reviewed.id]);
        await client.query('ALTER TABLE cases.case_opinions ENABLE TRIGGER cases_case_opinions_append_only');
        await client.query('UPDATE cases.cases SET review_result = NULL, reexamination_result = NULL WHERE id = $1', [reviewed.id]);
        await client.query(OPINIONS_FROM_TIMELINE);
        await client.query(RESULTS_FROM_OPINIONS);
      } finally {
        client.release();
      }
      const data = dataOf(await api.query('jj.registrar', OPINIONS, { id: reviewed.id }));
      expect(data.case).toMatchObject({ reviewResult: 'CHANGED', reexaminationResult: 'UPHELD' });
      const [handling, review, reexamination] = data.case.opinions;
      expect(handling).toMatchObject({
        kind: 'HANDLING',
        outcome: 'PARTLY_SUPPORTS',
        result: null,
        text: null,
        issuerTenantId: jinjiang,
        issuedOn: '2026-06-01',
      });
      // Inferred from the conclusions: a different one is 变更, the same 维持.
      expect(review).toMatchObject({
        kind: 'REVIEW',
        outcome: 'SUPPORTS',
        result: 'CHANGED',
        resultInferred: true,
        reviewedOpinionId: handling.id,
        text: null,
      });
      expect(reexamination).toMatchObject({ kind: 'REEXAMINATION', result: 'UPHELD', resultInferred: true, text: '复核维持复查意见。', inForce: true });
    });
  });

  describe('how each case ended, on the case and in its fact event', () => {
    const ended = async (kase: CaseView) => {
      const fact = await lastFact(kase.id);
      return [kase.ending, kase.final, fact.ending, fact.final];
    };

    it('decided, mediated, withdrawn, declined by reason, answered and final', async () => {
      clock.set(new Date('2026-08-03T01:00:00Z'));
      let decided = await accepted();
      decided = await api.step('jj.handler', 'decideCase', { ...next(decided), outcome: 'SUPPORTS', text: '予以支持。' });
      expect(await ended(decided)).toEqual(['DECIDED', false, 'DECIDED', false]);

      const mediated = await api.step('jj.handler', 'closeCase', { ...next(await accepted()), reason: 'MEDIATED' });
      expect(await ended(mediated)).toEqual(['MEDIATED', false, 'MEDIATED', false]);

      const withdrawn = await api.step('jj.registrar', 'closeCase', { ...next(await register()), reason: 'WITHDRAWN' });
      expect(await ended(withdrawn)).toEqual(['WITHDRAWN', false, 'WITHDRAWN', false]);

      const arbitration = await api.step('jj.handler', 'declineCase', {
        ...next(await accepted()),
        reason: 'ARBITRATION',
        target: '锦江区劳动人事争议仲裁委员会',
      });
      expect(await ended(arbitration)).toEqual(['DECLINED', false, 'DECLINED', false]);
      expect((await lastFact(arbitration.id)).declineReason).toBe('ARBITRATION');

      let suggestion = await accepted({ kind: 'SUGGESTION' });
      suggestion = await api.step('jj.handler', 'decideCase', { ...next(suggestion), outcome: 'EXPLAINS', text: '已答复。' });
      suggestion = await api.step('jj.handler', 'deliverCase', next(suggestion));
      expect(await ended(suggestion)).toEqual([null, false, null, false]);
      suggestion = await api.step('jj.handler', 'closeCase', { ...next(suggestion), reason: 'COMPLETED' });
      expect(await ended(suggestion)).toEqual(['ANSWERED', false, 'ANSWERED', false]);

      let lapsed = await delivered('DOES_NOT_SUPPORT', '不予支持。');
      clock.set(new Date('2026-09-15T01:00:00Z')); // the review window (08-03 + 30 = 09-02) has lapsed
      // The lapse is the system's, as the window-lapse job does it (an office may not close it).
      const window = (
        await system.admin.query(
          `SELECT s.id AS "stageId", s.deadline::text AS deadline, o.id AS "ownerId", o.path::text AS "ownerPath"
             FROM cases.case_stages s JOIN core.tenants o ON o.id = s.owner_tenant_id
            WHERE s.case_id = $1 AND s.stage = 'REVIEW_WINDOW'`,
          [lapsed.id],
        )
      ).rows[0];
      await system.app
        .get(LifecycleService)
        .lapse(systemContextFor(window.ownerId, window.ownerPath, 'test-lapse'), { caseId: lapsed.id, stageId: window.stageId, deadline: window.deadline });
      lapsed = (await api.case('jj.handler', lapsed.id))!;
      expect(lapsed.state).toBe('FINALIZED');
      expect(await ended(lapsed)).toEqual(['DECIDED', true, 'DECIDED', true]);
    });
  });
});
