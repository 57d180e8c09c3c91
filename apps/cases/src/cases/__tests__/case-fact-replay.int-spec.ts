import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import type { EventEnvelope, FactReplayRequest } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { startCasesApp, tenantIdOf, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { CaseFactReplay } from '../events/fact-replay.handler.js';
import { CaseStore } from '../case.store.js';
import { ClockStore } from '../../clocks/clock.store.js';

describe('cases: the facts of a period emitted again for the assessment (facts.replay.requested)', () => {
  const clock = new ManualClock(new Date('2026-04-01T01:00:00Z'));
  let system: CasesTestApp;
  const registered: { id: string; problem: string }[] = [];

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    const api = new CaseApi(system.server);
    const category = await categoryId(api, 'sc.registrar');
    for (const [code, username, n] of [
      ['510104', 'jj.registrar', 5],
      ['510107', 'wh.registrar', 2],
    ] as const) {
      const problem = await tenantIdOf(system.admin, code);
      for (let i = 0; i < n; i++) {
        const kase = await api.step(username, 'registerCase', {
          channel: 'LETTER',
          kind: 'SUGGESTION',
          categoryId: category,
          title: `建议第${i + 1}件`,
          content: '建议改进。',
          problemJurisdictionId: problem,
          petitioners: [{ name: '赵某', representative: false }],
        });
        registered.push({ id: kase.id, problem: code });
      }
    }
    // Last year's case is outside the period.
    clock.set(new Date('2025-12-30T01:00:00Z'));
    await api.step('jj.registrar', 'registerCase', {
      channel: 'LETTER',
      kind: 'SUGGESTION',
      categoryId: category,
      title: '去年的建议',
      content: '建议改进。',
      problemJurisdictionId: await tenantIdOf(system.admin, '510104'),
      petitioners: [{ name: '赵某', representative: false }],
    });
  });
  afterAll(() => system.close());

  const replayed = async () =>
    (
      await system.admin.query(`SELECT payload->>'caseId' AS id FROM cases.outbox WHERE topic = 'case.transitioned' AND payload->>'action' = 'REPLAY'`)
    ).rows.map((r: { id: string }) => r.id);
  const continuations = async () =>
    (await system.admin.query(`SELECT payload FROM cases.outbox WHERE topic = 'facts.replay.requested' ORDER BY created_at`)).rows.map(
      (r: { payload: FactReplayRequest }) => r.payload,
    );

  it('emits the district’s cases of the period as they stand, a bounded number per transaction, going on in a request of its own', async () => {
    const jinjiang = (await system.admin.query(`SELECT id, path::text FROM core.tenants WHERE code = '510104'`)).rows[0];
    const replay = new CaseFactReplay(clock, system.app.get(CaseStore), system.app.get(ClockStore), { perRound: 2, rounds: 1 });
    const transactions = system.app.get(TenantTransactions);
    const apply = (payload: FactReplayRequest) => {
      const event: EventEnvelope<FactReplayRequest> = {
        id: crypto.randomUUID(),
        topic: 'facts.replay.requested',
        tenantId: jinjiang.id,
        tenantPath: jinjiang.path,
        requestId: 'test',
        occurredAt: clock.now().toISOString(),
        payload,
      };
      return transactions.run(systemContextFor(jinjiang.id, jinjiang.path, 'test'), (em) => replay.onReplayRequested(em, event));
    };
    // Another source's request is not the cases service's.
    await apply({ source: 'MEETINGS', from: '2026-01-01', to: '2026-12-31' });
    expect(await replayed()).toEqual([]);

    await apply({ source: 'CASES', from: '2026-01-01', to: '2026-12-31' });
    for (let request = (await continuations()).at(-1); request;) {
      await apply(request);
      const next = (await continuations()).at(-1);
      request = next?.after !== request.after ? next : undefined;
    }
    const ofJinjiang = registered.filter((r) => r.problem === '510104').map((r) => r.id);
    expect((await replayed()).sort()).toEqual(ofJinjiang.sort());
    // Five cases, two per transaction: two continuations, each after the last case emitted.
    expect((await continuations()).map((c) => c.after !== undefined)).toEqual([true, true]);
  });
});
