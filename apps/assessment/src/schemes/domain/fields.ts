import {
  ASSIGNEE_KIND_LABELS,
  CASE_ENDING_LABELS,
  CASE_KIND_LABELS,
  CASE_STATE_LABELS,
  CHANNEL_LABELS,
  DECISION_OUTCOME_LABELS,
  DECLINE_REASON_LABELS,
  MEETING_KIND_LABELS,
  NOTICE_KIND_LABELS,
  NOTICE_REASON_LABELS,
  NOTICE_STATE_LABELS,
  OPINION_RESULT_LABELS,
  RATING_LABELS,
  SUBJECT_TYPE_LABELS,
  TASK_LIST_KIND_LABELS,
  TASK_STATE_LABELS,
  TENANT_LEVEL_LABELS,
} from '#common/vocabulary';
import { FactSource, FieldType, PeriodBasis } from './vocabulary.js';

/**
 * The SQL text a field is built from: the fact table's alias and the placeholders (already cast,
 * e.g. `$3::date`) of the dates the compiler binds. Never user input.
 */
export interface FieldSqlContext {
  t: string;
  asOf: string;
  periodStart: string;
  periodEnd: string;
  /** The placeholder of a constant of the field's own definition, bound like any value (SQL text holds no literal). */
  constant(values: readonly string[]): string;
}

/** How a condition on a BOOLEAN field reads in a formula. */
export interface BooleanPhrases {
  true: string;
  false: string;
  /** NOT_NULL: the value is known (a derived field decided at the as-of date). */
  known?: string;
  unknown?: string;
}

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  /** ENUM only: the allowed values and their labels. */
  values?: Readonly<Record<string, string>>;
  /** The column may be NULL (e.g. not yet rated): NE and NOT_IN then match it, and the formula says so. */
  nullable?: boolean;
  /** How an empty value reads in a formula (`含…`), when not 未填. */
  emptyLabel?: string;
  /** The field tells how a case ended: a condition on it states which endings an indicator counts. */
  aboutEnding?: boolean;
  phrases?: BooleanPhrases;
  /** For derived fields: how the value is decided, shown beside the catalogue. */
  description?: string;
  /** An atomic SQL expression (a column, a call or parenthesised), so operators can follow it. */
  sql(context: FieldSqlContext): string;
}

export interface SourceSpec {
  source: FactSource;
  /** Qualified table name; the compiler hands it to the caller, who writes the FROM. */
  table: string;
  /** What one row is, and the unit it is counted in. */
  noun: string;
  unit: string;
  /**
   * Said in a formula whose counted rows no condition narrows by how they ended (cases only): which
   * endings it counts must always be shown.
   */
  allEndingsNote?: string;
  /** The DATE field placing a row in the period when a definition names none. */
  defaultBasis: { basis: PeriodBasis.FIELD; field: string } | { basis: PeriodBasis.ALL };
  fields: Readonly<Record<string, FieldSpec>>;
}

const column =
  (name: string) =>
  ({ t }: FieldSqlContext): string =>
    `${t}.${name}`;

function plain(name: string, columnName: string, label: string, type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, label, type, sql: column(columnName), ...extra };
}

/**
 * Whether a stage was done on time, at the as-of date: on time when done by its due date; not on
 * time when done late, or still open with the due date already past (open-but-overdue counts
 * against); NULL — counted on neither side — while open and not yet due. A date after the as-of
 * date is not known yet at it, so it counts as not done.
 */
function onTime(done: string, due: string) {
  return ({ t, asOf }: FieldSqlContext): string =>
    `(CASE WHEN ${t}.${done} IS NOT NULL AND ${t}.${done} <= ${asOf} THEN ${t}.${done} <= ${t}.${due} WHEN ${t}.${due} < ${asOf} THEN FALSE END)`;
}

const ON_TIME_DESCRIPTION = '到统计日已在期限内完成的为是，逾期完成或期限已过仍未完成的为否，未完成且未到期限的不计入';

const finishedBy =
  (columnName: string) =>
  ({ t, asOf }: FieldSqlContext): string =>
    `(${t}.${columnName} IS NOT NULL AND ${t}.${columnName} <= ${asOf})`;

const { BOOLEAN, ENUM, DATE, NUMBER, UUID } = FieldType;

/** The decisions that resolve a claim by themselves (支持、部分支持). */
const RESOLVING_OUTCOMES = ['SUPPORTS', 'PARTLY_SUPPORTS'] as const;

/**
 * 化解, the one definition (domain: a claim that ended by a supporting decision, a mediated
 * agreement or the petitioner's satisfaction — never a decline, a withdrawal or a duplicate), with
 * the ratings that count as satisfaction: whether 基本满意 does varies, so both readings are fields.
 * A duplicate is declined (正在办理、已终结), so no declined case is resolved.
 */
function resolvedField(name: string, label: string, satisfied: readonly (keyof typeof RATING_LABELS)[]): FieldSpec {
  const ratings = satisfied.map((rating) => RATING_LABELS[rating]).join('或');
  return {
    name,
    label,
    type: BOOLEAN,
    aboutEnding: true,
    phrases: { true: label, false: `未${label}` },
    description:
      `申诉求决类事项以${RESOLVING_OUTCOMES.map((outcome) => DECISION_OUTCOME_LABELS[outcome]).join('或')}的处理意见办结、经调解达成协议，或出具处理意见后信访人评价${ratings}；` +
      '不予受理（含诉讼仲裁等分流、重复信访）、撤回和尚未办结的均不算化解',
    sql: ({ t, constant }) =>
      `COALESCE(${t}.kind = ANY(${constant(['CLAIM'])}) AND (${t}.ending = ANY(${constant(['MEDIATED'])}) OR (${t}.ending = ANY(${constant(['DECIDED'])}) AND ` +
      `(${t}.outcome = ANY(${constant(RESOLVING_OUTCOMES)}) OR ${t}.rating = ANY(${constant(satisfied)})))), FALSE)`,
  };
}

function fieldsOf(list: FieldSpec[]): Readonly<Record<string, FieldSpec>> {
  return Object.fromEntries(list.map((field) => [field.name, field]));
}

const CASE_SOURCE: SourceSpec = {
  source: FactSource.CASE,
  table: 'assessment.case_facts',
  noun: '信访事项',
  unit: '件',
  allEndingsNote: '不区分结局：办结、调解、撤回、不予受理、终结的均计入',
  defaultBasis: { basis: PeriodBasis.FIELD, field: 'registeredOn' },
  fields: fieldsOf([
    plain('registeredOn', 'registered_on', '登记日期', DATE),
    plain('kind', 'kind', '事项类型', ENUM, { values: CASE_KIND_LABELS }),
    plain('channel', 'channel', '信访渠道', ENUM, { values: CHANNEL_LABELS }),
    plain('categoryId', 'category_id', '问题类别', UUID),
    plain('firstPetition', 'first_petition', '初信初访', BOOLEAN, { phrases: { true: '初信初访', false: '重复信访' } }),
    plain('levelSkipping', 'level_skipping', '越级访', BOOLEAN, { phrases: { true: '越级访', false: '非越级访' } }),
    plain('collective', 'collective', '集体访', BOOLEAN, { phrases: { true: '集体访（5人以上）', false: '非集体访' } }),
    plain('personCount', 'person_count', '人次', NUMBER),
    plain('leaderOwned', 'leader_owned', '领导包案', BOOLEAN, { phrases: { true: '领导包案', false: '非领导包案' } }),
    plain('viaReception', 'via_reception', '领导接访', BOOLEAN, { phrases: { true: '领导接访', false: '非领导接访' } }),
    plain('state', 'state', '办理状态', ENUM, { values: CASE_STATE_LABELS, aboutEnding: true }),
    plain('finishedOn', 'finished_on', '办结日期', DATE, { nullable: true }),
    plain('rating', 'rating', '满意度评价', ENUM, { values: RATING_LABELS, nullable: true }),
    plain('outcome', 'outcome', '处理意见', ENUM, { values: DECISION_OUTCOME_LABELS, nullable: true }),
    plain('declined', 'declined', '不予受理', BOOLEAN, { phrases: { true: '不予受理', false: '未作不予受理' }, aboutEnding: true }),
    plain('ending', 'ending', '结局', ENUM, { values: CASE_ENDING_LABELS, nullable: true, emptyLabel: '尚未办结', aboutEnding: true }),
    plain('declineReason', 'decline_reason', '不予受理理由', ENUM, {
      values: DECLINE_REASON_LABELS,
      nullable: true,
      emptyLabel: '未作不予受理',
      aboutEnding: true,
    }),
    plain('final', 'final', '终结', BOOLEAN, { phrases: { true: '已终结', false: '未终结' }, aboutEnding: true }),
    plain('reviewResult', 'review_result', '复查结论', ENUM, { values: OPINION_RESULT_LABELS, nullable: true, emptyLabel: '未复查' }),
    plain('reexaminationResult', 'reexamination_result', '复核结论', ENUM, { values: OPINION_RESULT_LABELS, nullable: true, emptyLabel: '未复核' }),
    plain('reviewed', 'reviewed', '申请复查', BOOLEAN, { phrases: { true: '申请复查', false: '未申请复查' } }),
    plain('notifyDue', 'notify_due', '受理告知期限', DATE),
    plain('notifyDone', 'notify_done', '受理告知日期', DATE, { nullable: true }),
    plain('handleDue', 'handle_due', '办理期限', DATE),
    plain('handleDone', 'handle_done', '答复日期', DATE, { nullable: true }),
    {
      name: 'notifyOnTime',
      label: '按期受理告知',
      type: BOOLEAN,
      phrases: { true: '按期告知受理', false: '未按期告知受理', known: '应告知受理（已告知或已到期）', unknown: '未到受理告知期限' },
      description: ON_TIME_DESCRIPTION,
      sql: onTime('notify_done', 'notify_due'),
    },
    {
      name: 'handleOnTime',
      label: '按期答复',
      type: BOOLEAN,
      phrases: { true: '办理期限内答复', false: '超期答复或逾期未答复', known: '应答复（已答复或已到期）', unknown: '未到办理期限' },
      description: ON_TIME_DESCRIPTION,
      sql: onTime('handle_done', 'handle_due'),
    },
    {
      name: 'finished',
      label: '已办结',
      type: BOOLEAN,
      phrases: { true: '已办结', false: '未办结' },
      description: '到统计日已办结',
      sql: finishedBy('finished_on'),
    },
    {
      name: 'finishedInPeriod',
      label: '考核期内办结',
      type: BOOLEAN,
      phrases: { true: '考核期内办结', false: '考核期内未办结' },
      description: '办结日期在考核期内且不晚于统计日',
      sql: ({ t, asOf, periodStart, periodEnd }) =>
        `COALESCE(${t}.finished_on >= ${periodStart} AND ${t}.finished_on <= ${periodEnd} AND ${t}.finished_on <= ${asOf}, FALSE)`,
    },
    resolvedField('resolved', '化解', ['SATISFIED', 'BASICALLY_SATISFIED']),
    resolvedField('resolvedStrict', '化解（仅计满意）', ['SATISFIED']),
    {
      name: 'rated',
      label: '已参评',
      type: BOOLEAN,
      phrases: { true: '已参评', false: '未参评' },
      description: '信访人作出了满意度评价',
      sql: ({ t }) => `(${t}.rating IS NOT NULL)`,
    },
  ]),
};

const TASK_SOURCE: SourceSpec = {
  source: FactSource.TASK,
  table: 'assessment.task_facts',
  noun: '联席会议任务',
  unit: '项',
  defaultBasis: { basis: PeriodBasis.FIELD, field: 'deadline' },
  fields: fieldsOf([
    plain('createdOn', 'created_on', '交办日期', DATE),
    plain('deadline', 'deadline', '完成时限', DATE),
    plain('state', 'state', '任务状态', ENUM, { values: TASK_STATE_LABELS }),
    plain('finishedOn', 'finished_on', '报结日期', DATE, { nullable: true }),
    plain('listed', 'listed', '列入任务清单', BOOLEAN, { phrases: { true: '列入任务清单', false: '未列入任务清单' } }),
    plain('listKind', 'list_kind', '清单类型', ENUM, { values: TASK_LIST_KIND_LABELS }),
    plain('assigneeKind', 'assignee_kind', '承办方', ENUM, { values: ASSIGNEE_KIND_LABELS }),
    {
      name: 'onTime',
      label: '按时完成',
      type: BOOLEAN,
      phrases: { true: '按时完成', false: '逾期完成或逾期未完成', known: '应完成（已报结或已到时限）', unknown: '未到完成时限' },
      description: ON_TIME_DESCRIPTION,
      sql: onTime('finished_on', 'deadline'),
    },
    {
      name: 'finished',
      label: '已报结',
      type: BOOLEAN,
      phrases: { true: '已报结', false: '未报结' },
      description: '到统计日已报结',
      sql: finishedBy('finished_on'),
    },
  ]),
};

const NOTICE_SOURCE: SourceSpec = {
  source: FactSource.NOTICE,
  table: 'assessment.notice_facts',
  noun: '督办单',
  unit: '份',
  defaultBasis: { basis: PeriodBasis.FIELD, field: 'issuedOn' },
  fields: fieldsOf([
    plain('issuedOn', 'issued_on', '下发日期', DATE),
    plain('kind', 'kind', '督办方式', ENUM, { values: NOTICE_KIND_LABELS }),
    plain('state', 'state', '督办状态', ENUM, { values: NOTICE_STATE_LABELS }),
    plain('reason', 'reason', '督办事由', ENUM, { values: NOTICE_REASON_LABELS, nullable: true }),
    plain('subjectType', 'subject_type', '督办对象', ENUM, { values: SUBJECT_TYPE_LABELS }),
    plain('feedbackDue', 'feedback_due', '反馈期限', DATE),
    plain('firstFeedbackOn', 'first_feedback_on', '首次反馈日期', DATE, { nullable: true }),
    plain('escalated', 'escalated', '已升级督办', BOOLEAN, { phrases: { true: '已升级督办', false: '未升级督办' } }),
    {
      name: 'feedbackOverdue',
      label: '逾期反馈',
      type: BOOLEAN,
      phrases: { true: '逾期反馈', false: '按期反馈或未到反馈期限' },
      description: '首次反馈晚于反馈期限，或到统计日期限已过仍未反馈',
      sql: ({ t, asOf }) =>
        `(CASE WHEN ${t}.first_feedback_on IS NOT NULL AND ${t}.first_feedback_on <= ${asOf} THEN ${t}.first_feedback_on > ${t}.feedback_due ELSE ${t}.feedback_due < ${asOf} END)`,
    },
  ]),
};

const MEETING_SOURCE: SourceSpec = {
  source: FactSource.MEETING,
  table: 'assessment.meeting_facts',
  noun: '联席会议',
  unit: '次',
  defaultBasis: { basis: PeriodBasis.FIELD, field: 'heldOn' },
  fields: fieldsOf([
    plain('heldOn', 'held_on', '召开日期', DATE),
    plain('kind', 'kind', '会议类型', ENUM, { values: MEETING_KIND_LABELS }),
    plain('decisions', 'decisions', '议定事项数', NUMBER),
    plain('present', 'present', '实到人数', NUMBER),
    plain('attendees', 'attendees', '应到人数', NUMBER),
  ]),
};

const JURISDICTION_SOURCE: SourceSpec = {
  source: FactSource.JURISDICTION,
  table: 'assessment.jurisdiction_facts',
  noun: '下级辖区',
  unit: '个',
  defaultBasis: { basis: PeriodBasis.ALL },
  fields: fieldsOf([
    plain('level', 'level', '行政层级', ENUM, { values: TENANT_LEVEL_LABELS }),
    plain('hasConference', 'has_conference', '已建立联席会议', BOOLEAN, { phrases: { true: '已建立联席会议', false: '未建立联席会议' } }),
    plain('conferenceSince', 'conference_since', '联席会议建立日期', DATE, { nullable: true }),
    {
      name: 'coveredByPeriodEnd',
      label: '期末已建立联席会议',
      type: BOOLEAN,
      phrases: { true: '考核期末已建立联席会议', false: '考核期末未建立联席会议' },
      description: '已建立联席会议且建立日期不晚于考核期末，未记录建立日期的视为已建立',
      sql: ({ t, periodEnd }) => `COALESCE(${t}.has_conference AND (${t}.conference_since IS NULL OR ${t}.conference_since <= ${periodEnd}), FALSE)`,
    },
  ]),
};

/** The field catalogue: every field a definition may name, per fact source. */
export const FACT_SOURCES: Readonly<Record<FactSource, SourceSpec>> = {
  CASE: CASE_SOURCE,
  TASK: TASK_SOURCE,
  NOTICE: NOTICE_SOURCE,
  MEETING: MEETING_SOURCE,
  JURISDICTION: JURISDICTION_SOURCE,
};

/** The field, or undefined when the source has none of that name (own keys only: `constructor` is no field). */
export function fieldOf(source: FactSource, name: string): FieldSpec | undefined {
  const fields = FACT_SOURCES[source].fields;
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}
