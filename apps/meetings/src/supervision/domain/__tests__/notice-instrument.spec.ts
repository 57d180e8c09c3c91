import { describe, expect, it } from '@jest/globals';
import { isoDate } from '#common/calendar';
import { InstrumentKind } from '#common/instruments';
import { NoticeKind, NoticeReason, issuesSupervisionNotice, supervisionNotice } from '../index.js';

describe('督办单', () => {
  it('goes to the supervised body with the reason, the requirement line by line and the feedback date', () => {
    const text = supervisionNotice({
      reason: NoticeReason.SHIRKING,
      text: '加装电梯审批久拖未决。\n请说明办理情况和整改措施。',
      addressee: '锦江区 · 住房和城乡建设局',
      issuer: '成都市信访局',
      issuedOn: isoDate('2026-04-02'),
      feedbackDue: isoDate('2026-05-02'),
    });
    expect(text).toMatchObject({
      kind: InstrumentKind.SUPERVISION_NOTICE,
      title: '信访事项督办单',
      addressee: '锦江区 · 住房和城乡建设局',
      documentNumber: null,
    });
    expect(text.paragraphs).toEqual([
      '督办事由：推诿、敷衍、拖延、弄虚作假。',
      '加装电梯审批久拖未决。',
      '请说明办理情况和整改措施。',
      '请于2026年5月2日前书面反馈办理情况和整改措施。',
    ]);
  });

  it('is issued for supervision and listed notices, not for reminders nor the escalation rungs', () => {
    expect(Object.values(NoticeKind).filter(issuesSupervisionNotice)).toEqual([NoticeKind.SUPERVISION, NoticeKind.LISTED]);
  });
});
