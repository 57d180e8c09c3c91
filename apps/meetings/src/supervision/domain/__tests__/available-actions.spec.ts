import { describe, expect, it } from '@jest/globals';
import { Role } from '#common/auth';
import { NoticeAction, NoticeKind, NoticeState, SubjectType, availableNoticeActions, escalationChain } from '../index.js';

describe('the actions a notice offers its viewer now', () => {
  const notice = {
    kind: NoticeKind.SUPERVISION,
    state: NoticeState.ISSUED,
    addresseeTenantId: 'county',
    addresseeUnitId: 'housing',
    issuerTenantId: 'city',
    issuerTenantPath: '530000.530100',
    subjectType: SubjectType.CASE,
  };
  const actor = (tenantId: string, tenantPath: string, roles: Role[], unitId: string | null = null) => ({ tenantId, tenantPath, roles, unitId });
  const housing = actor('county', '530000.530100.530102', [Role.HANDLER], 'housing');
  const citySupervisor = actor('city', '530000.530100', [Role.SUPERVISOR]);
  const provinceAdmin = actor('province', '530000', [Role.TENANT_ADMIN]);
  const { READ, SUBMIT_FEEDBACK, ACCEPT, REJECT, ESCALATE } = NoticeAction;

  it('offers the addressed unit reading and feedback, the issuer and those above it escalation, while unread', () => {
    expect(availableNoticeActions(notice, housing)).toEqual([READ, SUBMIT_FEEDBACK]);
    expect(availableNoticeActions(notice, citySupervisor)).toEqual([ESCALATE]);
    expect(availableNoticeActions(notice, provinceAdmin)).toEqual([ESCALATE]);
    expect(availableNoticeActions(notice, actor('county', '530000.530100.530102', [Role.HANDLER], 'police'))).toEqual([]);
    expect(availableNoticeActions(notice, actor('city', '530000.530100', [Role.LEADER]))).toEqual([]);
    // An assessor of the addressee tenant receives no notices.
    expect(availableNoticeActions(notice, actor('county', '530000.530100.530102', [Role.ASSESSOR]))).toEqual([]);
  });

  it('offers the issuer the decision once feedback is in, and the addressee nothing until it is rejected', () => {
    const submitted = { ...notice, state: NoticeState.FEEDBACK_SUBMITTED };
    expect(availableNoticeActions(submitted, housing)).toEqual([]);
    expect(availableNoticeActions(submitted, citySupervisor)).toEqual([ACCEPT, REJECT]);
    expect(availableNoticeActions(submitted, provinceAdmin)).toEqual([]);
    const rejected = { ...notice, state: NoticeState.REJECTED };
    expect(availableNoticeActions(rejected, housing)).toEqual([SUBMIT_FEEDBACK]);
    expect(availableNoticeActions(rejected, citySupervisor)).toEqual([ESCALATE]);
  });

  it('offers nothing on a final notice, no feedback on a reminder, no escalation at the top of the ladder', () => {
    for (const state of [NoticeState.CLOSED, NoticeState.ESCALATED]) {
      expect(availableNoticeActions({ ...notice, state }, housing)).toEqual([]);
      expect(availableNoticeActions({ ...notice, state }, citySupervisor)).toEqual([]);
    }
    expect(availableNoticeActions({ ...notice, state: NoticeState.ACCEPTED }, citySupervisor)).toEqual([]);
    expect(availableNoticeActions({ ...notice, kind: NoticeKind.REMINDER }, housing)).toEqual([READ]);
    expect(availableNoticeActions({ ...notice, kind: NoticeKind.ACCOUNTABILITY }, citySupervisor)).toEqual([]);
    const byProvince = { ...notice, issuerTenantId: 'province', issuerTenantPath: '530000', addresseeTenantId: 'city', addresseeUnitId: null };
    expect(availableNoticeActions(byProvince, provinceAdmin)).toEqual([]);
  });
});

describe('the escalation chain of a notice', () => {
  const n = (id: string, escalatedFrom: string | null) => ({ id, escalatedFrom });
  const sameSubject = [n('reminder', null), n('supervision', null), n('circular', 'supervision'), n('summons', 'circular'), n('other', null)];

  it('runs from the first notice to the last, wherever it is entered', () => {
    for (const id of ['supervision', 'circular', 'summons']) {
      expect(
        escalationChain(
          sameSubject.find((x) => x.id === id)!,
          sameSubject,
        ).map((x) => x.id),
      ).toEqual(['supervision', 'circular', 'summons']);
    }
    expect(escalationChain(sameSubject[0], sameSubject).map((x) => x.id)).toEqual(['reminder']);
  });

  it('ends where the caller sees no further link', () => {
    const seen = sameSubject.filter((x) => x.id !== 'supervision');
    expect(
      escalationChain(
        seen.find((x) => x.id === 'summons')!,
        seen,
      ).map((x) => x.id),
    ).toEqual(['circular', 'summons']);
  });
});
