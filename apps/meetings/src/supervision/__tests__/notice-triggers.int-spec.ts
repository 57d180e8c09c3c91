import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { SupervisionHarness, caseClock, deadlineChange, tree, trigger } from './supervision-harness.js';

describe('supervision: deadline triggers and stopped clocks become notice changes', () => {
  const h = new SupervisionHarness();

  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const noticesOf = (clockId: string) =>
    h.rows(
      `SELECT kind, state, reason, issuer_tenant_id, addressee_tenant_id, addressee_unit_id, feedback_due::text, escalate_on::text, close_reason, version
              FROM meetings.notices WHERE clock_id = $1 ORDER BY issued_at, kind`,
      [clockId],
    );

  it('makes exactly one notice of a trigger delivered twice, or to two workers at once', async () => {
    const clock = caseClock('wuhua');
    const overdue = trigger(clock, 'OVERDUE');
    expect(await h.apply(overdue)).toBe(true);
    // The same event again: the processed-events record turns it away.
    expect(await h.apply(overdue)).toBe(false);
    // The same trigger in other events (re-emitted by a reconciliation pass), applied concurrently.
    const again = await Promise.all([h.apply({ ...overdue, id: randomUUID() }), h.apply({ ...overdue, id: randomUUID() })]);
    expect(again).toEqual([true, true]);

    const notices = await noticesOf(clock.clockId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'SUPERVISION', state: 'ISSUED', reason: 'OVERDUE', version: 1 });
    expect(await h.count(`SELECT count(*) FROM meetings.outbox WHERE topic = 'supervision.notice' AND payload->>'clockId' = $1`, [clock.clockId])).toBe(1);
    expect(
      await h.count(`SELECT count(*) FROM meetings.notice_history h JOIN meetings.notices n ON n.id = h.notice_id WHERE n.clock_id = $1`, [clock.clockId]),
    ).toBe(1);
  });

  it('reminds before the deadline, then turns to a supervision notice to the handling unit once it has passed', async () => {
    const unit = randomUUID();
    const clock = caseClock('wuhua', { unitId: unit });
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(trigger(clock, 'REMINDER', 3));
    let notices = await noticesOf(clock.clockId);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'REMINDER', state: 'ISSUED', reason: null, feedback_due: null, escalate_on: null, addressee_unit_id: unit }),
    ]);
    const [reminder] = await h.rows(`SELECT text FROM meetings.notices WHERE clock_id = $1`, [clock.clockId]);
    expect(reminder.text).toContain('将于 2026-03-05 届满（还有 3 日）');

    await h.apply(trigger(clock, 'OVERDUE'));
    notices = await noticesOf(clock.clockId);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'REMINDER', state: 'CLOSED', close_reason: '期限已届满，转为督办单' }),
      expect.objectContaining({
        kind: 'SUPERVISION',
        state: 'ISSUED',
        reason: 'OVERDUE',
        // Issued by the county's own bureau to the handling unit, feedback within 30 days, escalation 5 days after.
        issuer_tenant_id: tree.ids.wuhua,
        addressee_tenant_id: tree.ids.wuhua,
        addressee_unit_id: unit,
        feedback_due: '2026-04-01',
        escalate_on: '2026-04-06',
      }),
    ]);
  });

  it('closes the open notices of a clock when its stage completes, with the reason, and keeps the subject', async () => {
    const clock = caseClock('huashan');
    const other = { ...clock, clockId: randomUUID(), stage: 'NOTIFY' };
    await h.apply(deadlineChange(clock, 'STARTED'));
    await h.apply(deadlineChange(other, 'STARTED'));
    await h.apply(trigger(clock, 'OVERDUE'));
    await h.apply(trigger(other, 'OVERDUE'));
    const [subject] = await h.rows(`SELECT open_clocks, stopped_clocks FROM meetings.supervised_subjects WHERE subject_id = $1`, [clock.caseId]);
    expect(Object.keys(subject.open_clocks).sort()).toEqual([clock.clockId, other.clockId].sort());

    await h.apply(deadlineChange(clock, 'STOPPED', '2026-03-04'));
    const [closed] = await noticesOf(clock.clockId);
    expect(closed).toMatchObject({ state: 'CLOSED', close_reason: '办理环节已于 2026-03-04 办结，督办事项已整改', version: 2 });
    const history = await h.rows(
      `SELECT h.action, h.from_state, h.to_state, h.actor_name, h.reason FROM meetings.notice_history h JOIN meetings.notices n ON n.id = h.notice_id
        WHERE n.clock_id = $1 ORDER BY seq`,
      [clock.clockId],
    );
    expect(history).toEqual([
      { action: 'ISSUE', from_state: null, to_state: 'ISSUED', actor_name: 'system', reason: null },
      { action: 'CLOSE', from_state: 'ISSUED', to_state: 'CLOSED', actor_name: 'system', reason: closed.close_reason },
    ]);
    // The other clock runs on; its notice stays open.
    expect((await noticesOf(other.clockId))[0].state).toBe('ISSUED');
    const [after] = await h.rows(`SELECT open_clocks, stopped_clocks FROM meetings.supervised_subjects WHERE subject_id = $1`, [clock.caseId]);
    expect(Object.keys(after.open_clocks)).toEqual([other.clockId]);
    expect(after.stopped_clocks).toEqual([clock.clockId]);

    // A trigger of the stopped clock arriving late makes no notice and does not reopen the clock.
    await h.apply(trigger(clock, 'REMINDER', 1));
    expect(await noticesOf(clock.clockId)).toHaveLength(1);
    const [still] = await h.rows(`SELECT open_clocks FROM meetings.supervised_subjects WHERE subject_id = $1`, [clock.caseId]);
    expect(Object.keys(still.open_clocks)).toEqual([other.clockId]);
  });

  it('emits a fact event for each notice transition, under the responsible tenant', async () => {
    const clock = caseClock('panlong');
    await h.apply(trigger(clock, 'OVERDUE'));
    await h.apply(deadlineChange(clock, 'STOPPED', '2026-03-06'));
    const events = await h.rows(
      `SELECT tenant_id, tenant_path::text, payload->>'action' AS action, payload->>'toState' AS "toState", (payload->>'version')::int AS version
         FROM meetings.outbox WHERE topic = 'supervision.notice' AND payload->>'clockId' = $1 ORDER BY created_at`,
      [clock.clockId],
    );
    expect(events).toEqual([
      { tenant_id: tree.ids.panlong, tenant_path: tree.pathOf('panlong'), action: 'ISSUE', toState: 'ISSUED', version: 1 },
      { tenant_id: tree.ids.panlong, tenant_path: tree.pathOf('panlong'), action: 'CLOSE', toState: 'CLOSED', version: 2 },
    ]);
  });
});
