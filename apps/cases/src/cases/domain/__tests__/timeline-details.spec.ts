import { describe, expect, it } from '@jest/globals';
import { CaseAction, timelineDetails } from '../index.js';

describe('typed timeline details', () => {
  it('reads a decline with its legal channel, and labels it in Chinese', () => {
    expect(timelineDetails(CaseAction.DECLINE, { reason: 'LITIGATION', target: '锦江区人民法院', note: null })).toMatchObject({
      declineReason: 'LITIGATION',
      declineTarget: '锦江区人民法院',
      reason: null,
      summary: '应当通过诉讼途径解决；导入：锦江区人民法院',
    });
  });

  it('reads an extension: days, approver, the deadline before it and why', () => {
    expect(
      timelineDetails(CaseAction.EXTEND, { days: 30, approverId: 'u1', approverName: '王局长', reason: '案情复杂', previousDeadline: '2026-09-21' }),
    ).toMatchObject({
      extensionDays: 30,
      approverName: '王局长',
      previousDeadline: '2026-09-21',
      reason: '案情复杂',
      summary: '延长 30 日；批准人：王局长；原期限 2026-09-21；理由：案情复杂',
    });
  });

  it('reads a route, an objection and a report up as the office the case went to', () => {
    expect(timelineDetails(CaseAction.OBJECT, { reason: '不属本单位', returnedTo: 't1', returnedToName: '锦江区' })).toMatchObject({
      targetTenantId: 't1',
      targetTenantName: '锦江区',
      summary: '退回锦江区；理由：不属本单位',
    });
    expect(timelineDetails(CaseAction.REPORT_UP, { reason: '超出职权', reportedTo: 't2', reportedToName: '锦江区' }).summary).toBe(
      '上报锦江区；理由：超出职权',
    );
  });

  it('reads a rating, whoever gave it, and a lapsed window', () => {
    expect(timelineDetails(CaseAction.RATE, { rating: 'DISSATISFIED', by: 'PETITIONER' })).toMatchObject({
      rating: 'DISSATISFIED',
      ratedByPetitioner: true,
      summary: '不满意；信访人通过评价链接评价',
    });
    expect(timelineDetails(CaseAction.LAPSE, { stage: 'REVIEW_WINDOW', windowDeadline: '2026-04-01' })).toMatchObject({
      closeReason: 'WINDOW_LAPSED',
      lapsedStage: 'REVIEW_WINDOW',
      summary: '期限届满未申请复查（复核）；申请复查期限 2026-04-01 届满',
    });
  });

  it('reads anything it does not know, or an old row without details, as empty rather than failing', () => {
    const empty = timelineDetails(CaseAction.DECIDE, { outcome: 'NOT_AN_OUTCOME', days: 'many' });
    expect(empty).toMatchObject({ outcome: null, extensionDays: null, summary: '' });
    expect(timelineDetails(CaseAction.RECEIVE, null).summary).toBe('');
  });
});
