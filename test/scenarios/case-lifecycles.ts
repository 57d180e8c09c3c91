import { expect } from '@jest/globals';
import type { CaseApi, CaseView } from '../helpers/case-api.js';
import { errorCode } from '../helpers/graphql-client.js';
import { graphql } from '#test/gql/index.js';

/** Moves the clock of the system under test to 09:00 China time of a date. */
export type SetToday = (date: string) => Promise<void> | void;

function clock(kase: CaseView, stage: string) {
  const runs = kase.stages.filter((s) => s.stage === stage);
  return runs[runs.length - 1];
}

export async function categoryId(api: CaseApi, username: string): Promise<string> {
  const result = await api.query(
    username,
    graphql(`
      query CaseLifecyclesCategories {
        categories {
          id
          code
        }
      }
    `),
    {},
  );
  return result.data!.categories.find((c: { code: string }) => c.code === 'LABOUR_SOCIAL_SECURITY')!.id;
}

/**
 * A claim's whole statutory life, with every deadline computed by hand from the 2026 official
 * calendar (Mid-Autumn 09-25..27, National Day 10-01..07, make-up workdays 09-20 and 10-10):
 * registered at the province, transferred to 锦江区, assigned to its 住建局, accepted, extended,
 * decided, delivered, rated dissatisfied, reviewed by 成都市, re-examined by the province with a
 * hearing, finalized — and the same matter refused afterwards.
 */
export async function claimLifecycle(api: CaseApi, setToday: SetToday): Promise<void> {
  const jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
  const housingBureau = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  const jjLeader = await api.idOf('jj.leader', 'user', '');
  const category = await categoryId(api, 'sc.registrar');

  await setToday('2026-07-20'); // Monday
  let kase = await api.step('sc.registrar', 'registerCase', {
    channel: 'VISIT',
    kind: 'CLAIM',
    categoryId: category,
    title: '锦江区某小区物业拖欠维修基金返还',
    content: '信访人反映小区维修基金被物业长期占用，要求返还。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '张某', idNumber: '11010519491231002X', phone: '13800138000', representative: true }],
  });
  expect(kase.state).toBe('REGISTERED');
  // Registered at the province about a district: two levels up, a level-skipping visit.
  expect(kase.levelSkipping).toBe(true);
  // 07-20 + 15 days = 08-04, a Tuesday.
  expect(clock(kase, 'ROUTE').deadline).toBe('2026-08-04');

  kase = await api.step('sc.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
  expect(kase.state).toBe('ROUTED');
  expect(clock(kase, 'ROUTE')).toMatchObject({ stoppedOn: '2026-07-20', onTime: true });
  expect(clock(kase, 'RECEIVE').deadline).toBeNull(); // the regulation sets no sign-for period

  await setToday('2026-07-22'); // Wednesday
  kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
  // Five working days after Wed 07-22: 23, 24, 27, 28, 29.
  expect(clock(kase, 'OBJECT').deadline).toBe('2026-07-29');
  // 07-22 + 15 = 08-06, a Thursday.
  expect(clock(kase, 'NOTIFY').deadline).toBe('2026-08-06');

  kase = await api.step('jj.registrar', 'routeCase', {
    caseId: kase.id,
    version: kase.version,
    mode: 'ASSIGN',
    tenantId: jinjiang,
    unitId: housingBureau,
    completionReportDue: '2026-11-30',
  });
  expect(kase).toMatchObject({ state: 'ROUTED', handlingUnitId: housingBureau });

  await setToday('2026-07-23'); // Thursday
  kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
  // 24, 27, 28, 29, 30.
  expect(clock(kase, 'OBJECT').deadline).toBe('2026-07-30');
  kase = await api.step('jj.handler', 'acceptCase', { caseId: kase.id, version: kase.version });
  expect(kase.state).toBe('ACCEPTED');
  expect(clock(kase, 'NOTIFY')).toMatchObject({ stoppedOn: '2026-07-23', onTime: true });
  // 07-23 + 60 days: 8 to the end of July, 31 in August, 21 in September → 09-21, a Monday.
  expect(clock(kase, 'HANDLE').deadline).toBe('2026-09-21');
  expect(kase.deadline).toBe('2026-09-21');

  await setToday('2026-09-14');
  kase = await api.step('jj.handler', 'extendCase', { caseId: kase.id, version: kase.version, days: 10, approverId: jjLeader, reason: '需进一步调查核实' });
  // 09-21 + 10 = 10-01, National Day: the deadline moves to the first working day after it, 10-08.
  expect(clock(kase, 'HANDLE')).toMatchObject({ deadline: '2026-10-08', extensionDays: 10 });
  const again = await api.mutate('jj.handler', 'extendCase', { caseId: kase.id, version: kase.version, days: 5, approverId: jjLeader, reason: '再延' });
  expect(errorCode(again)).toBe('INVALID_TRANSITION');

  await setToday('2026-09-30'); // Wednesday
  kase = await api.step('jj.handler', 'decideCase', {
    caseId: kase.id,
    version: kase.version,
    outcome: 'DOES_NOT_SUPPORT',
    text: '经调查，维修基金使用符合规定。',
  });
  expect(clock(kase, 'HANDLE')).toMatchObject({ stoppedOn: '2026-09-30', onTime: true });
  kase = await api.step('jj.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
  // 09-30 + 30 = 10-30, a Friday.
  expect(clock(kase, 'REVIEW_WINDOW').deadline).toBe('2026-10-30');
  kase = await api.step('jj.handler', 'submitCompletionReport', { caseId: kase.id, version: kase.version });
  expect(kase.completionReport).toBe('SUBMITTED');

  await setToday('2026-10-09');
  kase = await api.step('jj.registrar', 'rateCase', { caseId: kase.id, version: kase.version, rating: 'DISSATISFIED' });
  expect(kase.rating).toBe('DISSATISFIED');

  await setToday('2026-10-12'); // Monday
  // The review belongs to the office above the deciding one: the province may not take it.
  expect(errorCode(await api.mutate('sc.registrar', 'requestReview', { caseId: kase.id, version: kase.version }))).toBe('FORBIDDEN');
  kase = await api.step('cd.registrar', 'requestReview', { caseId: kase.id, version: kase.version });
  expect(kase.state).toBe('IN_REVIEW');
  expect(clock(kase, 'REVIEW_WINDOW')).toMatchObject({ stoppedOn: '2026-10-12', onTime: true });
  // 10-12 + 30 = 11-11, a Wednesday.
  expect(clock(kase, 'REVIEW').deadline).toBe('2026-11-11');

  await setToday('2026-11-05');
  kase = await api.step('cd.leader', 'decideReview', {
    caseId: kase.id,
    version: kase.version,
    outcome: 'DOES_NOT_SUPPORT',
    text: '复查维持原处理意见。',
    result: 'UPHELD',
  });
  expect(kase.state).toBe('REVIEWED');
  // 11-05 + 30 = 12-05, a Saturday → Monday 12-07.
  expect(clock(kase, 'REEXAMINATION_WINDOW').deadline).toBe('2026-12-07');

  await setToday('2026-11-16'); // Monday
  kase = await api.step('sc.registrar', 'requestReexamination', { caseId: kase.id, version: kase.version });
  expect(kase.state).toBe('IN_REEXAMINATION');
  // 11-16 + 30 = 12-16, a Wednesday.
  expect(clock(kase, 'REEXAMINATION').deadline).toBe('2026-12-16');

  await setToday('2026-11-20');
  kase = await api.step('sc.leader', 'recordHearing', { caseId: kase.id, version: kase.version, from: '2026-11-23', to: '2026-11-25' });
  // Three hearing days do not count: 12-16 + 3 = 12-19, a Saturday → Monday 12-21.
  expect(clock(kase, 'REEXAMINATION').deadline).toBe('2026-12-21');

  await setToday('2026-12-10');
  kase = await api.step('sc.leader', 'decideReexamination', {
    caseId: kase.id,
    version: kase.version,
    outcome: 'DOES_NOT_SUPPORT',
    text: '复核维持复查意见，本信访事项终结。',
    result: 'UPHELD',
  });
  expect(kase).toMatchObject({
    state: 'FINALIZED',
    finishedOn: '2026-12-10',
    openStages: [],
    deadline: null,
    ending: 'DECIDED',
    final: true,
    reviewResult: 'UPHELD',
    reexaminationResult: 'UPHELD',
  });
  expect(clock(kase, 'REEXAMINATION')).toMatchObject({ stoppedOn: '2026-12-10', onTime: true });

  await setToday('2026-12-11');
  const refused = await api.mutate('sc.registrar', 'registerCase', {
    channel: 'VISIT',
    kind: 'CLAIM',
    categoryId: category,
    title: '锦江区某小区物业拖欠维修基金返还',
    content: '信访人再次反映维修基金问题。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '张某', idNumber: '11010519491231002X', representative: true }],
    repeatOfId: kase.id,
  });
  expect(errorCode(refused)).toBe('ALREADY_FINALIZED');
  expect(refused.errors![0].message).toContain('复核终结');
  expect(refused.errors![0].message).toContain('2026-12-10');
}

/**
 * An assigned suggestion (交办) that the province sends back once (退回重办): the county handles
 * it, reports, is sent back, handles it again on a fresh clock, reports again and closes it.
 */
export async function assignedCaseSentBack(api: CaseApi, setToday: SetToday): Promise<void> {
  const jinjiang = await api.idOf('sc.registrar', 'tenant', '510104');
  const category = await categoryId(api, 'sc.registrar');

  await setToday('2026-09-07'); // Monday
  let kase = await api.step('sc.registrar', 'registerCase', {
    channel: 'LETTER',
    kind: 'SUGGESTION',
    categoryId: category,
    title: '建议完善锦江区农民工工资保证金制度',
    content: '来信建议对工程项目工资保证金实行专户管理。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '李某', phone: '028-86001234', representative: false }],
  });
  // 09-07 + 15 = 09-22, a Tuesday.
  expect(clock(kase, 'ROUTE').deadline).toBe('2026-09-22');
  kase = await api.step('sc.registrar', 'routeCase', {
    caseId: kase.id,
    version: kase.version,
    mode: 'ASSIGN',
    tenantId: jinjiang,
    completionReportDue: '2026-10-30',
  });

  await setToday('2026-09-08'); // Tuesday
  kase = await api.step('jj.registrar', 'receiveCase', { caseId: kase.id, version: kase.version });
  // 09, 10, 11, 14, 15.
  expect(clock(kase, 'OBJECT').deadline).toBe('2026-09-15');
  expect(clock(kase, 'NOTIFY').deadline).toBe('2026-09-23');
  kase = await api.step('jj.registrar', 'acceptCase', { caseId: kase.id, version: kase.version });
  // 09-08 + 60: 22 to the end of September, 31 in October, 7 in November → 11-07, a Saturday → 11-09.
  expect(clock(kase, 'HANDLE').deadline).toBe('2026-11-09');

  await setToday('2026-09-24');
  kase = await api.step('jj.leader', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'EXPLAINS', text: '已研究，将纳入明年工作计划。' });
  kase = await api.step('jj.registrar', 'deliverCase', { caseId: kase.id, version: kase.version });
  expect(kase.openStages).toEqual([]); // a suggestion has no review window
  // Closing before the report is in is refused; so is a send-back before it.
  expect(errorCode(await api.mutate('jj.registrar', 'closeCase', { caseId: kase.id, version: kase.version, reason: 'COMPLETED' }))).toBe('INVALID_TRANSITION');
  expect(
    errorCode(
      await api.mutate('sc.registrar', 'sendBackCase', { caseId: kase.id, version: kase.version, reason: '未落实', completionReportDue: '2026-11-20' }),
    ),
  ).toBe('INVALID_TRANSITION');
  kase = await api.step('jj.registrar', 'submitCompletionReport', { caseId: kase.id, version: kase.version });

  await setToday('2026-09-28'); // Monday
  // Only the assigning office may send it back.
  expect(
    errorCode(
      await api.mutate('cd.registrar', 'sendBackCase', { caseId: kase.id, version: kase.version, reason: '未落实', completionReportDue: '2026-11-20' }),
    ),
  ).toBe('FORBIDDEN');
  kase = await api.step('sc.registrar', 'sendBackCase', {
    caseId: kase.id,
    version: kase.version,
    reason: '答复未回应专户管理建议，请重办',
    completionReportDue: '2026-11-20',
  });
  expect(kase).toMatchObject({ state: 'ACCEPTED', sendBackCount: 1, completionReport: 'SENT_BACK', outcome: null });
  // A fresh handling clock from 09-28: 2 days to the end of September, 31 in October, 27 in November → 11-27, a Friday.
  const runs = kase.stages.filter((s) => s.stage === 'HANDLE');
  expect(runs).toEqual([
    expect.objectContaining({ startedOn: '2026-09-08', stoppedOn: '2026-09-24', onTime: true }),
    expect.objectContaining({ startedOn: '2026-09-28', deadline: '2026-11-27', stoppedOn: null }),
  ]);

  await setToday('2026-10-09'); // Friday, a working day after National Day
  kase = await api.step('jj.leader', 'decideCase', { caseId: kase.id, version: kase.version, outcome: 'SUPPORTS', text: '采纳建议，工资保证金实行专户管理。' });
  kase = await api.step('jj.registrar', 'deliverCase', { caseId: kase.id, version: kase.version });
  kase = await api.step('jj.registrar', 'submitCompletionReport', { caseId: kase.id, version: kase.version });
  await setToday('2026-10-12');
  kase = await api.step('jj.registrar', 'closeCase', { caseId: kase.id, version: kase.version, reason: 'COMPLETED' });
  expect(kase).toMatchObject({ state: 'CLOSED', closeReason: 'COMPLETED', finishedOn: '2026-10-12', outcome: 'SUPPORTS' });
}

/**
 * 上报: 春熙路街道 registers a matter of the county's housing bureau, cannot route it up, reports it
 * to 锦江区 (and loses sight of it), and the county routes it to its bureau, which signs for it.
 */
export async function townshipReportsUp(api: CaseApi, setToday: SetToday): Promise<CaseView> {
  const chunxilu = await api.idOf('cxl.registrar', 'tenant', '510104001');
  const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
  const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  await setToday('2026-08-03'); // Monday
  let kase = await api.step('cxl.registrar', 'registerCase', {
    channel: 'VISIT',
    kind: 'CLAIM',
    categoryId: await categoryId(api, 'cxl.registrar'),
    title: '春熙路某小区专项维修资金被挪用',
    content: '信访人到街道反映小区专项维修资金被挪用，要求区住建部门查处。',
    problemJurisdictionId: chunxilu,
    petitioners: [{ name: '刘某', representative: false }],
  });
  const upward = await api.mutate('cxl.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang });
  expect(errorCode(upward)).toBe('VALIDATION');
  await setToday('2026-08-04');
  kase = await api.step('cxl.registrar', 'reportCaseUp', { caseId: kase.id, version: kase.version, reason: '维修资金监管属区住房和城乡建设局职责' });
  expect(kase).toMatchObject({ state: 'REGISTERED', handlingTenantId: jinjiang });
  expect(await api.case('cxl.registrar', kase.id)).toBeNull();
  const held = (await api.case('jj.registrar', kase.id))!;
  // The county's own route clock: 08-04 + 15 = 08-19, a Wednesday.
  expect(held.stages.filter((s) => s.stage === 'ROUTE').map((s) => [s.deadline, s.stoppedOn])).toEqual([
    ['2026-08-18', '2026-08-04'],
    ['2026-08-19', null],
  ]);
  kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: held.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
  kase = await api.step('jj.handler', 'receiveCase', { caseId: kase.id, version: kase.version });
  expect(kase).toMatchObject({ state: 'RECEIVED', handlingTenantId: jinjiang, handlingUnitId: housing });
  return kase;
}

/** A review (复查) that changes the county's decision: both opinions stay, the review's with result CHANGED. */
export async function reviewChangesDecision(api: CaseApi, setToday: SetToday): Promise<CaseView> {
  const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
  const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  await setToday('2026-08-03');
  let kase = await api.step('jj.registrar', 'registerCase', {
    channel: 'LETTER',
    kind: 'CLAIM',
    categoryId: await categoryId(api, 'jj.registrar'),
    title: '某物业公司拒不退还装修押金',
    content: '信访人反映物业公司拒不退还装修押金。',
    problemJurisdictionId: jinjiang,
    petitioners: [{ name: '吴某', representative: false }],
  });
  kase = await api.step('jj.registrar', 'routeCase', { caseId: kase.id, version: kase.version, mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
  for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, { caseId: kase.id, version: kase.version });
  kase = await api.step('jj.handler', 'decideCase', {
    caseId: kase.id,
    version: kase.version,
    outcome: 'DOES_NOT_SUPPORT',
    text: '押金扣除符合约定，不予支持。',
  });
  kase = await api.step('jj.handler', 'deliverCase', { caseId: kase.id, version: kase.version });
  await setToday('2026-08-10');
  kase = await api.step('cd.registrar', 'requestReview', { caseId: kase.id, version: kase.version });
  kase = await api.step('cd.leader', 'decideReview', {
    caseId: kase.id,
    version: kase.version,
    outcome: 'PARTLY_SUPPORTS',
    text: '复查认为部分扣除缺乏依据，变更为部分支持。',
    result: 'CHANGED',
  });
  expect(kase).toMatchObject({ state: 'REVIEWED', outcome: 'PARTLY_SUPPORTS', reviewResult: 'CHANGED', ending: 'DECIDED', final: false });
  const opinions = (
    await api.query(
      'jj.registrar',
      graphql(`
        query CaseLifecyclesCase($id: ID!) {
          case(id: $id) {
            opinions {
              id
              kind
              outcome
              result
              reviewedOpinionId
              text
              inForce
            }
          }
        }
      `),
      {
        id: kase.id,
      },
    )
  ).data!.case.opinions;
  expect(opinions).toEqual([
    expect.objectContaining({ kind: 'HANDLING', outcome: 'DOES_NOT_SUPPORT', result: null, text: '押金扣除符合约定，不予支持。', inForce: false }),
    expect.objectContaining({ kind: 'REVIEW', outcome: 'PARTLY_SUPPORTS', result: 'CHANGED', reviewedOpinionId: opinions[0].id, inForce: true }),
  ]);
  return kase;
}

/** One case for each way a case ends that the endings scenario does not reach otherwise, by ending. */
export async function caseEndings(api: CaseApi, setToday: SetToday): Promise<Record<string, CaseView>> {
  const jinjiang = await api.idOf('jj.registrar', 'tenant', '510104');
  const housing = await api.idOf('jj.registrar', 'unit', '510104/住房和城乡建设局');
  const category = await categoryId(api, 'jj.registrar');
  await setToday('2026-08-05');
  const next = (kase: CaseView) => ({ caseId: kase.id, version: kase.version });
  const accepted = async (title: string) => {
    let kase = await api.step('jj.registrar', 'registerCase', {
      channel: 'PHONE',
      kind: 'CLAIM',
      categoryId: category,
      title,
      content: `${title}，要求处理。`,
      problemJurisdictionId: jinjiang,
      petitioners: [{ name: '郑某', representative: false }],
    });
    kase = await api.step('jj.registrar', 'routeCase', { ...next(kase), mode: 'TRANSFER', tenantId: jinjiang, unitId: housing });
    for (const step of ['receiveCase', 'acceptCase'] as const) kase = await api.step('jj.handler', step, next(kase));
    return kase;
  };
  return {
    MEDIATED: await api.step('jj.handler', 'closeCase', { ...next(await accepted('邻里漏水纠纷')), reason: 'MEDIATED' }),
    WITHDRAWN: await api.step('jj.handler', 'closeCase', { ...next(await accepted('停车位纠纷')), reason: 'WITHDRAWN' }),
    DECLINED: await api.step('jj.handler', 'declineCase', {
      ...next(await accepted('劳动合同解除争议')),
      reason: 'ARBITRATION',
      target: '锦江区劳动人事争议仲裁委员会',
    }),
  };
}
