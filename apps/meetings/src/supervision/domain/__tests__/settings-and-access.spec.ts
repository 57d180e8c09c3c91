import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Role } from '#common/auth';
import { type AppError, ErrorCode } from '#common/errors';
import {
  DEFAULT_SUPERVISION_SETTINGS,
  SubjectType,
  checkAddressee,
  checkIssuer,
  checkMayEscalate,
  checkMayRaise,
  effectiveSettings,
  issuedListScope,
  officeOnlySubjects,
  tenantSettings,
} from '../index.js';

describe('supervision settings down the tree', () => {
  it('defaults to 30 days for feedback and 5 days before escalation', () => {
    expect(effectiveSettings([])).toEqual({ feedbackDays: 30, escalationIntervalDays: 5 });
  });

  it('takes each value from the nearest tenant that sets it', () => {
    const province = { feedbackDays: 20, escalationIntervalDays: 3 };
    const city = { feedbackDays: null, escalationIntervalDays: 7 };
    const county = { feedbackDays: 15, escalationIntervalDays: null };
    expect(effectiveSettings([province, city, county])).toEqual({ feedbackDays: 15, escalationIntervalDays: 7 });
    expect(effectiveSettings([province, city])).toEqual({ feedbackDays: 20, escalationIntervalDays: 7 });
  });

  it('always yields the last value set along the chain, or the default', () => {
    const value = fc.option(fc.integer({ min: 1, max: 365 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.record({ feedbackDays: value, escalationIntervalDays: value }), { maxLength: 5 }), (chain) => {
        const last = (key: 'feedbackDays' | 'escalationIntervalDays') =>
          [...chain].reverse().find((row) => row[key] !== null)?.[key] ?? DEFAULT_SUPERVISION_SETTINGS[key];
        expect(effectiveSettings(chain)).toEqual({ feedbackDays: last('feedbackDays'), escalationIntervalDays: last('escalationIntervalDays') });
      }),
    );
  });

  it('shows a tenant its own values and version beside those in force, and version 0 before it sets any', () => {
    const province = { tenantPath: '51', feedbackDays: 20, escalationIntervalDays: 3, version: 4 };
    const city = { tenantPath: '51.5101', feedbackDays: null, escalationIntervalDays: 7, version: 2 };
    expect(tenantSettings([province, city], '51.5101')).toEqual({
      feedbackDays: 20,
      escalationIntervalDays: 7,
      ownFeedbackDays: null,
      ownEscalationIntervalDays: 7,
      version: 2,
    });
    expect(tenantSettings([province], '51.5101')).toEqual({
      feedbackDays: 20,
      escalationIntervalDays: 3,
      ownFeedbackDays: null,
      ownEscalationIntervalDays: null,
      version: 0,
    });
  });
});

describe('who may act on a notice', () => {
  const notice = {
    addresseeTenantId: 'county',
    addresseeUnitId: 'housing',
    issuerTenantId: 'city',
    issuerTenantPath: '530000.530100',
    subjectType: SubjectType.CASE,
  };
  const actor = (tenantId: string, tenantPath: string, roles: Role[], unitId: string | null = null) => ({ tenantId, tenantPath, roles, unitId });
  const refused = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it('lets the addressed unit and the users of the addressee tenant answer, nobody else', () => {
    expect(refused(() => checkAddressee(notice, actor('county', '530000.530100.530102', [Role.HANDLER], 'housing')))).toBeNull();
    expect(refused(() => checkAddressee(notice, actor('county', '530000.530100.530102', [Role.SUPERVISOR], 'bureau')))).toBeNull();
    expect(refused(() => checkAddressee(notice, actor('county', '530000.530100.530102', [Role.HANDLER], 'police')))).toBe(ErrorCode.FORBIDDEN);
    expect(refused(() => checkAddressee(notice, actor('city', '530000.530100', [Role.SUPERVISOR])))).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets only supervisors of the issuing tenant decide on feedback', () => {
    expect(refused(() => checkIssuer(notice, actor('city', '530000.530100', [Role.SUPERVISOR])))).toBeNull();
    expect(refused(() => checkIssuer(notice, actor('city', '530000.530100', [Role.LEADER])))).toBe(ErrorCode.FORBIDDEN);
    expect(refused(() => checkIssuer(notice, actor('province', '530000', [Role.SUPERVISOR])))).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets the conference office decide on feedback to notices its tenant issued on tasks, not on cases', () => {
    const office = actor('city', '530000.530100', [Role.CONFERENCE_OFFICE]);
    expect(refused(() => checkIssuer({ ...notice, subjectType: SubjectType.TASK }, office))).toBeNull();
    expect(refused(() => checkIssuer(notice, office))).toBe(ErrorCode.FORBIDDEN);
    expect(refused(() => checkIssuer({ ...notice, subjectType: SubjectType.TASK }, actor('province', '530000', [Role.CONFERENCE_OFFICE])))).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('lets the conference office raise notices on the tasks its own conference assigned, and supervisors on any subject', () => {
    const office = actor('city', '530000.530100', [Role.CONFERENCE_OFFICE]);
    expect(refused(() => checkMayRaise({ type: SubjectType.TASK, assigningTenantId: 'city' }, office))).toBeNull();
    expect(refused(() => checkMayRaise({ type: SubjectType.TASK, assigningTenantId: 'county' }, office))).toBe(ErrorCode.FORBIDDEN);
    expect(refused(() => checkMayRaise({ type: SubjectType.CASE }, office))).toBe(ErrorCode.FORBIDDEN);
    expect(refused(() => checkMayRaise({ type: SubjectType.CASE }, actor('city', '530000.530100', [Role.SUPERVISOR])))).toBeNull();
    expect(
      refused(() => checkMayRaise({ type: SubjectType.TASK, assigningTenantId: 'county' }, actor('city', '530000.530100', [Role.TENANT_ADMIN]))),
    ).toBeNull();
    expect(refused(() => checkMayRaise({ type: SubjectType.TASK, assigningTenantId: 'city' }, actor('city', '530000.530100', [Role.LEADER])))).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(officeOnlySubjects(office)).toBe(SubjectType.TASK);
    expect(officeOnlySubjects(actor('city', '530000.530100', [Role.CONFERENCE_OFFICE, Role.SUPERVISOR]))).toBeNull();
    expect(issuedListScope(office)).toBe(SubjectType.TASK);
    expect(issuedListScope(actor('city', '530000.530100', [Role.CONFERENCE_OFFICE, Role.LEADER]))).toBeNull();
  });

  it('lets supervisors of the issuer or above escalate by hand', () => {
    expect(refused(() => checkMayEscalate(notice, actor('province', '530000', [Role.TENANT_ADMIN])))).toBeNull();
    expect(refused(() => checkMayEscalate(notice, actor('city', '530000.530100', [Role.SUPERVISOR])))).toBeNull();
    expect(refused(() => checkMayEscalate(notice, actor('county', '530000.530100.530102', [Role.SUPERVISOR])))).toBe(ErrorCode.FORBIDDEN);
  });
});
