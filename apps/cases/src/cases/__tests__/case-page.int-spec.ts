import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi, type CaseView } from '#test/helpers/case-api.js';
import { graphql } from '#test/gql/index.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';

const LINKS = graphql(`
  query CasePageSpecLinks($filter: CaseFilter) {
    cases(first: 50, filter: $filter) {
      edges {
        node {
          id
          repeatOf {
            id
            number
          }
          repeats {
            id
            number
          }
        }
      }
    }
  }
`);
const APPROVERS = graphql(`
  query CasePageSpecExtensionApprovers($caseId: ID!) {
    extensionApprovers(caseId: $caseId) {
      id
      name
    }
  }
`);

/** What the case page reads beyond the case itself: the linked repeats and who may approve an extension. */
describe('the case page’s relations', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let system: CasesTestApp;
  let api: CaseApi;
  let jinjiang: string;
  let chunxilu: string;
  let category: string;

  const register = (username: string, title: string, overrides: Record<string, unknown> = {}) =>
    api.step(username, 'registerCase', {
      channel: 'LETTER',
      kind: 'CLAIM',
      categoryId: category,
      title,
      content: '反映小区电梯长期停运，要求维修。',
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '吴某', representative: false }],
      ...overrides,
    });
  const links = async (username: string, text: string) => {
    const result = await api.query(username, LINKS, { filter: { text } });
    expect(result.errors).toBeUndefined();
    return new Map<string, { repeatOf: { number: string } | null; repeats: { number: string }[] }>(result.data!.cases.edges.map((e) => [e.node.id, e.node]));
  };

  beforeAll(async () => {
    system = await startCasesApp({ clock });
    api = new CaseApi(system.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    chunxilu = await api.idOf('sc.registrar', 'tenant', '510104001');
    category = await categoryId(api, 'sc.registrar');
  });
  afterAll(() => system.close());

  describe('repeats', () => {
    let original: CaseView;
    let districtRepeat: CaseView;
    let cityRepeat: CaseView;
    let other: CaseView;

    beforeAll(async () => {
      original = await register('jj.registrar', '电梯停运甲');
      clock.set(new Date('2026-06-02T01:00:00Z'));
      districtRepeat = await register('jj.registrar', '电梯停运甲（再次来信）', { repeatOfId: original.id });
      clock.set(new Date('2026-06-03T01:00:00Z'));
      cityRepeat = await register('cd.registrar', '电梯停运甲（赴市来信）', { repeatOfId: original.id });
      other = await register('jj.registrar', '电梯停运乙');
    });

    it('lists the cases that repeat a case, oldest first, and names the case a repeat repeats, for a whole page at once', async () => {
      const seen = await links('cd.registrar', '电梯停运');
      expect(seen.get(original.id)).toEqual({
        id: original.id,
        repeatOf: null,
        repeats: [
          { id: districtRepeat.id, number: districtRepeat.number },
          { id: cityRepeat.id, number: cityRepeat.number },
        ],
      });
      expect(seen.get(districtRepeat.id)).toMatchObject({ repeatOf: { id: original.id, number: original.number }, repeats: [] });
      expect(seen.get(cityRepeat.id)).toMatchObject({ repeatOf: { id: original.id, number: original.number } });
      expect(seen.get(other.id)).toMatchObject({ repeatOf: null, repeats: [] });
    });

    it('shows only the repeats within the caller’s subtree (row-level security)', async () => {
      const seen = await links('jj.registrar', '电梯停运');
      expect(seen.has(cityRepeat.id)).toBe(false);
      expect(seen.get(original.id)?.repeats).toEqual([{ id: districtRepeat.id, number: districtRepeat.number }]);
      const sibling = await api.query(
        'wh.registrar',
        graphql(`
          query CasePageSpecCase($id: ID!) {
            case(id: $id) {
              id
            }
          }
        `),
        { id: original.id },
      );
      expect(errorCode(sibling)).toBe('NOT_FOUND');
    });
  });

  describe('extension approvers', () => {
    it('names the leaders of the handling office, whom extendCase accepts as approver', async () => {
      let kase = await register('jj.registrar', '路灯不亮');
      expect((await api.query('jj.registrar', APPROVERS, { caseId: kase.id })).data!.extensionApprovers).toEqual([
        { id: await api.idOf('jj.leader', 'user', ''), name: '锦江区领导' },
      ]);
      kase = await api.step('jj.registrar', 'routeCase', {
        caseId: kase.id,
        version: kase.version,
        mode: 'ASSIGN',
        tenantId: chunxilu,
        unitId: await api.idOf('jj.registrar', 'unit', '510104001/综治中心'),
        completionReportDue: '2026-09-30',
      });
      kase = await api.step('cxl.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
      kase = await api.step('cxl.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
      const approvers = (await api.query('cxl.handler', APPROVERS, { caseId: kase.id })).data!.extensionApprovers;
      expect(approvers).toEqual([{ id: await api.idOf('cxl.leader', 'user', ''), name: '春熙路街道领导' }]);
      const extended = await api.step('cxl.handler', 'extendCase', {
        caseId: kase.id,
        version: kase.version,
        days: 15,
        approverId: approvers[0].id,
        reason: '需现场核实',
      });
      expect(extended.extensionUsed).toBe(true);
    });

    it('is refused to roles that cannot extend, and answers NOT_FOUND for a case outside the subtree', async () => {
      const kase = await register('jj.registrar', '井盖缺失');
      expect(errorCode(await api.query('jj.member-unit', APPROVERS, { caseId: kase.id }))).toBe('FORBIDDEN');
      expect(errorCode(await api.query('wh.handler', APPROVERS, { caseId: kase.id }))).toBe('NOT_FOUND');
    });
  });
});
