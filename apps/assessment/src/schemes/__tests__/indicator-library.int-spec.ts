import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { Role } from '#common/auth';
import { isoDate } from '#common/calendar';
import type { EventEnvelope } from '#common/events';
import { TenantTransactions, systemContextFor } from '#common/tenancy';
import { JurisdictionTree } from '#test/helpers/jurisdiction-tree.js';
import { AssessmentHarness } from '../../facts/__tests__/assessment-harness.js';
import type { CaseFactEvent, NoticeFactEvent, TaskFactEvent } from '../../facts/domain/fact-rows.js';
import {
  BelowMinimumRule,
  FilterOperator,
  INDICATOR_LIBRARY,
  type IndicatorDefinition,
  IndicatorKind,
  ItemKind,
  type SchemeItem,
  ScoringRuleKind,
  validateScheme,
} from '../domain/index.js';
import type { FactPart } from '../dto/scheme.types.js';
import { type SchemeForScoring, ScoreComputation } from '../score-computation.js';

/*
 * Every indicator of the library computed by the real computation on the real database, over a
 * small fact set whose answers are counted by hand below. The city 长沙市 assesses its counties
 * 芙蓉区 (with three townships), 天心区 (one township), 岳麓区 (nothing at all) and 开福区 (claims
 * that ended every way, the resolution indicators' cases) over the first half of 2026, as of
 * 2026-07-10 (a second computation reads the same facts as of 2026-06-18).
 * 株洲市's facts, the city's own and those outside the period must count for no one.
 */
const tree = new JurisdictionTree({
  hunan: { code: '430000', name: '湖南省', level: 'PROVINCE', parent: null },
  changsha: { code: '430100', name: '长沙市', level: 'CITY', parent: 'hunan' },
  furong: { code: '430102', name: '芙蓉区', level: 'COUNTY', parent: 'changsha' },
  wenyi: { code: '430102001', name: '文艺路街道', level: 'TOWNSHIP', parent: 'furong' },
  dongtun: { code: '430102002', name: '东屯渡街道', level: 'TOWNSHIP', parent: 'furong' },
  chaoyang: { code: '430102003', name: '朝阳街街道', level: 'TOWNSHIP', parent: 'furong' },
  tianxin: { code: '430103', name: '天心区', level: 'COUNTY', parent: 'changsha' },
  pozijie: { code: '430103001', name: '坡子街街道', level: 'TOWNSHIP', parent: 'tianxin' },
  yuelu: { code: '430104', name: '岳麓区', level: 'COUNTY', parent: 'changsha' },
  kaifu: { code: '430105', name: '开福区', level: 'COUNTY', parent: 'changsha' },
  zhuzhou: { code: '430200', name: '株洲市', level: 'CITY', parent: 'hunan' },
  hetang: { code: '430202', name: '荷塘区', level: 'COUNTY', parent: 'zhuzhou' },
});
type Key = typeof tree extends JurisdictionTree<infer K> ? K : never;

const PERIOD = { start: isoDate('2026-01-01'), end: isoDate('2026-06-30') };
const AS_OF = '2026-07-10';
const MID_PERIOD = '2026-06-18';

describe('assessment: every library indicator against hand-counted facts', () => {
  const h = new AssessmentHarness(tree);
  const LEADER = randomUUID();
  const RECEPTION = randomUUID();

  /**
   * A case registered on the day given, with its latest notify / handle runs as [due, done]; one
   * finished and not told otherwise ended by a decision.
   */
  function kase(
    where: Key,
    registeredOn: string,
    {
      notify,
      handle,
      reviewed,
      ...rest
    }: Partial<CaseFactEvent> & { notify?: [string, string | null]; handle?: [string, string | null]; reviewed?: boolean } = {},
  ): CaseFactEvent {
    const stages: CaseFactEvent['stages'] = [];
    if (notify) stages.push({ stage: 'NOTIFY', startedOn: registeredOn, deadline: notify[0], stoppedOn: notify[1] });
    if (handle) stages.push({ stage: 'HANDLE', startedOn: registeredOn, deadline: handle[0], stoppedOn: handle[1] });
    if (reviewed) stages.push({ stage: 'REVIEW', startedOn: rest.finishedOn ?? registeredOn, deadline: null, stoppedOn: null });
    const ended = rest.finishedOn ? { toState: 'DELIVERED', ending: 'DECIDED' as const, outcome: 'SUPPORTS' } : { toState: 'ACCEPTED' };
    return h.caseFact(where, { registeredOn, stages, ...ended, ...rest });
  }
  const decided = (outcome: string, rating: string | null = null): Partial<CaseFactEvent> => ({ ending: 'DECIDED', outcome, rating });
  const visit = (personCount: number, extra: Partial<CaseFactEvent>): Partial<CaseFactEvent> => ({ channel: 'VISIT', personCount, ...extra });

  /*
   * Cases (CLAIM, VISIT, first petition, one person, no stages unless said). 芙蓉区 counts its own
   * and 文艺路街道's (W). Registered in the period: F1 F2 F3 F4 F5 F8 F9 F10 F12 F13 F14 F15 F19 = 13.
   *
   * Finished ones ended by a decision 予以支持 (resolved) unless said: F7 解释说明 rated 基本满意 (resolved
   * by the satisfaction), F8 and T1 不予支持 rated 不满意 (not resolved), F9 a suggestion answered,
   * F17 mediated.
   *
   *        registered  notify due/done    handle due/done    finished    rating  other
   *   F1   03-02       03-17/03-05 ok     05-04/04-20 ok     04-25       满意     leader reception
   *   F2   03-02       03-17/03-20 late   05-04/open: overdue  —          —       leader reception
   *   F3 W 05-20       06-01/05-30 ok     07-30/open: not due  —          —       repeat
   *   F4   06-15       06-25/open: overdue at 07-10, not due at 06-18     —       repeat, leader-owned
   *   F5   06-28       07-12/open: not due                   —          —
   *   F7   2025-11-10  —                  2026-01-09/01-20 late  02-10    基本满意  leader reception (registered 2025: not counted as such)
   *   F8 W 03-10       —                  05-09/05-12 late   05-15       不满意   review requested, leader reception
   *   F9   04-01       —                  06-30/06-08 ok     06-10       (none)  SUGGESTION, leader-owned
   *   F10  05-01       —                  06-20/06-18 ok     07-05 (after the period)  满意
   *   F11  2025-10-01  —                  2025-11-30/11-20   2025-12-20  满意     all before the period
   *   F12  02-01       collective visit of 8
   *   F13 W 04-15      collective and level-skipping visit of 12, repeat
   *   F14  02-15       collective LETTER of 6: no visit
   *   F15  05-05       level-skipping visit of 2
   *   F16  2025-09-01  open: backlog
   *   F17  2025-12-01  finished 07-05 (after the period): backlog, not resolved in it
   *   F18  07-02       collective visit of 9, repeat: after the period
   *   F19  01-20       —                  03-31/03-18 ok     03-20       满意     repeat
   *   P1   2025-03-01  collective visit of 5, finished 2025-05-01         (a year earlier)
   *   P2 W 2025-04-01  level-skipping visit of 3, finished 2025-05-01     (a year earlier)
   *   P3   2025-08-01  collective visit of 7, finished 2025-09-01         (outside the earlier period)
   *   P4   2025-06-30  level-skipping visit of 1, finished 2025-07-01     (last day of the earlier period)
   * 天心区: T1 03-05, collective visit of 6, notify 03-20/03-10 ok, handle 05-04/05-10 late,
   *   finished 05-12, 不满意. 岳麓区: no case.
   * Counted by no one: X1/X2 of 荷塘区 (株洲市) and C1 of 长沙市 itself.
   */
  /*
   * 开福区: first-petition claims (visits of one, no clocks), registered 03-02 and ended in the
   * period, the way 锦江区's drill-down showed them — ten finished, nine without a review:
   *   KA decided 予以支持, not rated, leader reception      → resolved
   *   KB decided 解释说明, rated 满意                        → resolved (the petitioner satisfied)
   *   KC decided 不予支持, rated 不满意                      → not resolved
   *   KD mediated                                          → resolved
   *   KE declined: arbitration (诉访分离), leader reception → no matter to resolve here
   *   KF declined: the same matter being handled (a duplicate) → likewise
   *   KG withdrawn, leader reception                        → not resolved, and counted
   *   KH decided 予以支持, review requested (维持)           → not at one time
   *   KO withdrawn, an event of the older shape (no ending; its close reason says it)
   *   KP declined: litigation, an event of the older shape
   *   KQ registered 2025-11-01, declined (not a petition) 01-15: backlog finished, not resolved
   */
  const claim = (finishedOn: string, extra: Parameters<typeof kase>[2]) =>
    kase('kaifu', '2026-03-02', { finishedOn, toState: 'CLOSED', outcome: null, ...extra });
  const declined = (declineReason: string): Partial<CaseFactEvent> => ({ declineReason, ending: 'DECLINED' });
  const closedAs = (closeReason: string): Partial<CaseFactEvent> => ({ closeReason, ending: closeReason as CaseFactEvent['ending'] });
  const KAIFU = {
    KA: claim('2026-04-01', { ...decided('SUPPORTS'), toState: 'DELIVERED', receptionId: RECEPTION }),
    KB: claim('2026-04-02', { ...decided('EXPLAINS', 'SATISFIED'), toState: 'DELIVERED' }),
    KC: claim('2026-04-03', { ...decided('DOES_NOT_SUPPORT', 'DISSATISFIED'), toState: 'DELIVERED' }),
    KD: claim('2026-04-04', closedAs('MEDIATED')),
    KE: claim('2026-03-10', { ...declined('ARBITRATION'), receptionId: RECEPTION }),
    KF: claim('2026-03-11', declined('BEING_HANDLED')),
    KG: claim('2026-04-05', { ...closedAs('WITHDRAWN'), receptionId: RECEPTION }),
    KH: claim('2026-04-06', { ...decided('SUPPORTS'), toState: 'REVIEWED', reviewed: true, reviewResult: 'UPHELD' }),
    KO: h.oldShape(claim('2026-04-07', { closeReason: 'WITHDRAWN' })),
    KP: h.oldShape(claim('2026-03-12', { declineReason: 'LITIGATION' })),
    KQ: kase('kaifu', '2025-11-01', { finishedOn: '2026-01-15', toState: 'CLOSED', outcome: null, ...declined('NOT_A_PETITION') }),
  };

  const cases = {
    F1: kase('furong', '2026-03-02', {
      notify: ['2026-03-17', '2026-03-05'],
      handle: ['2026-05-04', '2026-04-20'],
      finishedOn: '2026-04-25',
      rating: 'SATISFIED',
      receptionId: RECEPTION,
    }),
    F2: kase('furong', '2026-03-02', { notify: ['2026-03-17', '2026-03-20'], handle: ['2026-05-04', null], receptionId: RECEPTION }),
    F3: kase('wenyi', '2026-05-20', { notify: ['2026-06-01', '2026-05-30'], handle: ['2026-07-30', null], firstPetition: false }),
    F4: kase('furong', '2026-06-15', { notify: ['2026-06-25', null], firstPetition: false, leaderOwnerId: LEADER }),
    F5: kase('furong', '2026-06-28', { notify: ['2026-07-12', null] }),
    F7: kase('furong', '2025-11-10', {
      handle: ['2026-01-09', '2026-01-20'],
      finishedOn: '2026-02-10',
      ...decided('EXPLAINS', 'BASICALLY_SATISFIED'),
      receptionId: RECEPTION,
    }),
    F8: kase('wenyi', '2026-03-10', {
      handle: ['2026-05-09', '2026-05-12'],
      finishedOn: '2026-05-15',
      ...decided('DOES_NOT_SUPPORT', 'DISSATISFIED'),
      toState: 'IN_REVIEW',
      reviewed: true,
      receptionId: RECEPTION,
    }),
    F9: kase('furong', '2026-04-01', {
      kind: 'SUGGESTION',
      handle: ['2026-06-30', '2026-06-08'],
      finishedOn: '2026-06-10',
      leaderOwnerId: LEADER,
      toState: 'CLOSED',
      closeReason: 'COMPLETED',
      ending: 'ANSWERED',
      outcome: 'EXPLAINS',
    }),
    F10: kase('furong', '2026-05-01', { handle: ['2026-06-20', '2026-06-18'], finishedOn: '2026-07-05', rating: 'SATISFIED' }),
    F11: kase('furong', '2025-10-01', { handle: ['2025-11-30', '2025-11-20'], finishedOn: '2025-12-20', rating: 'SATISFIED' }),
    F12: kase('furong', '2026-02-01', visit(8, { collective: true })),
    F13: kase('wenyi', '2026-04-15', visit(12, { collective: true, levelSkipping: true, firstPetition: false })),
    F14: kase('furong', '2026-02-15', { channel: 'LETTER', collective: true, personCount: 6 }),
    F15: kase('furong', '2026-05-05', visit(2, { levelSkipping: true })),
    F16: kase('furong', '2025-09-01'),
    F17: kase('furong', '2025-12-01', { finishedOn: '2026-07-05', toState: 'CLOSED', closeReason: 'MEDIATED', ending: 'MEDIATED', outcome: null }),
    F18: kase('furong', '2026-07-02', visit(9, { collective: true, firstPetition: false })),
    F19: kase('furong', '2026-01-20', { firstPetition: false, handle: ['2026-03-31', '2026-03-18'], finishedOn: '2026-03-20', rating: 'SATISFIED' }),
    P1: kase('furong', '2025-03-01', visit(5, { collective: true, finishedOn: '2025-05-01' })),
    P2: kase('wenyi', '2025-04-01', visit(3, { levelSkipping: true, finishedOn: '2025-05-01' })),
    P3: kase('furong', '2025-08-01', visit(7, { collective: true, finishedOn: '2025-09-01' })),
    P4: kase('furong', '2025-06-30', visit(1, { levelSkipping: true, finishedOn: '2025-07-01' })),
    T1: kase('tianxin', '2026-03-05', {
      ...visit(6, { collective: true }),
      notify: ['2026-03-20', '2026-03-10'],
      handle: ['2026-05-04', '2026-05-10'],
      finishedOn: '2026-05-12',
      ...decided('DOES_NOT_SUPPORT', 'DISSATISFIED'),
    }),
    X1: kase('hetang', '2026-03-02', {
      ...visit(20, { collective: true, levelSkipping: true, firstPetition: false, receptionId: RECEPTION, leaderOwnerId: LEADER }),
      notify: ['2026-03-17', '2026-03-05'],
      handle: ['2026-05-04', '2026-04-20'],
      finishedOn: '2026-04-25',
      rating: 'SATISFIED',
    }),
    X2: kase('hetang', '2025-03-01', visit(9, { collective: true, finishedOn: '2025-05-01' })),
    C1: kase('changsha', '2026-03-02', visit(7, { collective: true, firstPetition: false, finishedOn: '2026-03-30', rating: 'SATISFIED' })),
    ...KAIFU,
  };

  /*
   * Tasks (the fact lies with the assignee, who emits it), as [due, state, reported done]:
   *   K1 芙蓉区 03-31 REPORTED_DONE 03-30: on time     K2 芙蓉区 04-30 REPORTED_DONE 05-03: late
   *   K3 芙蓉区 05-31 IN_PROGRESS: open, overdue       K4 芙蓉区 06-15 CANCELLED: excluded
   *   K5 文艺路 06-20 SIGNED_OFF 06-19: on time (as of 06-18 not yet done and not yet due: not counted)
   *   K6 芙蓉区 07-20 open: due after the period       K7 芙蓉区 2025-12-31 done 2026-01-05: due before it
   *   K8 天心区 04-10 REPORTED_DONE 04-10: on time (on the day)
   *   K9 岳麓区 05-10 CANCELLED: its only task         K10 荷塘区 04-10 late: another city's
   */
  const task = (deadline: string, to: string, reportedDoneOn: string | null = null, extra: Partial<TaskFactEvent> = {}) =>
    h.taskFact('changsha', { deadline, to, reportedDoneOn, createdOn: '2025-12-01', ...extra });
  const tasks: Record<string, [Key, TaskFactEvent]> = {
    K1: ['furong', task('2026-03-31', 'REPORTED_DONE', '2026-03-30')],
    K2: ['furong', task('2026-04-30', 'REPORTED_DONE', '2026-05-03')],
    K3: ['furong', task('2026-05-31', 'IN_PROGRESS')],
    K4: ['furong', task('2026-06-15', 'CANCELLED', null, { closedOn: '2026-06-01' })],
    K5: ['wenyi', task('2026-06-20', 'SIGNED_OFF', '2026-06-19', { closedOn: '2026-06-25' })],
    K6: ['furong', task('2026-07-20', 'IN_PROGRESS')],
    K7: ['furong', task('2025-12-31', 'REPORTED_DONE', '2026-01-05')],
    K8: ['tianxin', task('2026-04-10', 'REPORTED_DONE', '2026-04-10')],
    K9: ['yuelu', task('2026-05-10', 'CANCELLED', null, { closedOn: '2026-04-01' })],
    K10: ['hetang', h.taskFact('zhuzhou', { deadline: '2026-04-10', to: 'REPORTED_DONE', reportedDoneOn: '2026-04-20' })],
  };

  /*
   * Notices (issued at an instant, dated in China time), as issued / feedback due / first feedback:
   *   N1 芙蓉区 03-02 / 04-01 / 03-30: in time       N2 芙蓉区 03-02 / 04-01 / 04-03: late
   *   N3 芙蓉区 05-02 / 06-20 / none: overdue at 07-10, not yet at 06-18
   *   N4 文艺路 06-02 / 07-20 / none: not yet due    N5 芙蓉区 2025-12-20 / 2026-01-05 / none: issued before the period
   *   N6 芙蓉区 2025-12-31T17:00Z = 2026-01-01 China / 01-10 / 01-15: late, and in the period
   *   N7 芙蓉区 03-02 CIRCULAR without a feedback due: never overdue
   *   N8 芙蓉区 2026-06-30T16:30Z = 07-01 China / 07-05 / none: overdue, but issued after the period
   *   N9 天心区 03-02 / 05-01 / 05-01: on the day    N10 荷塘区 03-02 / 04-01 / none: another city's
   */
  const notice = (where: Key, issuedAt: string, feedbackDue: string | null, firstFeedbackAt: string | null, extra: Partial<NoticeFactEvent> = {}) =>
    h.noticeFact(where, { issuedAt, feedbackDue, firstFeedbackAt, ...extra });
  const notices = {
    N1: notice('furong', '2026-03-02T02:00:00Z', '2026-04-01', '2026-03-30T02:00:00Z'),
    N2: notice('furong', '2026-03-02T02:00:00Z', '2026-04-01', '2026-04-03T02:00:00Z'),
    N3: notice('furong', '2026-05-02T02:00:00Z', '2026-06-20', null),
    N4: notice('wenyi', '2026-06-02T02:00:00Z', '2026-07-20', null),
    N5: notice('furong', '2025-12-20T02:00:00Z', '2026-01-05', null),
    N6: notice('furong', '2025-12-31T17:00:00Z', '2026-01-10', '2026-01-15T02:00:00Z'),
    N7: notice('furong', '2026-03-02T02:00:00Z', null, null, { kind: 'CIRCULAR', reason: null }),
    N8: notice('furong', '2026-06-30T16:30:00Z', '2026-07-05', null),
    N9: notice('tianxin', '2026-03-02T02:00:00Z', '2026-05-01', '2026-05-01T02:00:00Z'),
    N10: notice('hetang', '2026-03-02T02:00:00Z', '2026-04-01', null),
  };

  /*
   * Meetings held (by the conference of the emitting tenant): 芙蓉区 03-06 and 文艺路 04-10 count
   * (2); 芙蓉区 2025-12-28 and 07-02 are outside the period; 天心区 06-30 (the last day) counts (1);
   * 长沙市's own and 荷塘区's count for no county.
   * Conferences established: 文艺路 2026-01-05; 朝阳街 2026-07-03, after the period end; 东屯渡
   * none — 芙蓉区 1 of 3. 坡子街 2025-06-01 — 天心区 1 of 1 (天心区's own conference is no child's).
   * 岳麓区 has no child: 0 of 0.
   */
  const meetings: [Key, string][] = [
    ['furong', '2026-03-06'],
    ['wenyi', '2026-04-10'],
    ['furong', '2025-12-28'],
    ['furong', '2026-07-02'],
    ['tianxin', '2026-06-30'],
    ['changsha', '2026-03-01'],
    ['hetang', '2026-03-01'],
  ];
  const conferences: [Key, string][] = [
    ['wenyi', '2026-01-05'],
    ['chaoyang', '2026-07-03'],
    ['pozijie', '2025-06-01'],
    ['tianxin', '2026-02-01'],
    ['hetang', '2026-02-01'],
  ];

  const computation = () => h.app.get(ScoreComputation);
  const assessing = () => ({
    ...systemContextFor(tree.ids.changsha, tree.pathOf('changsha'), 'test-indicator-library'),
    userId: '7f000000-0000-4000-8000-0000000000a1',
    roles: [Role.ASSESSOR],
  });
  const run = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => h.app.get(TenantTransactions).run(assessing(), work);

  /** A scheme-less computation: one item per indicator, any rule that fits its kind. */
  function itemFor(indicator: IndicatorDefinition): SchemeItem {
    const base = { code: indicator.code, name: indicator.name, kind: ItemKind.REGULAR, points: 1, indicator };
    switch (indicator.kind) {
      case IndicatorKind.RATE:
        return { ...base, rule: { kind: ScoringRuleKind.RATE_TIMES_POINTS }, minDenominator: 1, belowMinimum: BelowMinimumRule.FULL_POINTS };
      case IndicatorKind.COUNT:
        return { ...base, rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -0.1, fromFull: true } };
      case IndicatorKind.YOY_CHANGE:
        return { ...base, rule: { kind: ScoringRuleKind.CHANGE_BANDS, bands: [{ atMost: 0, points: 1 }], otherwise: 0 } };
    }
  }
  function schemeOf(indicators: readonly IndicatorDefinition[]): SchemeForScoring {
    const items = indicators.map(itemFor);
    return {
      id: randomUUID(),
      tenantPath: tree.pathOf('changsha'),
      targetLevel: 'COUNTY',
      period: PERIOD,
      scheme: validateScheme({ name: '指标库公式核验', totalPoints: items.length, items }),
    };
  }

  type Counted = { numerator: number | null; denominator: number | null; previous: number | null; value: number | null };
  const keyOf = (tenantId: string) => tree.keys.find((key) => tree.ids[key] === tenantId)!;

  /** Per target key and item code: what the computation counted. */
  async function compute(indicators: readonly IndicatorDefinition[], asOf: string): Promise<Record<string, Record<string, Counted>>> {
    const scheme = schemeOf(indicators);
    const results = await run((em) => computation().compute(em, scheme, isoDate(asOf)));
    return Object.fromEntries(
      results.map((target) => [
        keyOf(target.tenantId),
        Object.fromEntries(target.items.map((i) => [i.code, { numerator: i.numerator, denominator: i.denominator, previous: i.previous, value: i.value }])),
      ]),
    );
  }

  /** The ids of the facts counted in one part of one indicator for one target, sorted. */
  async function drill(indicator: IndicatorDefinition, target: Key, part: FactPart): Promise<string[]> {
    const scheme = schemeOf([indicator]);
    const rows = await run(async (em) => {
      const found = (await computation().targets(em, scheme)).find((t) => t.tenantId === tree.ids[target])!;
      return computation().facts(em, scheme, scheme.scheme.items[0]!, found, part, isoDate(AS_OF), { first: 100, after: null });
    });
    expect(rows.every((row) => row.source === indicator.source)).toBe(true);
    return rows.map((row) => row.id).sort();
  }
  const ids = (...keys: (keyof typeof cases)[]) => keys.map((key) => cases[key].caseId).sort();

  const rate = (numerator: number, denominator: number, value: number | null): Counted => ({ numerator, denominator, previous: null, value });
  const count = (n: number): Counted => ({ numerator: n, denominator: null, previous: null, value: n });
  const yoy = (numerator: number, previous: number, value: number | null): Counted => ({ numerator, denominator: null, previous, value });
  const byCode = (indicator: IndicatorDefinition) => indicator.code;
  const library = (code: string) => INDICATOR_LIBRARY.find((indicator) => indicator.code === code)!;

  beforeAll(async () => {
    await h.start();
    // Case facts reach the assessment service from whichever tenant acted: the province here.
    await h.deliver(Object.values(cases).map((fact) => h.envelope('case.transitioned', 'hunan', fact)));
    await h.deliver(Object.values(notices).map((fact) => h.envelope('supervision.notice', 'changsha', fact)));
    await h.deliver(Object.values(tasks).map(([assignee, fact]) => h.envelope('task.transitioned', assignee, fact)));
    const held: EventEnvelope<object>[] = meetings.map(([where, date]) =>
      h.envelope('meeting.held', where, { meetingId: randomUUID(), kind: 'WORKING', date, decisions: 1, present: 5, attendees: 6 }),
    );
    const established: EventEnvelope<object>[] = conferences.map(([where, establishedOn]) =>
      h.envelope('conference.established', where, { conferenceId: randomUUID(), tenantId: tree.ids[where], establishedOn }),
    );
    await h.deliver([...held, ...established], false);
  });
  afterAll(() => h.stop());

  it('computes every library indicator per county as counted by hand', async () => {
    const results = await compute(INDICATOR_LIBRARY, AS_OF);
    expect(Object.keys(results).sort()).toEqual(['furong', 'kaifu', 'tianxin', 'yuelu']);

    const furong: Record<string, Counted> = {
      // Notify known: F1 ok, F2 late, F3 ok, F4 open past its due date (not on time); F5 not yet due: out.
      TIMELY_ACCEPTANCE_RATE: rate(2, 4, 0.5),
      // Registered in the period, handle known: F1 ok, F2 open overdue, F8 late, F9 ok, F10 ok, F19 ok; F3 not yet due: out.
      ON_TIME_REPLY_RATE: rate(4, 6, 4 / 6),
      // Finished in the period, handle known: F1 ok, F7 late, F8 late, F9 ok, F19 ok (F10, F17 finished 07-05: out).
      ON_TIME_COMPLETION_RATE: rate(3, 5, 0.6),
      // Finished in the period: F1 F7 F8 F9 F19; rated: all but F9.
      PARTICIPATION_RATE: rate(4, 5, 0.8),
      // Rated and finished in the period: F1 满意, F7 基本满意, F8 不满意, F19 满意.
      SATISFACTION_RATE: rate(3, 4, 0.75),
      // Only 满意: F1, F19.
      SATISFACTION_RATE_STRICT: rate(2, 4, 0.5),
      // First-petition claims finished in the period: F1, F7, F8 (F9 a suggestion, F19 a repeat), each decided;
      // resolved: F1 (予以支持), F7 (rated 基本满意); F8 neither, and reviewed.
      FIRST_PETITION_RESOLUTION_RATE: rate(2, 3, 2 / 3),
      // Repeats among the 13 registered in the period: F3, F4, F13, F19 (F18 after the period).
      REPEAT_PETITION_SHARE: rate(4, 13, 4 / 13),
      REPEAT_PETITIONS: count(4),
      // Registered before 01-01 and open at it: F7, F16, F17 (F11 finished 2025-12-20, P1–P4 finished in 2025); F7 resolved in the period.
      BACKLOG_RESOLUTION_RATE: rate(1, 3, 1 / 3),
      // Collective visits: F12 (8), F13 (12); F14 a letter, F18 after the period. A year earlier: P1 (5); P3 after that period.
      COLLECTIVE_VISIT_BATCHES: count(2),
      COLLECTIVE_VISIT_PERSON_TIMES: count(20),
      COLLECTIVE_VISIT_BATCHES_YOY: yoy(2, 1, 1),
      COLLECTIVE_VISIT_PERSON_TIMES_YOY: yoy(20, 5, 3),
      // Level-skipping visits: F13 (12), F15 (2). A year earlier: P2 (3), P4 (1, the period's last day).
      LEVEL_SKIPPING_VISIT_BATCHES: count(2),
      LEVEL_SKIPPING_VISIT_PERSON_TIMES: count(14),
      LEVEL_SKIPPING_VISIT_BATCHES_YOY: yoy(2, 2, 0),
      LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY: yoy(14, 4, 2.5),
      // Received by a leader, registered in the period: F1, F2, F8 (F7 registered in 2025); resolved: F1 (F2 open, F8 reviewed).
      LEADER_RECEPTION_CASES: count(3),
      LEADER_RECEPTION_RESOLUTION_RATE: rate(1, 3, 1 / 3),
      // Leader-owned claims: F4 (open); F9 is a suggestion, no claim to resolve.
      LEADER_OWNED_RESOLUTION_RATE: rate(0, 1, 0),
      // Townships: 文艺路 (01-05), 东屯渡 (none), 朝阳街 (07-03, after the period end).
      CONFERENCE_COVERAGE: rate(1, 3, 1 / 3),
      // 芙蓉区 03-06, 文艺路 04-10.
      CONFERENCE_MEETINGS: count(2),
      // Due in the period, not cancelled: K1 ok, K2 late, K3 open overdue, K5 ok; K4 cancelled.
      TASK_ON_TIME_RATE: rate(2, 4, 0.5),
      // N2 late, N3 overdue open, N6 late (issued 01-01 China time); N8 issued 07-01 China time.
      OVERDUE_FEEDBACK_NOTICES: count(3),
    };
    const tianxin: Record<string, Counted> = {
      // T1 alone: notified in time, answered late, finished in the period, 不满意, a first-petition claim not reviewed
      // but not resolved either (不予支持, rated 不满意).
      TIMELY_ACCEPTANCE_RATE: rate(1, 1, 1),
      ON_TIME_REPLY_RATE: rate(0, 1, 0),
      ON_TIME_COMPLETION_RATE: rate(0, 1, 0),
      PARTICIPATION_RATE: rate(1, 1, 1),
      SATISFACTION_RATE: rate(0, 1, 0),
      SATISFACTION_RATE_STRICT: rate(0, 1, 0),
      FIRST_PETITION_RESOLUTION_RATE: rate(0, 1, 0),
      REPEAT_PETITION_SHARE: rate(0, 1, 0),
      REPEAT_PETITIONS: count(0),
      // No backlog: a rate over nothing.
      BACKLOG_RESOLUTION_RATE: rate(0, 0, null),
      // T1, a collective visit of 6; none a year earlier: a change from nothing has no value.
      COLLECTIVE_VISIT_BATCHES: count(1),
      COLLECTIVE_VISIT_PERSON_TIMES: count(6),
      COLLECTIVE_VISIT_BATCHES_YOY: yoy(1, 0, null),
      COLLECTIVE_VISIT_PERSON_TIMES_YOY: yoy(6, 0, null),
      // Nothing to nothing: no change.
      LEVEL_SKIPPING_VISIT_BATCHES: count(0),
      LEVEL_SKIPPING_VISIT_PERSON_TIMES: count(0),
      LEVEL_SKIPPING_VISIT_BATCHES_YOY: yoy(0, 0, 0),
      LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY: yoy(0, 0, 0),
      LEADER_RECEPTION_CASES: count(0),
      LEADER_RECEPTION_RESOLUTION_RATE: rate(0, 0, null),
      LEADER_OWNED_RESOLUTION_RATE: rate(0, 0, null),
      // 坡子街 since 2025-06-01; 天心区's own conference is not one of its children's.
      CONFERENCE_COVERAGE: rate(1, 1, 1),
      // 06-30, the period's last day.
      CONFERENCE_MEETINGS: count(1),
      // K8 done on its due day.
      TASK_ON_TIME_RATE: rate(1, 1, 1),
      // N9 answered on its due day.
      OVERDUE_FEEDBACK_NOTICES: count(0),
    };
    // 岳麓区: no fact at all (its one task cancelled): every rate over nothing, every count 0.
    const nothing = (indicator: IndicatorDefinition): Counted =>
      indicator.kind === IndicatorKind.RATE ? rate(0, 0, null) : indicator.kind === IndicatorKind.COUNT ? count(0) : yoy(0, 0, 0);
    const yuelu = Object.fromEntries(INDICATOR_LIBRARY.map((indicator) => [byCode(indicator), nothing(indicator)]));
    const kaifu: Record<string, Counted> = {
      ...yuelu,
      // Ended by a reply: KA, KB, KC, KH; rated KB, KC (the declined, mediated and withdrawn get no reply to rate).
      PARTICIPATION_RATE: rate(2, 4, 0.5),
      SATISFACTION_RATE: rate(1, 2, 0.5),
      SATISFACTION_RATE_STRICT: rate(1, 2, 0.5),
      // Of KA KB KC KD KG KH KO (decided, mediated or withdrawn; KE KF KP KQ declined), resolved at one time: KA KB KD.
      FIRST_PETITION_RESOLUTION_RATE: rate(3, 7, 3 / 7),
      // All 10 registered in the period are first petitions.
      REPEAT_PETITION_SHARE: rate(0, 10, 0),
      // KQ, open at the start and declined in the period: finished, not resolved.
      BACKLOG_RESOLUTION_RATE: rate(0, 1, 0),
      LEADER_RECEPTION_CASES: count(3),
      // KA and KG (KE declined); KA resolved.
      LEADER_RECEPTION_RESOLUTION_RATE: rate(1, 2, 0.5),
    };

    // Every library indicator has its hand count here.
    expect(Object.keys(furong).sort()).toEqual(INDICATOR_LIBRARY.map(byCode).sort());
    expect(Object.keys(tianxin).sort()).toEqual(INDICATOR_LIBRARY.map(byCode).sort());
    expect(results.furong).toEqual(furong);
    expect(results.tianxin).toEqual(tianxin);
    expect(results.yuelu).toEqual(yuelu);
    expect(results.kaifu).toEqual(kaifu);
  });

  it('keeps each case’s ending, deriving it for events of the older shape', async () => {
    const rows = await h.rows(`SELECT case_id, ending, decline_reason, final, review_result FROM assessment.case_facts WHERE tenant_id = $1 ORDER BY number`, [
      tree.ids.kaifu,
    ]);
    const byId = new Map(rows.map((row) => [row.case_id, row]));
    const of = (key: keyof typeof KAIFU) => {
      const { case_id: _id, ...row } = byId.get(KAIFU[key].caseId)!;
      return row;
    };
    expect(of('KE')).toEqual({ ending: 'DECLINED', decline_reason: 'ARBITRATION', final: false, review_result: null });
    expect(of('KH')).toEqual({ ending: 'DECIDED', decline_reason: null, final: false, review_result: 'UPHELD' });
    // The older events: the ending from the close reason and the decline reason they carry.
    expect(of('KO')).toEqual({ ending: 'WITHDRAWN', decline_reason: null, final: false, review_result: null });
    expect(of('KP')).toEqual({ ending: 'DECLINED', decline_reason: 'LITIGATION', final: false, review_result: null });
  });

  it('counts no decline, duplicate or withdrawal as resolved: the first-petition drill-down of 开福区', async () => {
    const rate = library('FIRST_PETITION_RESOLUTION_RATE');
    const kaifu = (...keys: (keyof typeof KAIFU)[]) => keys.map((key) => KAIFU[key].caseId).sort();
    expect(await drill(rate, 'kaifu', 'NUMERATOR')).toEqual(kaifu('KA', 'KB', 'KD'));
    expect(await drill(rate, 'kaifu', 'DENOMINATOR')).toEqual(kaifu('KA', 'KB', 'KC', 'KD', 'KG', 'KH', 'KO'));
    // The definition as it was (finished first-petition claims without a review) counted 9 of 10, the arbitration, the duplicate and the withdrawals among them.
    const before: IndicatorDefinition = {
      ...rate,
      code: 'BEFORE',
      denominator: [
        { field: 'kind', operator: FilterOperator.EQ, value: 'CLAIM' },
        { field: 'firstPetition', operator: FilterOperator.IS_TRUE },
        { field: 'finished', operator: FilterOperator.IS_TRUE },
      ],
      numerator: [{ field: 'reviewed', operator: FilterOperator.IS_FALSE }],
    };
    expect(await drill(before, 'kaifu', 'NUMERATOR')).toEqual(expect.arrayContaining(kaifu('KE', 'KF', 'KG', 'KO', 'KP')));
    const resolved: IndicatorDefinition = { ...before, code: 'RESOLVED', numerator: [{ field: 'resolved', operator: FilterOperator.IS_TRUE }] };
    // Whatever the rest of a definition, 化解 never holds for them.
    expect(await drill(resolved, 'kaifu', 'NUMERATOR')).toEqual(kaifu('KA', 'KB', 'KD', 'KH'));
    // Whether 基本满意 is satisfaction is the scheme's choice: F7, 解释说明 and rated 基本满意, is resolved in one reading only.
    const strict: IndicatorDefinition = { ...before, code: 'STRICT', numerator: [{ field: 'resolvedStrict', operator: FilterOperator.IS_TRUE }] };
    expect(await drill(strict, 'furong', 'NUMERATOR')).toEqual(ids('F1'));
    expect(await drill(resolved, 'furong', 'NUMERATOR')).toEqual(ids('F1', 'F7'));
  });

  it('decides open stages against the as-of date: open and not yet due counts on neither side', async () => {
    const results = await compute([library('TIMELY_ACCEPTANCE_RATE'), library('TASK_ON_TIME_RATE'), library('OVERDUE_FEEDBACK_NOTICES')], MID_PERIOD);
    expect(results.furong).toEqual({
      // As of 06-18: F1 ok, F2 late, F3 ok; F4 (due 06-25) and F5 (due 07-12) not yet due.
      TIMELY_ACCEPTANCE_RATE: rate(2, 3, 2 / 3),
      // K1 ok, K2 late, K3 open overdue; K5 done 06-19, after the as-of date, and due 06-20: not yet decided.
      TASK_ON_TIME_RATE: rate(1, 3, 1 / 3),
      // N2 and N6 answered late; N3 due 06-20 not yet past.
      OVERDUE_FEEDBACK_NOTICES: count(2),
    });
    expect(results.tianxin).toEqual({ TIMELY_ACCEPTANCE_RATE: rate(1, 1, 1), TASK_ON_TIME_RATE: rate(1, 1, 1), OVERDUE_FEEDBACK_NOTICES: count(0) });
  });

  it('drills down to exactly the facts counted by hand', async () => {
    const reply = library('ON_TIME_REPLY_RATE');
    // 文艺路's F8 is among 芙蓉区's facts.
    expect(await drill(reply, 'furong', 'NUMERATOR')).toEqual(ids('F1', 'F9', 'F10', 'F19'));
    expect(await drill(reply, 'furong', 'DENOMINATOR')).toEqual(ids('F1', 'F2', 'F8', 'F9', 'F10', 'F19'));
    expect(await drill(reply, 'tianxin', 'NUMERATOR')).toEqual([]);

    const backlog = library('BACKLOG_RESOLUTION_RATE');
    expect(await drill(backlog, 'furong', 'DENOMINATOR')).toEqual(ids('F7', 'F16', 'F17'));
    expect(await drill(backlog, 'furong', 'NUMERATOR')).toEqual(ids('F7'));

    // The numerator's rating list is no part of the denominator.
    const satisfaction = library('SATISFACTION_RATE');
    expect(await drill(satisfaction, 'furong', 'DENOMINATOR')).toEqual(ids('F1', 'F7', 'F8', 'F19'));
    expect(await drill(satisfaction, 'furong', 'NUMERATOR')).toEqual(ids('F1', 'F7', 'F19'));

    const collective = library('COLLECTIVE_VISIT_PERSON_TIMES_YOY');
    expect(await drill(collective, 'furong', 'NUMERATOR')).toEqual(ids('F12', 'F13'));
    expect(await drill(collective, 'furong', 'PREVIOUS')).toEqual(ids('P1'));
    // A year earlier: 文艺路's P2 and P4 on the earlier period's last day.
    expect(await drill(library('LEVEL_SKIPPING_VISIT_BATCHES_YOY'), 'furong', 'PREVIOUS')).toEqual(ids('P2', 'P4'));

    const coverage = library('CONFERENCE_COVERAGE');
    expect(await drill(coverage, 'furong', 'DENOMINATOR')).toEqual([tree.ids.wenyi, tree.ids.dongtun, tree.ids.chaoyang].sort());
    expect(await drill(coverage, 'furong', 'NUMERATOR')).toEqual([tree.ids.wenyi]);

    const taskRate = library('TASK_ON_TIME_RATE');
    expect(await drill(taskRate, 'furong', 'DENOMINATOR')).toEqual(['K1', 'K2', 'K3', 'K5'].map((key) => tasks[key]![1].taskId).sort());
    expect(await drill(taskRate, 'furong', 'NUMERATOR')).toEqual(['K1', 'K5'].map((key) => tasks[key]![1].taskId).sort());
  });
});
