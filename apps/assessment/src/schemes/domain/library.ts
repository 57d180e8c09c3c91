import type { Condition, IndicatorDefinition } from './indicator.js';
import type { Scheme } from './scheme.js';
import type { SchemeItem } from './scoring.js';
import { BelowMinimumRule, FactSource, FilterOperator, IndicatorKind, ItemKind, Measure, PeriodBasis, ScoringRuleKind } from './vocabulary.js';

/*
 * The indicators shipped with the system (domain: Assessment). No national formula exists for
 * several of them, so each is an ordinary definition a scheme copies and may change, not a rule
 * in code.
 */

const { EQ, IN, NE, NOT_IN, IS_TRUE, IS_FALSE, NOT_NULL } = FilterOperator;
const is = (field: string): Condition => ({ field, operator: IS_TRUE });
const isNot = (field: string): Condition => ({ field, operator: IS_FALSE });
const known = (field: string): Condition => ({ field, operator: NOT_NULL });
const endedBy = (...endings: string[]): Condition => ({ field: 'ending', operator: IN, value: endings });
const claims: Condition = { field: 'kind', operator: EQ, value: 'CLAIM' };
/** A reply reached the petitioner, the only cases that can be rated: a decline, withdrawal or mediation gets none. */
const replied = endedBy('DECIDED', 'ANSWERED');
/** A decline (a claim routed to litigation, arbitration …, a duplicate, not a petition) was no matter to resolve here. */
const notDeclined: Condition = { field: 'ending', operator: NOT_IN, value: ['DECLINED'] };
const finishedInPeriod = { basis: PeriodBasis.FIELD, field: 'finishedOn' } as const;

function caseRate(code: string, name: string, denominator: Condition[], numerator: Condition[], period?: IndicatorDefinition['period']): IndicatorDefinition {
  return { code, name, source: FactSource.CASE, kind: IndicatorKind.RATE, measure: Measure.COUNT, ...(period ? { period } : {}), denominator, numerator };
}

/** Batches, person-times and the year-on-year change of both, for one kind of visit. */
function visitCounts(prefix: string, name: string, which: Condition): IndicatorDefinition[] {
  const numerator = [{ field: 'channel', operator: EQ, value: 'VISIT' }, which];
  const base = { source: FactSource.CASE, numerator } as const;
  return [
    { ...base, code: `${prefix}_BATCHES`, name: `${name}批次`, kind: IndicatorKind.COUNT, measure: Measure.COUNT, unit: '批次' },
    { ...base, code: `${prefix}_PERSON_TIMES`, name: `${name}人次`, kind: IndicatorKind.COUNT, measure: Measure.PERSON_TIMES },
    { ...base, code: `${prefix}_BATCHES_YOY`, name: `${name}批次同比`, kind: IndicatorKind.YOY_CHANGE, measure: Measure.COUNT, unit: '批次' },
    { ...base, code: `${prefix}_PERSON_TIMES_YOY`, name: `${name}人次同比`, kind: IndicatorKind.YOY_CHANGE, measure: Measure.PERSON_TIMES },
  ];
}

/*
 * The clocks are the offices': the three time indicators count every ending (a decline notified in
 * time was notified in time; a case withdrawn after its handling ran late was late), as their
 * formulas say.
 */
export const TIMELY_ACCEPTANCE_RATE = caseRate('TIMELY_ACCEPTANCE_RATE', '及时受理率', [known('notifyOnTime')], [is('notifyOnTime')]);

/** By registration: of the cases registered in the period, how many were answered within the handling period. */
export const ON_TIME_REPLY_RATE = caseRate('ON_TIME_REPLY_RATE', '按期答复率', [known('handleOnTime')], [is('handleOnTime')]);

/** By completion: of the cases finished in the period, how many within the handling period. */
export const ON_TIME_COMPLETION_RATE = caseRate('ON_TIME_COMPLETION_RATE', '按期办结率', [known('handleOnTime')], [is('handleOnTime')], finishedInPeriod);

/** Of the cases answered in the period, how many the petitioner rated. */
export const PARTICIPATION_RATE = caseRate('PARTICIPATION_RATE', '群众参评率', [is('finished'), replied], [is('rated')], finishedInPeriod);

/** 基本满意 counted as satisfied, as most reports do. */
export const SATISFACTION_RATE = caseRate(
  'SATISFACTION_RATE',
  '参评满意率',
  [is('rated'), replied],
  [{ field: 'rating', operator: IN, value: ['SATISFIED', 'BASICALLY_SATISFIED'] }],
  finishedInPeriod,
);

/** Only 满意 counted as satisfied. */
export const SATISFACTION_RATE_STRICT = caseRate(
  'SATISFACTION_RATE_STRICT',
  '参评满意率（仅计满意）',
  [is('rated'), replied],
  [{ field: 'rating', operator: EQ, value: 'SATISFIED' }],
  finishedInPeriod,
);

/**
 * Claims only (申诉求决类), at the first petition: resolved (化解) with no review requested, of the
 * claims handled here that ended in the period. Declined ones are out of it: routed to litigation,
 * arbitration … (诉访分离) or a duplicate of a matter handled or finalized elsewhere, they were no
 * matter for this office to resolve, and counting them would punish the separation the regulation
 * demands and count one matter twice. Withdrawn ones stay in, unresolved: leaving them out would
 * let an office raise its rate by having petitioners withdraw.
 */
export const FIRST_PETITION_RESOLUTION_RATE = caseRate(
  'FIRST_PETITION_RESOLUTION_RATE',
  '初信初访一次性化解率',
  [claims, is('firstPetition'), is('finished'), endedBy('DECIDED', 'MEDIATED', 'WITHDRAWN')],
  [is('resolved'), isNot('reviewed')],
  finishedInPeriod,
);

export const REPEAT_PETITION_SHARE = caseRate('REPEAT_PETITION_SHARE', '重复信访占比', [], [isNot('firstPetition')]);

export const REPEAT_PETITIONS: IndicatorDefinition = {
  code: 'REPEAT_PETITIONS',
  name: '重复信访件数',
  source: FactSource.CASE,
  kind: IndicatorKind.COUNT,
  measure: Measure.COUNT,
  numerator: [isNot('firstPetition')],
};

/** Backlog claims resolved in the period (a backlog case declined or withdrawn is finished, not resolved). */
export const BACKLOG_RESOLUTION_RATE = caseRate('BACKLOG_RESOLUTION_RATE', '积案化解率', [claims], [is('finishedInPeriod'), is('resolved')], {
  basis: PeriodBasis.BACKLOG,
});

export const [COLLECTIVE_VISIT_BATCHES, COLLECTIVE_VISIT_PERSON_TIMES, COLLECTIVE_VISIT_BATCHES_YOY, COLLECTIVE_VISIT_PERSON_TIMES_YOY] = visitCounts(
  'COLLECTIVE_VISIT',
  '集体访',
  is('collective'),
) as [IndicatorDefinition, IndicatorDefinition, IndicatorDefinition, IndicatorDefinition];

export const [LEVEL_SKIPPING_VISIT_BATCHES, LEVEL_SKIPPING_VISIT_PERSON_TIMES, LEVEL_SKIPPING_VISIT_BATCHES_YOY, LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY] =
  visitCounts('LEVEL_SKIPPING_VISIT', '越级访', is('levelSkipping')) as [IndicatorDefinition, IndicatorDefinition, IndicatorDefinition, IndicatorDefinition];

export const LEADER_RECEPTION_CASES: IndicatorDefinition = {
  code: 'LEADER_RECEPTION_CASES',
  name: '领导接访件数',
  source: FactSource.CASE,
  kind: IndicatorKind.COUNT,
  measure: Measure.COUNT,
  numerator: [is('viaReception')],
};

/**
 * Claims received (or owned) by a leader, registered in the period, open ones included; resolved
 * with no review requested, as for the first-petition rate, declined ones left out as there.
 */
export const LEADER_RECEPTION_RESOLUTION_RATE = caseRate(
  'LEADER_RECEPTION_RESOLUTION_RATE',
  '领导接访化解率',
  [is('viaReception'), claims, notDeclined],
  [is('finished'), is('resolved'), isNot('reviewed')],
);

export const LEADER_OWNED_RESOLUTION_RATE = caseRate(
  'LEADER_OWNED_RESOLUTION_RATE',
  '领导包案化解率',
  [is('leaderOwned'), claims, notDeclined],
  [is('finished'), is('resolved'), isNot('reviewed')],
);

/** Over the assessed jurisdiction's children (the caller groups jurisdiction facts by parent). */
export const CONFERENCE_COVERAGE: IndicatorDefinition = {
  code: 'CONFERENCE_COVERAGE',
  name: '联席会议覆盖率',
  source: FactSource.JURISDICTION,
  kind: IndicatorKind.RATE,
  measure: Measure.COUNT,
  denominator: [],
  numerator: [is('coveredByPeriodEnd')],
};

export const CONFERENCE_MEETINGS: IndicatorDefinition = {
  code: 'CONFERENCE_MEETINGS',
  name: '召开联席会议次数',
  source: FactSource.MEETING,
  kind: IndicatorKind.COUNT,
  measure: Measure.COUNT,
  numerator: [],
};

/** Tasks due in the period; withdrawn ones are no one's to finish. */
export const TASK_ON_TIME_RATE: IndicatorDefinition = {
  code: 'TASK_ON_TIME_RATE',
  name: '任务按时完成率',
  source: FactSource.TASK,
  kind: IndicatorKind.RATE,
  measure: Measure.COUNT,
  denominator: [{ field: 'state', operator: NE, value: 'CANCELLED' }, known('onTime')],
  numerator: [is('onTime')],
};

export const OVERDUE_FEEDBACK_NOTICES: IndicatorDefinition = {
  code: 'OVERDUE_FEEDBACK_NOTICES',
  name: '督办单逾期反馈数',
  source: FactSource.NOTICE,
  kind: IndicatorKind.COUNT,
  measure: Measure.COUNT,
  numerator: [is('feedbackOverdue')],
};

export const INDICATOR_LIBRARY: readonly IndicatorDefinition[] = [
  TIMELY_ACCEPTANCE_RATE,
  ON_TIME_REPLY_RATE,
  ON_TIME_COMPLETION_RATE,
  PARTICIPATION_RATE,
  SATISFACTION_RATE,
  SATISFACTION_RATE_STRICT,
  FIRST_PETITION_RESOLUTION_RATE,
  REPEAT_PETITION_SHARE,
  REPEAT_PETITIONS,
  BACKLOG_RESOLUTION_RATE,
  COLLECTIVE_VISIT_BATCHES,
  COLLECTIVE_VISIT_PERSON_TIMES,
  COLLECTIVE_VISIT_BATCHES_YOY,
  COLLECTIVE_VISIT_PERSON_TIMES_YOY,
  LEVEL_SKIPPING_VISIT_BATCHES,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES,
  LEVEL_SKIPPING_VISIT_BATCHES_YOY,
  LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY,
  LEADER_RECEPTION_CASES,
  LEADER_RECEPTION_RESOLUTION_RATE,
  LEADER_OWNED_RESOLUTION_RATE,
  CONFERENCE_COVERAGE,
  CONFERENCE_MEETINGS,
  TASK_ON_TIME_RATE,
  OVERDUE_FEEDBACK_NOTICES,
];

/** A rate item scored rate × points; no cases at all is no failing, so full points. */
function rateItem(code: string, indicator: IndicatorDefinition, points: number): SchemeItem {
  return {
    code,
    name: indicator.name,
    kind: ItemKind.REGULAR,
    points,
    indicator,
    rule: { kind: ScoringRuleKind.RATE_TIMES_POINTS },
    minDenominator: 1,
    belowMinimum: BelowMinimumRule.FULL_POINTS,
  };
}

/**
 * The district template (a Sichuan district's real scheme, 100 points): five data items and the
 * annual key tasks scored by hand. A fresh copy each call: schemes start from it and diverge.
 */
export function districtTemplate(name = '区（县）信访工作考核方案'): Scheme {
  return structuredClone({
    name,
    totalPoints: 100,
    items: [
      rateItem('TIMELY_ACCEPTANCE', TIMELY_ACCEPTANCE_RATE, 5),
      rateItem('ON_TIME_REPLY', ON_TIME_REPLY_RATE, 10),
      {
        code: 'REPEAT_PETITIONS',
        name: '重复信访',
        kind: ItemKind.REGULAR,
        points: 10,
        indicator: REPEAT_PETITIONS,
        rule: { kind: ScoringRuleKind.PER_EVENT, perEvent: -1, fromFull: true },
      },
      rateItem('SATISFACTION', SATISFACTION_RATE, 10),
      rateItem('PARTICIPATION', PARTICIPATION_RATE, 5),
      {
        code: 'KEY_TASKS',
        name: '年度重点工作',
        kind: ItemKind.REGULAR,
        points: 60,
        indicator: null,
        rule: { kind: ScoringRuleKind.MANUAL, min: 0, max: 60 },
      },
    ],
  });
}
