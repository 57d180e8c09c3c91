import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { NoticeKind, NoticeState, SupervisedSubjectType } from '../../gql/graphql';
import {
  attachmentLines,
  feedbackClock,
  mayRaiseOnCase,
  noticeForms,
  noticeSearch,
  noticeTabsFor,
  parseNoticeSearch,
  raiseRequest,
  subjectPath,
  unreadFirst,
  type NoticeListState,
} from '../notices';

describe('noticeTabsFor', () => {
  it('gives every recipient the inbox and only those who issue notices the issued list', () => {
    expect(noticeTabsFor(['HANDLER']).map((tab) => tab.label)).toEqual(['收到的']);
    expect(noticeTabsFor(['SUPERVISOR']).map((tab) => tab.label)).toEqual(['收到的', '发出的']);
    expect(noticeTabsFor(['CONFERENCE_OFFICE']).map((tab) => tab.key)).toEqual(['inbox', 'issued']);
    expect(noticeTabsFor(['ASSESSOR'])).toEqual([]);
  });
});

describe('mayRaiseOnCase', () => {
  it('lets supervisors and administrators raise a notice on a case, not the conference office nor a handler', () => {
    expect(mayRaiseOnCase(['SUPERVISOR'])).toBe(true);
    expect(mayRaiseOnCase(['TENANT_ADMIN'])).toBe(true);
    expect(mayRaiseOnCase(['CONFERENCE_OFFICE', 'HANDLER', 'LEADER'])).toBe(false);
  });
});

describe('notice list address', () => {
  const tabs = noticeTabsFor(['SUPERVISOR']);

  it('falls back to the first tab and drops invalid values of an edited link', () => {
    expect(parseNoticeSearch('?tab=bogus&state=LOST&kind=CIRCULAR&subject=MEETING&overdue=yes', tabs)).toEqual({ tab: 'inbox', filter: { kind: 'CIRCULAR' } });
    // A tab the user's roles do not open is not taken from the link.
    expect(parseNoticeSearch('?tab=issued', noticeTabsFor(['HANDLER'])).tab).toBe('inbox');
  });

  it('survives a round trip through the address bar', () => {
    const filter = fc.record(
      {
        state: fc.constantFrom<NoticeState>('ISSUED', 'READ', 'FEEDBACK_SUBMITTED', 'REJECTED', 'ACCEPTED', 'ESCALATED', 'CLOSED'),
        kind: fc.constantFrom<NoticeKind>('REMINDER', 'SUPERVISION', 'CIRCULAR', 'SUMMONS', 'LISTED', 'ACCOUNTABILITY'),
        subjectType: fc.constantFrom<SupervisedSubjectType>('CASE', 'TASK'),
        overdue: fc.constant(true),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom<NoticeListState['tab']>('inbox', 'issued'), filter, (tab, chosen) => {
        expect(parseNoticeSearch(noticeSearch({ tab, filter: chosen }), tabs)).toEqual({ tab, filter: chosen });
      }),
    );
  });
});

describe('unreadFirst', () => {
  it('puts the unread notices first and keeps the order within each group', () => {
    const rows = [
      { id: 'a', state: 'READ' as const },
      { id: 'b', state: 'ISSUED' as const },
      { id: 'c', state: 'ACCEPTED' as const },
      { id: 'd', state: 'ISSUED' as const },
    ];
    expect(unreadFirst(rows).map((row) => row.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('feedbackClock', () => {
  it('shows the API’s count while feedback is owed and nothing once it is in', () => {
    expect(feedbackClock({ feedbackDaysLeft: 3, feedbackOverdueDays: 0 })).toEqual({ daysLeft: 3, overdueDays: 0, dueSoon: false });
    expect(feedbackClock({ feedbackDaysLeft: 0, feedbackOverdueDays: 2 })).toEqual({ daysLeft: 0, overdueDays: 2, dueSoon: false });
    expect(feedbackClock({ feedbackDaysLeft: null, feedbackOverdueDays: null })).toBeNull();
  });
});

describe('noticeForms', () => {
  it('shows exactly the forms of the actions the API offers now', () => {
    expect(noticeForms(['READ', 'SUBMIT_FEEDBACK'])).toEqual({ markRead: true, feedback: true, decide: false, escalate: false });
    expect(noticeForms(['ACCEPT', 'REJECT'])).toEqual({ markRead: false, feedback: false, decide: true, escalate: false });
    expect(noticeForms(['ESCALATE'])).toEqual({ markRead: false, feedback: false, decide: false, escalate: true });
    expect(noticeForms([])).toEqual({ markRead: false, feedback: false, decide: false, escalate: false });
  });
});

describe('attachmentLines', () => {
  it('takes one attachment a line, trimmed, without blank lines', () => {
    expect(attachmentLines(' 整改报告.pdf \n\n  现场照片-1.jpg\n')).toEqual(['整改报告.pdf', '现场照片-1.jpg']);
    expect(attachmentLines(undefined)).toEqual([]);
  });
});

describe('subjectPath', () => {
  it('links a case and a task to their pages', () => {
    expect(subjectPath({ subjectType: 'CASE', subjectId: 'c1' })).toBe('/cases/c1');
    expect(subjectPath({ subjectType: 'TASK', subjectId: 't1' })).toBe('/tasks/t1');
  });
});

describe('raiseRequest', () => {
  it('lists a case for supervision with its fix-by date and raises every other kind', () => {
    const values = { reason: 'SHIRKING' as const, text: '  久拖未决  ', stage: 'HANDLE' };
    expect(raiseRequest('c1', { ...values, kind: 'LISTED', fixBy: '2026-09-30' })).toEqual({
      mutation: 'listForSupervision',
      input: { subjectType: 'CASE', subjectId: 'c1', reason: 'SHIRKING', text: '久拖未决', stage: 'HANDLE', fixBy: '2026-09-30' },
    });
    expect(raiseRequest('c1', { ...values, kind: 'SUMMONS', stage: undefined, fixBy: '2026-09-30' })).toEqual({
      mutation: 'raiseNotice',
      input: { subjectType: 'CASE', subjectId: 'c1', reason: 'SHIRKING', text: '久拖未决', stage: null, kind: 'SUMMONS' },
    });
  });
});
