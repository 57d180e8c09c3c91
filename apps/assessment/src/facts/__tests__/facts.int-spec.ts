import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { EventWorker } from '#common/worker';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { DERIVE_HELD_ENDINGS } from '../../migrations/1767000000330-case-endings.js';
import { AssessmentHarness } from './assessment-harness.js';

const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
});

describe('assessment: facts kept from the other services’ events', () => {
  const h = new AssessmentHarness(tree);
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  it('keeps one row per case under its problem jurisdiction, the latest version winning whatever the order', async () => {
    const registered = h.caseFact('furong', { registeredOn: '2026-03-02' });
    const decided = {
      ...registered,
      version: 4,
      toState: 'DECIDED',
      rating: 'BASICALLY_SATISFIED',
      leaderOwnerId: 'a4b1c0de-0000-4000-8000-000000000001',
      stages: [
        { stage: 'NOTIFY', startedOn: '2026-03-02', deadline: '2026-03-17', stoppedOn: '2026-03-05' },
        { stage: 'HANDLE', startedOn: '2026-03-05', deadline: '2026-05-04', stoppedOn: null },
        // Run again after a send-back: the latest run counts.
        { stage: 'HANDLE', startedOn: '2026-04-01', deadline: '2026-05-31', stoppedOn: '2026-04-20' },
      ],
    };
    // Emitted by the province, which registered it for the district: the fact is the district's.
    await h.deliver([h.envelope('case.transitioned', 'hunan', decided), h.envelope('case.transitioned', 'hunan', registered)]);
    await h.deliver([h.envelope('case.transitioned', 'changsha', { ...registered, version: 2, toState: 'ROUTED' })]);
    const [row] = await h.rows(
      `SELECT tenant_id, tenant_path::text, version, state, finished_on::text, rating, leader_owned, via_reception, first_petition, notify_due::text, notify_done::text,
              handle_due::text, handle_done::text, reviewed, declined FROM assessment.case_facts WHERE case_id = $1`,
      [registered.caseId],
    );
    expect(row).toEqual({
      tenant_id: tree.ids.furong,
      tenant_path: tree.pathOf('furong'),
      version: 4,
      state: 'DECIDED',
      // Not closed yet, but answered: finished, for the indicators, the day its handling stopped.
      finished_on: '2026-04-20',
      rating: 'BASICALLY_SATISFIED',
      leader_owned: true,
      via_reception: false,
      first_petition: true,
      notify_due: '2026-03-17',
      notify_done: '2026-03-05',
      handle_due: '2026-05-31',
      handle_done: '2026-04-20',
      reviewed: false,
      declined: false,
    });
  });

  it('keeps notices, tasks, meetings held and conferences established', async () => {
    const notice = h.noticeFact('tianxin', { issuedAt: '2026-03-02T17:30:00Z' });
    const task = h.taskFact('changsha');
    await h.deliver([
      h.envelope('supervision.notice', 'changsha', notice),
      h.envelope('supervision.notice', 'changsha', { ...notice, version: 3, toState: 'ESCALATED', firstFeedbackAt: '2026-04-03T02:00:00Z' }),
    ]);
    await h.deliver([
      h.envelope('task.transitioned', 'tianxin', task),
      h.envelope('task.transitioned', 'tianxin', { ...task, version: 3, to: 'REPORTED_DONE', reportedDoneOn: '2026-03-30' }),
      // A list's own task has no assignee: no fact.
      h.envelope('task.transitioned', 'changsha', h.taskFact('changsha', { assigneeKind: null, assigneeName: null })),
    ]);
    await h.deliver(
      [
        h.envelope('meeting.held', 'furong', {
          meetingId: '1b0e6c1e-0000-4000-8000-000000000001',
          kind: 'PLENARY',
          date: '2026-03-06',
          decisions: 2,
          present: 9,
          attendees: 10,
        }),
        h.envelope('conference.established', 'furong', {
          conferenceId: '1b0e6c1e-0000-4000-8000-000000000002',
          tenantId: tree.ids.furong,
          establishedOn: '2026-01-05',
        }),
      ],
      false,
    );
    expect(await h.rows(`SELECT tenant_path::text, state, escalated, issued_on::text, first_feedback_on::text FROM assessment.notice_facts`)).toEqual([
      // Issued at 01:30 on 03-03 China time, answered on 04-03.
      { tenant_path: tree.pathOf('tianxin'), state: 'ESCALATED', escalated: true, issued_on: '2026-03-03', first_feedback_on: '2026-04-03' },
    ]);
    expect(await h.rows(`SELECT tenant_path::text, state, finished_on::text, version FROM assessment.task_facts`)).toEqual([
      { tenant_path: tree.pathOf('tianxin'), state: 'REPORTED_DONE', finished_on: '2026-03-30', version: 3 },
    ]);
    expect(await h.rows(`SELECT tenant_path::text, kind, held_on::text, present FROM assessment.meeting_facts`)).toEqual([
      { tenant_path: tree.pathOf('furong'), kind: 'PLENARY', held_on: '2026-03-06', present: 9 },
    ]);
    expect(await h.rows(`SELECT name, has_conference, conference_since::text FROM assessment.jurisdiction_facts WHERE has_conference`)).toEqual([
      { name: '芙蓉区', has_conference: true, conference_since: '2026-01-05' },
    ]);
  });

  it('applies a batch of a province’s tenants’ facts in one transaction, and refuses one spanning two provinces', async () => {
    const consumer = h.worker.get(EventWorker).consumer;
    const [one, two] = [h.caseFact('furong'), h.caseFact('tianxin')];
    const batch = [h.envelope('case.transitioned', 'furong', one), h.envelope('case.transitioned', 'tianxin', two)];
    expect(await consumer.applyBatch(batch)).toBe(2);
    expect(await h.rows(`SELECT count(*)::int AS n FROM assessment.case_facts WHERE case_id = ANY($1::uuid[])`, [[one.caseId, two.caseId]])).toEqual([
      { n: 2 },
    ]);
    const elsewhere = { ...h.envelope('case.transitioned', 'tianxin', h.caseFact('tianxin')), tenantPath: '440000.440100' };
    await expect(consumer.applyBatch([batch[0]!, elsewhere])).rejects.toThrow(/province/);
  });

  it('shows a district only its own facts, and lets no user write one', async () => {
    const transactions = h.app.get(TenantTransactions);
    const district = {
      ...systemContextFor(tree.ids.tianxin, tree.pathOf('tianxin'), 'test'),
      userId: '7f000000-0000-4000-8000-000000000001',
      roles: [Role.ASSESSOR],
    };
    const seen = await transactions.run(district, (em) => em.query(`SELECT count(*)::int AS n FROM assessment.case_facts`));
    // Its own case of the batch above; the district next door's are not its to see.
    expect(seen).toEqual([{ n: 1 }]);
    const city = { ...district, tenantId: tree.ids.changsha, tenantPath: tree.pathOf('changsha') };
    expect(await transactions.run(city, (em) => em.query(`SELECT count(*)::int AS n FROM assessment.case_facts`))).toEqual([{ n: 3 }]);
    await expect(transactions.run(city, (em) => em.query(`UPDATE assessment.case_facts SET rating = 'SATISFIED' RETURNING case_id`))).resolves.toEqual([[], 0]);
    await expect(
      transactions.run(city, (em) =>
        em.query(
          `INSERT INTO assessment.meeting_facts (meeting_id, tenant_id, tenant_path, kind, held_on, decisions, present, attendees, updated_at)
                  VALUES (gen_random_uuid(), $1, $2, 'PLENARY', '2026-03-01', 0, 0, 0, now())`,
          [tree.ids.changsha, tree.pathOf('changsha')],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps how a case ended: as the event states it, or derived from an event of the older shape', async () => {
    const reexamined = h.caseFact('furong', {
      version: 9,
      toState: 'FINALIZED',
      outcome: 'PARTLY_SUPPORTS',
      ending: 'DECIDED',
      final: true,
      reviewResult: 'CHANGED',
      reexaminationResult: 'UPHELD',
    });
    const declined = h.oldShape(h.caseFact('furong', { version: 3, toState: 'CLOSED', declineReason: 'BEING_HANDLED', finishedOn: '2026-03-03' }));
    const mediated = h.oldShape(h.caseFact('tianxin', { version: 5, toState: 'CLOSED', closeReason: 'MEDIATED', finishedOn: '2026-04-01' }));
    await h.deliver([reexamined, declined, mediated].map((fact) => h.envelope('case.transitioned', 'changsha', fact)));
    const rows = await h.rows(
      `SELECT case_id, ending, decline_reason, final, review_result, reexamination_result, declined FROM assessment.case_facts WHERE case_id = ANY($1::uuid[])`,
      [[reexamined.caseId, declined.caseId, mediated.caseId]],
    );
    const of = (id: string) => rows.find((row) => row.case_id === id);
    expect(of(reexamined.caseId)).toMatchObject({
      ending: 'DECIDED',
      final: true,
      review_result: 'CHANGED',
      reexamination_result: 'UPHELD',
      decline_reason: null,
    });
    expect(of(declined.caseId)).toMatchObject({ ending: 'DECLINED', decline_reason: 'BEING_HANDLED', declined: true, final: false });
    expect(of(mediated.caseId)).toMatchObject({ ending: 'MEDIATED', final: false, review_result: null });
  });

  it('fills the endings of the facts held by the same rule as for an older event (migration 1767000000330)', async () => {
    // Every combination the held columns can show, as older events without a close reason made them.
    const facts = ['ACCEPTED', 'DECIDED', 'DELIVERED', 'IN_REVIEW', 'REVIEWED', 'FINALIZED', 'CLOSED'].flatMap((toState) =>
      ['CLAIM', 'SUGGESTION'].flatMap((kind) =>
        [null, 'SUPPORTS', 'EXPLAINS'].flatMap((outcome) =>
          [null, 'ARBITRATION'].map((declineReason) => h.oldShape(h.caseFact('tianxin', { toState, kind, outcome, declineReason }))),
        ),
      ),
    );
    await h.deliver(facts.map((fact) => h.envelope('case.transitioned', 'tianxin', fact)));
    const ids = [facts.map((fact) => fact.caseId)];
    const read = () => h.rows(`SELECT case_id, ending, final FROM assessment.case_facts WHERE case_id = ANY($1::uuid[]) ORDER BY case_id`, ids);
    const fromEvents = await read();
    expect(fromEvents.filter((row) => row.ending === 'ANSWERED').length).toBeGreaterThan(0);
    expect(fromEvents.filter((row) => row.final).length).toBeGreaterThan(0);
    await h.rows(`UPDATE assessment.case_facts SET ending = NULL, final = NOT final WHERE case_id = ANY($1::uuid[])`, ids);
    await h.rows(`${DERIVE_HELD_ENDINGS} WHERE case_id = ANY($1::uuid[])`, ids);
    expect(await read()).toEqual(fromEvents);
  });
});
