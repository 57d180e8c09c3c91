import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type AppError, ErrorCode } from '#common/errors';
import {
  type Condition,
  type IndicatorDefinition,
  FACT_SOURCES,
  FactSource,
  FieldType,
  FilterOperator,
  INDICATOR_LIBRARY,
  IndicatorKind,
  Measure,
  OPERATORS_BY_TYPE,
  ON_TIME_REPLY_RATE,
  PeriodBasis,
  SATISFACTION_RATE,
  SATISFACTION_RATE_STRICT,
  conditionText,
  formulaText,
  numeratorConditions,
  validateIndicator,
} from '../index.js';

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

const count = (numerator: Condition[], extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  code: 'CUSTOM',
  name: '自定义指标',
  source: FactSource.CASE,
  kind: IndicatorKind.COUNT,
  measure: Measure.COUNT,
  numerator,
  ...extra,
});

describe('the field catalogue', () => {
  it('has a label for every field and the allowed values of every enum', () => {
    for (const source of Object.values(FACT_SOURCES)) {
      for (const [name, field] of Object.entries(source.fields)) {
        expect(field.name).toBe(name);
        expect(field.label).not.toBe('');
        expect(field.type === FieldType.ENUM).toBe(field.values !== undefined);
      }
    }
    expect(FACT_SOURCES.CASE.fields.rating!.values).toEqual({ SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' });
  });

  it('decides on-time at the as-of date: late or open past due is not on time, open and not yet due is unknown', () => {
    const sql = FACT_SOURCES.CASE.fields.handleOnTime!.sql({
      t: 'f',
      asOf: '$3::date',
      periodStart: '$1::date',
      periodEnd: '$2::date',
      constant: () => '$4::text[]',
    });
    expect(sql).toBe(
      '(CASE WHEN f.handle_done IS NOT NULL AND f.handle_done <= $3::date THEN f.handle_done <= f.handle_due WHEN f.handle_due < $3::date THEN FALSE END)',
    );
  });
});

describe('validateIndicator', () => {
  it('accepts every indicator of the library, each with a unique code', () => {
    for (const def of INDICATOR_LIBRARY) expect(validateIndicator(def)).toBe(def);
    expect(new Set(INDICATOR_LIBRARY.map((def) => def.code)).size).toBe(INDICATOR_LIBRARY.length);
  });

  it('names an unknown field', () => {
    const error = refusal(() => validateIndicator(count([{ field: 'petitionerName', operator: FilterOperator.EQ, value: '张三' }])));
    expect(error.code).toBe(ErrorCode.VALIDATION);
    expect(error.message).toBe('指标“CUSTOM”的分子中的字段“petitionerName”未知：信访事项没有此字段');
  });

  it('does not take inherited properties for fields', () => {
    expect(refusal(() => validateIndicator(count([{ field: 'constructor', operator: FilterOperator.IS_TRUE }]))).message).toContain('“constructor”未知');
  });

  it('refuses an operator that does not fit the field type', () => {
    const error = refusal(() => validateIndicator(count([{ field: 'rating', operator: FilterOperator.IS_TRUE }])));
    expect(error.code).toBe(ErrorCode.VALIDATION);
    expect(error.message).toBe('指标“CUSTOM”的分子中的字段“满意度评价”（枚举）不能使用运算符“为是”');
    expect(refusal(() => validateIndicator(count([{ field: 'collective', operator: FilterOperator.EQ, value: 'true' }]))).message).toBe(
      '指标“CUSTOM”的分子中的字段“集体访”（是否）不能使用运算符“等于”',
    );
  });

  it('refuses a value outside the enum, listing the allowed ones', () => {
    const error = refusal(() => validateIndicator(count([{ field: 'rating', operator: FilterOperator.IN, value: ['SATISFIED', 'HAPPY'] }])));
    expect(error.code).toBe(ErrorCode.VALIDATION);
    expect(error.message).toBe(
      '指标“CUSTOM”的分子中的字段“满意度评价”的取值“HAPPY”无效：可选值为 SATISFIED（满意）、BASICALLY_SATISFIED（基本满意）、DISSATISFIED（不满意）',
    );
  });

  it('checks values by type: dates, numbers, uuids, empty lists, values on valueless operators', () => {
    const messages = [
      count([{ field: 'registeredOn', operator: FilterOperator.GTE, value: '2024-02-30' }]),
      count([{ field: 'personCount', operator: FilterOperator.GTE, value: '5' }]),
      count([{ field: 'categoryId', operator: FilterOperator.EQ, value: "x' OR 1=1 --" }]),
      count([{ field: 'channel', operator: FilterOperator.IN, value: [] }]),
      count([{ field: 'collective', operator: FilterOperator.IS_TRUE, value: 'VISIT' }]),
    ].map((def) => refusal(() => validateIndicator(def)).message);
    expect(messages).toEqual([
      '指标“CUSTOM”的分子中的字段“登记日期”的取值“2024-02-30”无效：应为 YYYY-MM-DD 格式的日期',
      '指标“CUSTOM”的分子中的字段“人次”的取值“5”无效：应为数值',
      "指标“CUSTOM”的分子中的字段“问题类别”的取值“x' OR 1=1 --”无效：应为 UUID",
      '指标“CUSTOM”的分子中的字段“信访渠道”使用“属于”时须给出至少一个取值',
      '指标“CUSTOM”的分子中的运算符“为是”不带取值',
    ]);
  });

  it('refuses shapes that make no sense', () => {
    const rate: IndicatorDefinition = { ...ON_TIME_REPLY_RATE };
    const cases: [IndicatorDefinition, string][] = [
      [{ ...rate, numerator: [] }, '指标“ON_TIME_REPLY_RATE”的分子须至少有一个条件，否则比率恒为 100%'],
      [{ ...rate, denominator: undefined }, '指标“ON_TIME_REPLY_RATE”是比率指标，须设置分母条件（可为空列表，表示期内全部记录）'],
      [count([], { denominator: [] }), '指标“CUSTOM”是数量指标，不设分母'],
      [count([], { source: FactSource.TASK, measure: Measure.PERSON_TIMES }), '指标“CUSTOM”：只有信访事项可以按人次统计'],
      [count([], { source: FactSource.TASK, period: { basis: PeriodBasis.BACKLOG } }), '指标“CUSTOM”：期初积案口径只适用于信访事项'],
      [count([], { period: { basis: PeriodBasis.FIELD, field: 'kind' } }), '指标“CUSTOM”的统计期间依据“kind”不是信访事项的日期字段'],
      [count([], { kind: IndicatorKind.YOY_CHANGE, period: { basis: PeriodBasis.ALL } }), '指标“CUSTOM”是同比指标，须按日期确定统计期间'],
      [count([], { code: 'bad code' }), '指标代码“bad code”无效，应由大写字母开头，只含大写字母、数字和下划线'],
      [count([], { source: 'PETITIONER' as FactSource }), '指标“CUSTOM”的数据来源“PETITIONER”未知'],
    ];
    for (const [def, message] of cases) {
      const error = refusal(() => validateIndicator(def));
      expect([error.code, error.message]).toEqual([ErrorCode.VALIDATION, message]);
    }
  });

  it('accepts every operator its field type lists, and refuses every other (with a fitting value)', () => {
    const sampleValue = (type: FieldType, operator: FilterOperator): Condition['value'] => {
      if ([FilterOperator.IS_TRUE, FilterOperator.IS_FALSE, FilterOperator.IS_NULL, FilterOperator.NOT_NULL].includes(operator)) return undefined;
      const one = { ENUM: 'CLAIM', DATE: '2024-01-01', NUMBER: 3, UUID: '00000000-0000-4000-8000-000000000001', BOOLEAN: 'x' }[type];
      return operator === FilterOperator.IN || operator === FilterOperator.NOT_IN ? [String(one)] : one;
    };
    const fieldOfType = { ENUM: 'kind', DATE: 'registeredOn', NUMBER: 'personCount', UUID: 'categoryId', BOOLEAN: 'collective' };
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(FieldType)), fc.constantFrom(...Object.values(FilterOperator)), (type, operator) => {
        const def = count([{ field: fieldOfType[type], operator, value: sampleValue(type, operator) }]);
        if (OPERATORS_BY_TYPE[type].includes(operator)) expect(validateIndicator(def)).toBe(def);
        else expect(refusal(() => validateIndicator(def)).message).toContain('不能使用运算符');
      }),
    );
  });
});

describe('numerator ⊆ denominator', () => {
  it('counts the numerator within the denominator’s rows, dropping only what its own conditions imply', () => {
    for (const def of INDICATOR_LIBRARY.filter((d) => d.kind === IndicatorKind.RATE)) {
      const numerator = numeratorConditions(def);
      for (const condition of def.denominator!) {
        const implied =
          condition.operator === FilterOperator.NOT_NULL && def.numerator.some((c) => c.field === condition.field && c.operator === FilterOperator.IS_TRUE);
        expect(implied || numerator.includes(condition)).toBe(true);
      }
      for (const condition of def.numerator) expect(numerator).toContain(condition);
    }
  });
});

describe('formulaText', () => {
  it('reads the definition back in Chinese', () => {
    expect(formulaText(ON_TIME_REPLY_RATE)).toBe(
      '按期答复率 = 办理期限内答复的件数 ÷ 应答复（已答复或已到期）的件数（登记日期在考核期内；按期答复：到统计日已在期限内完成的为是，逾期完成或期限已过仍未完成的为否，未完成且未到期限的不计入；分母不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    );
    expect(formulaText(SATISFACTION_RATE)).toBe(
      '参评满意率 = 已参评、结局为出具信访处理意见（复查、复核期间亦同）或建议意见类、检举控告类答复办结、满意度评价为满意或基本满意的件数 ÷ ' +
        '已参评、结局为出具信访处理意见（复查、复核期间亦同）或建议意见类、检举控告类答复办结的件数（办结日期在考核期内；已参评：信访人作出了满意度评价）',
    );
    expect(formulaText(SATISFACTION_RATE_STRICT)).toContain('满意度评价为满意的件数');
  });

  it('writes counts, person-times, year-on-year changes and backlog windows', () => {
    const byCode = (code: string) => INDICATOR_LIBRARY.find((def) => def.code === code)!;
    expect(formulaText(byCode('COLLECTIVE_VISIT_BATCHES'))).toBe(
      '集体访批次 = 信访渠道为来访、集体访（5人以上）的批次数（登记日期在考核期内；不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    );
    expect(formulaText(byCode('LEVEL_SKIPPING_VISIT_PERSON_TIMES_YOY'))).toBe(
      '越级访人次同比 = （本期数 − 上年同期数）÷ 上年同期数，本期数为信访渠道为来访、越级访的人次（登记日期在考核期内；不区分结局：办结、调解、撤回、不予受理、终结的均计入；上年同期为考核期前推一年）',
    );
    expect(formulaText(byCode('BACKLOG_RESOLUTION_RATE'))).toBe(
      '积案化解率 = 事项类型为申诉求决类、考核期内办结、化解的件数 ÷ 事项类型为申诉求决类的件数（积案指考核期开始前登记、期初尚未办结的信访事项；' +
        '考核期内办结：办结日期在考核期内且不晚于统计日；化解：申诉求决类事项以予以支持或部分支持的处理意见办结、经调解达成协议，或出具处理意见后信访人评价满意或基本满意；' +
        '不予受理（含诉讼仲裁等分流、重复信访）、撤回和尚未办结的均不算化解；分母不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    );
    expect(formulaText(byCode('CONFERENCE_MEETINGS'))).toBe('召开联席会议次数 = 全部联席会议次数（召开日期在考核期内）');
  });

  it('says when "not equal" includes the empty value', () => {
    expect(formulaText(count([{ field: 'rating', operator: FilterOperator.NE, value: 'DISSATISFIED' }]))).toBe(
      '自定义指标 = 满意度评价不为不满意（含未填）的件数（登记日期在考核期内；不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    );
    expect(formulaText(count([{ field: 'kind', operator: FilterOperator.NOT_IN, value: ['SUGGESTION', 'ACCUSATION'] }]))).toBe(
      '自定义指标 = 事项类型不为建议意见类或检举控告类的件数（登记日期在考核期内；不区分结局：办结、调解、撤回、不予受理、终结的均计入）',
    );
    expect(formulaText(count([{ field: 'ending', operator: FilterOperator.NOT_IN, value: ['DECLINED', 'WITHDRAWN'] }]))).toBe(
      '自定义指标 = 结局不为不予受理（理由见不予受理理由）或信访人撤回（含尚未办结）的件数（登记日期在考核期内）',
    );
  });

  it('states in every library formula over cases which endings it counts', () => {
    for (const def of INDICATOR_LIBRARY.filter((d) => d.source === FactSource.CASE)) {
      const counted = def.kind === IndicatorKind.RATE ? def.denominator! : def.numerator;
      const onEnding = counted.filter((c) => FACT_SOURCES.CASE.fields[c.field]!.aboutEnding);
      // Either a condition on the ending, said in the formula, or the note that all endings count.
      if (onEnding.length === 0) expect(formulaText(def)).toContain('不区分结局：办结、调解、撤回、不予受理、终结的均计入');
      else for (const condition of onEnding) expect(formulaText(def)).toContain(conditionText(FactSource.CASE, condition));
    }
    // Not on the other sources: a task or a notice has no ending.
    expect(formulaText(INDICATOR_LIBRARY.find((d) => d.code === 'TASK_ON_TIME_RATE')!)).not.toContain('结局');
  });

  it('defines the first-petition resolution rate on the ending: resolved claims of those decided, mediated or withdrawn', () => {
    const def = INDICATOR_LIBRARY.find((d) => d.code === 'FIRST_PETITION_RESOLUTION_RATE')!;
    const text = formulaText(def);
    expect(text).toContain('÷ 事项类型为申诉求决类、初信初访、已办结、结局为出具信访处理意见（复查、复核期间亦同）或调解化解或信访人撤回的件数');
    expect(text).toContain('化解、未申请复查的件数');
    expect(text).toContain('不予受理（含诉讼仲裁等分流、重复信访）、撤回和尚未办结的均不算化解');
  });
});
