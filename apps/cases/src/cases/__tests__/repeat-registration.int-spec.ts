import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '#common/clock';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { errorCode, type GraphQLResult } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

const ZHAO = '11010519491231002X';
const QIAN = '440524198001010013';

/**
 * Repeat detection decides at registration: a strong match (the same ID number, a similar matter)
 * that the registrar sees must be linked as a repeat or registered as new with a reason.
 */
describe('registration with a strong repeat match', () => {
  const clock = new ManualClock(new Date('2026-06-01T01:00:00Z'));
  let t: CasesTestApp;
  let api: CaseApi;
  let jinjiang: string;
  let wuhou: string;
  let category: string;
  let otherCategory: string;

  const count = async (sql: string, params: unknown[] = []) => Number((await t.admin.query(sql, params)).rows[0].count);
  const footprint = async () => ({
    cases: await count('SELECT count(*) FROM cases.cases'),
    petitioners: await count('SELECT count(*) FROM cases.petitioners'),
    transitions: await count('SELECT count(*) FROM cases.case_transitions'),
    outbox: await count('SELECT count(*) FROM cases.outbox'),
    audit: await count('SELECT count(*) FROM cases.audit_log'),
  });
  const registration = (idNumber: string | null, overrides: Record<string, unknown> = {}) => ({
    channel: 'LETTER',
    kind: 'CLAIM',
    categoryId: category,
    title: '某楼盘延期交房',
    content: '某楼盘逾期两年未交房，要求开发商交房。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '赵某', ...(idNumber ? { idNumber } : {}), phone: '13700137000', representative: true }],
    ...overrides,
  });
  const refused = async (code: string, request: () => Promise<GraphQLResult>) => {
    const before = await footprint();
    const result = await request();
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await footprint()).toEqual(before);
    return result;
  };

  beforeAll(async () => {
    t = await startCasesApp({ clock });
    api = new CaseApi(t.server);
    jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
    wuhou = await api.idOf('sc.registrar', 'tenant', '510107');
    category = await categoryId(api, 'sc.registrar');
    const categories = (
      await api.query(
        'sc.registrar',
        graphql(`
          query RepeatRegistrationSpecCategories {
            categories {
              id
              code
            }
          }
        `),
        {},
      )
    ).data!.categories;
    otherCategory = categories.find((c: { id: string }) => c.id !== category)!.id;
  });
  afterAll(() => t.close());

  let original: { id: string; number: string; version: number };

  it('refuses the same person with a similar matter, unresolved, with REPEAT_UNRESOLVED listing the matches and writing nothing', async () => {
    original = await api.step('jj.registrar', 'registerCase', registration(ZHAO));
    const same = await refused('REPEAT_UNRESOLVED', () => api.mutate('jj.registrar', 'registerCase', registration(ZHAO, { content: '再次反映交房问题。' })));
    expect(same.errors![0].extensions).toEqual({
      code: 'REPEAT_UNRESOLVED',
      details: { matches: [{ id: original.id, number: original.number, state: 'REGISTERED', registeredOn: '2026-06-01' }] },
    });
    expect(same.errors![0].message).toContain(original.number);
    // A title alike in part is the same matter within the category, not across categories.
    await refused('REPEAT_UNRESOLVED', () => api.mutate('jj.registrar', 'registerCase', registration(ZHAO, { title: '某楼盘逾期交房问题' })));
    await refused('REPEAT_UNRESOLVED', () => api.mutate('jj.registrar', 'registerCase', registration(ZHAO, { title: '某楼盘交房延误', categoryId: category })));
    const elsewhere = await api.step('jj.registrar', 'registerCase', registration(ZHAO, { title: '某楼盘交房延误', categoryId: otherCategory }));
    expect(elsewhere.repeatOfId).toBeNull();
  });

  it('leaves a phone, an unrelated matter or another person to the advisory candidates', async () => {
    // The same phone and title without an ID number: no identity to match on.
    expect((await api.step('jj.registrar', 'registerCase', registration(null))).repeatOfId).toBeNull();
    expect((await api.step('jj.registrar', 'registerCase', registration(ZHAO, { title: '某路段路灯长期不亮' }))).repeatOfId).toBeNull();
    expect((await api.step('jj.registrar', 'registerCase', registration(QIAN))).repeatOfId).toBeNull();
  });

  it('does not match what the registrar cannot see: a sibling district registers it as its own', async () => {
    const sibling = await api.step('wh.registrar', 'registerCase', registration(ZHAO, { problemJurisdictionId: wuhou }));
    expect(sibling.repeatOfId).toBeNull();
  });

  it('resolves by linking as a repeat, counted on the original', async () => {
    const repeat = await api.step('jj.registrar', 'registerCase', registration(ZHAO, { repeatOfId: original.id }));
    expect(repeat.repeatOfId).toBe(original.id);
    expect((await api.case('jj.registrar', original.id))!.repeatCount).toBe(1);
  });

  it('resolves by registering as new with a reason, stored, shown, in the history and audited', async () => {
    const reason = '信访人本次反映的是另一套房屋（3 栋）的交房问题';
    const fresh = await api.step('jj.registrar', 'registerCase', registration(ZHAO, { newMatterReason: `  ${reason} ` }));
    expect(fresh.repeatOfId).toBeNull();
    const shown = await api.query(
      'jj.registrar',
      graphql(`
        query RepeatRegistrationSpecCase($id: ID!) {
          case(id: $id) {
            newMatterReason
            timeline {
              action
              details {
                newMatterReason
                strongMatches
              }
            }
          }
        }
      `),
      { id: fresh.id },
    );
    expect(shown.data!.case.newMatterReason).toBe(reason);
    expect(shown.data!.case.timeline[0].details).toEqual({ newMatterReason: reason, strongMatches: expect.arrayContaining([original.number]) });
    const { rows } = await t.admin.query(`SELECT after FROM cases.audit_log WHERE action = 'case.register' AND entity_id = $1`, [fresh.id]);
    expect(rows[0].after).toMatchObject({ newMatterReason: reason, strongMatches: expect.arrayContaining([original.id]) });
  });

  it('of two registrations of the same new matter at once, one is registered and the other must resolve it', async () => {
    const both = await Promise.all(
      [1, 2].map(() => api.mutate('jj.registrar', 'registerCase', registration(QIAN, { title: '某市场噪音扰民', content: '同时登记。' }))),
    );
    expect(both.filter((r) => r.data?.registerCase)).toHaveLength(1);
    expect(both.map(errorCode).filter(Boolean)).toEqual(['REPEAT_UNRESOLVED']);
  });

  it('refuses a blank reason, and a link together with a reason, writing nothing', async () => {
    await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration(ZHAO, { newMatterReason: '   ' })));
    await refused('VALIDATION', () => api.mutate('jj.registrar', 'registerCase', registration(ZHAO, { newMatterReason: '新事项', repeatOfId: original.id })));
  });

  it('asks for a resolution for a finished matter too', async () => {
    clock.set(new Date('2026-06-02T01:00:00Z'));
    let withdrawn = await api.step(
      'jj.registrar',
      'registerCase',
      registration(QIAN, { title: '某小区电梯长期故障', newMatterReason: '与此前反映的楼盘交房无关' }),
    );
    withdrawn = await api.step('jj.registrar', 'closeCase', { caseId: withdrawn.id, version: withdrawn.version, reason: 'WITHDRAWN' });
    const again = await refused('REPEAT_UNRESOLVED', () => api.mutate('jj.registrar', 'registerCase', registration(QIAN, { title: '某小区电梯长期故障' })));
    expect(again.errors![0].extensions!.details).toEqual({
      matches: [{ id: withdrawn.id, number: withdrawn.number, state: 'CLOSED', registeredOn: '2026-06-02' }],
    });
  });

  it('refuses a strong match of a re-examined matter with ALREADY_FINALIZED, however the registrar resolves it', async () => {
    const final = await api.step('jj.registrar', 'registerCase', registration(QIAN, { title: '某工地拖欠农民工工资', categoryId: otherCategory }));
    // Finalized by re-examination (its lifecycle is covered elsewhere): set in place.
    await t.admin.query(
      `UPDATE cases.cases SET state = 'FINALIZED', finished_on = '2026-05-20', outcome = 'DOES_NOT_SUPPORT', decision_text = '复核维持。', review_tenant_id = $2 WHERE id = $1`,
      [final.id, jinjiang],
    );
    await t.admin.query(`UPDATE cases.case_stages SET stopped_on = '2026-06-02', on_time = true WHERE case_id = $1`, [final.id]);
    for (const resolution of [{}, { newMatterReason: '新事项' }, { repeatOfId: final.id }]) {
      const result = await refused('ALREADY_FINALIZED', () =>
        api.mutate('jj.registrar', 'registerCase', registration(QIAN, { title: '某工地拖欠农民工工资', categoryId: otherCategory, ...resolution })),
      );
      expect(result.errors![0].message).toContain('复核终结');
      expect(result.errors![0].extensions!.details).toMatchObject({ caseId: final.id, number: final.number });
    }
  });
});
