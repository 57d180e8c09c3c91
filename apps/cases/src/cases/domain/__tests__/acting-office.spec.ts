import { describe, expect, it } from '@jest/globals';
import { CaseAction, CaseState, actingOfficeFor, isActingOffice, type CaseOffices } from '../index.js';

describe('acting office', () => {
  const offices: CaseOffices = {
    holder: 'county',
    assigner: 'province',
    reviewer: 'city',
    deciderParent: 'city',
    reviewerParent: 'province',
    chain: ['province', 'county'],
  };

  it.each([
    [CaseAction.ACCEPT, CaseState.RECEIVED, 'county'],
    [CaseAction.DECIDE, CaseState.ACCEPTED, 'county'],
    [CaseAction.SEND_BACK, CaseState.DELIVERED, 'province'],
    [CaseAction.REQUEST_REVIEW, CaseState.DELIVERED, 'city'],
    [CaseAction.DECIDE_REVIEW, CaseState.IN_REVIEW, 'city'],
    [CaseAction.REQUEST_REEXAMINATION, CaseState.REVIEWED, 'province'],
    [CaseAction.CLOSE, CaseState.REVIEWED, 'city'],
    [CaseAction.CLOSE, CaseState.DELIVERED, 'county'],
  ])('%s in %s belongs to %s and to no other office', (action, state, office) => {
    const role = actingOfficeFor(action, state);
    for (const tenant of ['province', 'city', 'county', 'township']) {
      expect(isActingOffice(role, offices, tenant)).toBe(tenant === office);
    }
  });

  it('a rating may be entered by any office of the handling chain or the reviewer', () => {
    const role = actingOfficeFor(CaseAction.RATE, CaseState.DELIVERED);
    expect(['province', 'city', 'county', 'township'].map((t) => isActingOffice(role, offices, t))).toEqual([true, true, true, false]);
  });
});
