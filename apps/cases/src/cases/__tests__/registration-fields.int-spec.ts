import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startCasesApp, type CasesTestApp } from '../../__tests__/cases-test-app.js';
import { CaseApi } from '#test/helpers/case-api.js';
import { errorCode } from '#test/helpers/graphql-client.js';
import { categoryId } from '#test/scenarios/case-lifecycles.js';
import { graphql } from '#test/gql/index.js';

/**
 * A refused registration names the input field it refuses, so the console can show the reason
 * next to that field: `extensions.field` / `details.fields` for the input's shape,
 * `details.field` for the checks against the directory and the case rules.
 */
describe('registration refusals name their field', () => {
  let t: CasesTestApp;
  let api: CaseApi;
  let base: Record<string, unknown>;
  let wuhou: string;

  const refusal = async (overrides: Record<string, unknown>) => {
    const result = await api.mutate('jj.registrar', 'registerCase', { ...base, ...overrides });
    expect(errorCode(result)).toBe('VALIDATION');
    return result.errors![0] as { message: string; extensions: { field?: string; details?: { field?: string; fields?: Record<string, string[]> } } };
  };

  beforeAll(async () => {
    t = await startCasesApp();
    api = new CaseApi(t.server);
    wuhou = await api.idOf('sc.registrar', 'tenant', '510107');
    base = {
      channel: 'VISIT',
      kind: 'CLAIM',
      categoryId: await categoryId(api, 'jj.registrar'),
      title: '某工地拖欠工资',
      content: '工人来访反映工地拖欠工资。',
      problemJurisdictionId: await api.idOf('jj.registrar', 'tenant', '510104'),
      petitioners: [{ name: '冯某', representative: false }],
    };
  });
  afterAll(() => t.close());

  it('names the field of each rule checked against the directory and the case rules', async () => {
    const registrar = await api.idOf('jj.registrar', 'user', '');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ problemJurisdictionId: wuhou }, 'problemJurisdictionId', '问题属地应为本机构或本辖区内的下级机构'],
      [{ categoryId: randomUUID() }, 'categoryId', '内容分类不存在或已停用'],
      [{ leaderOwnerId: registrar }, 'leaderOwnerId', '包案领导应为本辖区内在职的领导'],
      [{ accusedUnitId: randomUUID() }, 'accusedUnitId', '只有检举控告类事项才登记被检举控告单位'],
      [{ kind: 'ACCUSATION', accusedUnitId: randomUUID() }, 'accusedUnitId', '被检举控告单位不在本辖区内'],
      [{ receptionId: randomUUID() }, 'receptionId', '领导接访活动不存在或不属于本机构'],
      [{ personCount: 1, petitioners: [{ name: '冯某' }, { name: '陈某' }] }, 'personCount', '人次（1）不能少于登记的信访人数（2）'],
      [{ petitioners: [{ name: '冯某', idNumber: '510104198506123010' }] }, 'petitioners[0].idNumber', '身份证号码校验位错误'],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await refusal(overrides);
      expect({ field: error.extensions.details?.field, message: error.message }).toEqual({ field, message });
    }
  });

  it('names the input path of a refused shape, every refused field listed', async () => {
    const error = await refusal({ title: '   ', petitioners: [{ name: '' }] });
    expect(error.extensions.field).toBe('input.title');
    expect(Object.keys(error.extensions.details?.fields ?? {}).sort()).toEqual(['input.petitioners.0.name', 'input.title']);
  });

  it('registers a case with a leader the leaders query offers', async () => {
    const leaders = (
      await api.query(
        'jj.registrar',
        graphql(`
          query RegistrationFieldsSpecLeaders {
            leaders {
              id
              displayName
            }
          }
        `),
        {},
      )
    ).data!.leaders;
    expect(leaders.map((l: { displayName: string }) => l.displayName)).toEqual(['锦江区领导']);
    const kase = await api.step('jj.registrar', 'registerCase', { ...base, leaderOwnerId: leaders[0].id });
    const read = await api.query(
      'jj.registrar',
      graphql(`
        query RegistrationFieldsSpecCase($id: ID!) {
          case(id: $id) {
            leaderOwnerId
          }
        }
      `),
      { id: kase.id },
    );
    expect(read.data!.case.leaderOwnerId).toBe(leaders[0].id);
  });
});
