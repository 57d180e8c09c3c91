import { describe, expect, it } from '@jest/globals';
import type { IsoDate } from '#common/calendar';
import { OnlineSubmissionStatus, plainProgress, type CaseProgressFacts } from '../progress.js';

const facts = (state: CaseProgressFacts['state'], more: Partial<CaseProgressFacts> = {}): CaseProgressFacts => ({
  state,
  declined: false,
  closeReason: null,
  openStages: [],
  ...more,
});
const { SUBMITTED, REGISTERED, REJECTED } = OnlineSubmissionStatus;

describe('the status page in plain words', () => {
  it('a submission not yet registered is 已提交', () => {
    expect(plainProgress(SUBMITTED, null, null)).toMatchObject({ step: '已提交', deadlines: [] });
  });

  it('a declined submission says so with the reason', () => {
    expect(plainProgress(REJECTED, '不属于信访事项', null).summary).toContain('不予登记：不属于信访事项');
  });

  it.each([
    ['REGISTERED', '已登记'],
    ['ROUTED', '已转送/交办'],
    ['RECEIVED', '已转送/交办'],
    ['ACCEPTED', '已受理/不予受理'],
    ['DECIDED', '已受理/不予受理'],
    ['DELIVERED', '已答复'],
    ['IN_REVIEW', '复查/复核'],
    ['REVIEWED', '复查/复核'],
    ['IN_REEXAMINATION', '复查/复核'],
    ['FINALIZED', '复查/复核'],
    ['CLOSED', '已答复'],
  ] as const)('a case %s is at %s', (state, step) => {
    expect(plainProgress(REGISTERED, null, facts(state)).step).toBe(step);
  });

  it('a declined case is 不予受理', () => {
    const progress = plainProgress(REGISTERED, null, facts('CLOSED', { declined: true }));
    expect(progress).toMatchObject({ step: '已受理/不予受理' });
    expect(progress.summary).toContain('不予受理');
  });

  it("lists the office's deadlines and the petitioner's windows apart", () => {
    const progress = plainProgress(
      REGISTERED,
      null,
      facts('DELIVERED', {
        openStages: [
          { stage: 'REVIEW_WINDOW', deadline: '2027-01-06' as IsoDate },
          { stage: 'HANDLE', deadline: null },
        ],
      }),
    );
    expect(progress.deadlines).toEqual([{ label: '您可在此日期前申请复查', deadline: '2027-01-06', holder: 'PETITIONER' }]);
    expect(plainProgress(REGISTERED, null, facts('REGISTERED', { openStages: [{ stage: 'ROUTE', deadline: '2026-12-22' as IsoDate }] })).deadlines).toEqual([
      { label: '转送、交办期限', deadline: '2026-12-22', holder: 'OFFICE' },
    ]);
  });
});
