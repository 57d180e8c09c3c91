import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CaseAction } from '../../gql/graphql';
import { CaseActionLabel } from '../../gql/labels';
import {
  LEGAL_CHANNEL_REASONS,
  STEP_ORDER,
  VERSION_CONFLICT_MESSAGE,
  actionButtons,
  mayReveal,
  officeTree,
  ratingLink,
  stepFailure,
  stepInput,
  type StepAction,
} from '../case-actions';

const KASE = { id: 'c1', version: 7 };
const ALL_ACTIONS = Object.keys(CaseActionLabel) as CaseAction[];

describe('actionButtons', () => {
  it('shows exactly the offered steps a user takes, in working order, whatever order the API lists them in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ALL_ACTIONS), (offered) => {
        const buttons = actionButtons(offered);
        expect(new Set(buttons)).toEqual(new Set(offered.filter((action) => action !== 'REGISTER' && action !== 'LAPSE')));
        expect(buttons).toEqual([...buttons].sort((a, b) => STEP_ORDER.indexOf(a) - STEP_ORDER.indexOf(b)));
      }),
    );
  });

  it('has a place for every step but registering and a lapsing window', () => {
    expect(new Set(STEP_ORDER)).toEqual(new Set(ALL_ACTIONS.filter((action) => action !== 'REGISTER' && action !== 'LAPSE')));
  });
});

describe('stepInput', () => {
  it('sends the case and the version the user saw with every step', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STEP_ORDER), fc.uuid(), fc.nat(1000), fc.string(), (action: StepAction, id, version, reason) => {
        expect(stepInput(action, { id, version }, { reason, text: reason, mode: 'ASSIGN' })).toMatchObject({ caseId: id, version });
      }),
    );
  });

  it('routes: an assignment keeps its completion-report date, a transfer drops it; an empty unit is null', () => {
    expect(stepInput('ROUTE', KASE, { mode: 'ASSIGN', tenantId: 't1', unitId: 'u1', completionReportDue: '2026-09-30' })).toEqual({
      caseId: 'c1',
      version: 7,
      mode: 'ASSIGN',
      tenantId: 't1',
      unitId: 'u1',
      completionReportDue: '2026-09-30',
    });
    expect(stepInput('ROUTE', KASE, { mode: 'TRANSFER', tenantId: 't1', unitId: undefined, completionReportDue: '2026-09-30' })).toEqual({
      caseId: 'c1',
      version: 7,
      mode: 'TRANSFER',
      tenantId: 't1',
      unitId: null,
      completionReportDue: null,
    });
  });

  it('declines with the legal channel only for the reasons that lead into a legal procedure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'ADMINISTRATIVE_REVIEW',
          'ADMINISTRATIVE_RULING',
          'ALREADY_FINALIZED',
          'ARBITRATION',
          'BEING_HANDLED',
          'LITIGATION',
          'NOT_A_PETITION',
          'OTHER',
          'OWN_LEGAL_DUTY',
          'PARTY_APPEAL' as const,
        ),
        (declineReason) => {
          const input = stepInput('DECLINE', KASE, { declineReason, target: ' 锦江区人民法院 ', note: '  ' });
          expect(input).toEqual({
            caseId: 'c1',
            version: 7,
            reason: declineReason,
            target: LEGAL_CHANNEL_REASONS.has(declineReason) ? '锦江区人民法院' : null,
            note: null,
          });
        },
      ),
    );
  });

  it('extends by a whole number of days with the approving leader and the reason, trimmed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.string(), (days, reason) => {
        expect(stepInput('EXTEND', KASE, { days: String(days), reason: ` ${reason} `, approverId: 'leader' })).toEqual({
          caseId: 'c1',
          version: 7,
          days,
          reason: reason.trim(),
          approverId: 'leader',
        });
      }),
    );
  });

  it('decides, reviews and re-examines with the outcome and the text; review results only where they belong', () => {
    expect(stepInput('DECIDE', KASE, { outcome: 'PARTLY_SUPPORTS', text: ' 部分支持。 ', result: 'UPHELD' })).toEqual({
      caseId: 'c1',
      version: 7,
      outcome: 'PARTLY_SUPPORTS',
      text: '部分支持。',
    });
    expect(stepInput('DECIDE_REVIEW', KASE, { outcome: 'SUPPORTS', text: '维持。', result: 'UPHELD' })).toEqual({
      caseId: 'c1',
      version: 7,
      outcome: 'SUPPORTS',
      text: '维持。',
      result: 'UPHELD',
    });
    expect(stepInput('DECIDE_REEXAMINATION', KASE, { outcome: 'EXPLAINS', text: '撤销。', result: 'REVOKED' })).toMatchObject({
      result: 'REVOKED',
      outcome: 'EXPLAINS',
    });
  });

  it('maps the remaining forms to their inputs and sends nothing else for the steps without one', () => {
    expect(stepInput('OBJECT', KASE, { reason: ' 不属本单位职责 ' })).toEqual({ caseId: 'c1', version: 7, reason: '不属本单位职责' });
    expect(stepInput('SEND_BACK', KASE, { reason: '报告不完整', completionReportDue: '2026-10-10' })).toEqual({
      caseId: 'c1',
      version: 7,
      reason: '报告不完整',
      completionReportDue: '2026-10-10',
    });
    expect(stepInput('RECORD_HEARING', KASE, { from: '2026-09-01', to: '2026-09-03' })).toEqual({
      caseId: 'c1',
      version: 7,
      from: '2026-09-01',
      to: '2026-09-03',
    });
    expect(stepInput('RATE', KASE, { rating: 'BASICALLY_SATISFIED' })).toEqual({ caseId: 'c1', version: 7, rating: 'BASICALLY_SATISFIED' });
    expect(stepInput('CLOSE', KASE, { closeReason: 'WITHDRAWN' })).toEqual({ caseId: 'c1', version: 7, reason: 'WITHDRAWN' });
    for (const action of ['RECEIVE', 'ACCEPT', 'DELIVER', 'SUBMIT_COMPLETION_REPORT', 'REQUEST_REVIEW', 'REQUEST_REEXAMINATION'] as const) {
      expect(stepInput(action, KASE, { reason: '多余', text: '多余' })).toEqual({ caseId: 'c1', version: 7 });
    }
  });
});

describe('stepFailure', () => {
  it('turns a stale version into the reload prompt and shows any other refusal with the API’s message', () => {
    const failed = (code: string, message: string) => ({ message, graphQLErrors: [{ message, extensions: { code } }] });
    expect(stepFailure(failed('CONFLICT', '信访事项 X 已被他人修改，请刷新后重试'))).toEqual({ conflict: true, message: VERSION_CONFLICT_MESSAGE });
    expect(stepFailure(failed('VALIDATION', '批准人应为办理机构的领导'))).toEqual({ conflict: false, message: '批准人应为办理机构的领导' });
    expect(stepFailure({ message: 'Failed to fetch', graphQLErrors: [], networkError: new Error('down') })).toEqual({
      conflict: false,
      message: '网络错误，请稍后再试',
    });
  });
});

describe('mayReveal', () => {
  it('lets registrars and handlers ask for full numbers, as the server does, and no other role', () => {
    expect(mayReveal(['REGISTRAR'])).toBe(true);
    expect(mayReveal(['HANDLER', 'LEADER'])).toBe(true);
    expect(mayReveal(['LEADER', 'SUPERVISOR', 'ASSESSOR', 'MEMBER_UNIT', 'CONFERENCE_OFFICE', 'TENANT_ADMIN'])).toBe(false);
  });
});

describe('ratingLink', () => {
  it('points at the portal of the same origin with the token encoded', () => {
    expect(ratingLink('http://127.0.0.1:3000/', 'ab-_c')).toBe('http://127.0.0.1:3000/portal/rate?token=ab-_c');
    fc.assert(
      fc.property(fc.string(), (token) => {
        expect(new URL(ratingLink('https://xf.example.gov.cn', token)).searchParams.get('token')).toBe(token);
      }),
    );
  });
});

describe('officeTree', () => {
  it('nests the subtree under the user’s office in the listed order', () => {
    const tree = officeTree([
      { id: 'jj', name: '锦江区', parentId: 'cd' },
      { id: 'cxl', name: '春熙路街道', parentId: 'jj' },
      { id: 'dyj', name: '督院街街道', parentId: 'jj' },
    ]);
    expect(tree).toEqual([
      {
        value: 'jj',
        title: '锦江区',
        children: [
          { value: 'cxl', title: '春熙路街道', children: [] },
          { value: 'dyj', title: '督院街街道', children: [] },
        ],
      },
    ]);
  });

  it('keeps every office exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 20 }), (parents) => {
        // Office i's parent is some earlier office (or none): a tree, as the directory keeps it.
        const offices = parents.map((p, i) => ({ id: `o${i}`, name: `机构${i}`, parentId: i === 0 || p >= i ? null : `o${p}` }));
        const flat = (nodes: ReturnType<typeof officeTree>): string[] => nodes.flatMap((node) => [node.value, ...flat(node.children)]);
        expect(flat(officeTree(offices)).sort()).toEqual(offices.map((o) => o.id).sort());
      }),
    );
  });
});
