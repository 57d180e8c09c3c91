import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, Spin, Switch, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import type { AssessmentItemKind, AssessmentPeriodKind, BelowMinimumRule, ScoringRuleKind } from '../../gql/graphql';
import { AssessmentItemKindLabel, AssessmentPeriodKindLabel, BelowMinimumRuleLabel, ScoringRuleKindLabel } from '../../gql/labels';
import {
  builtSchemeInput,
  itemFormOf,
  itemIndicatorKind,
  parseNumberList,
  periodFormOf,
  periodInput,
  RULE_FIELDS,
  ruleKindsFor,
  TARGET_LEVEL_LABELS,
  updatedSchemeInput,
  type ItemForm,
  type PeriodForm,
  type SchemeItemView,
} from '../../logic/assessment';
import { labelOptions } from '../../logic/label-options';
import { CustomIndicatorFields, newCustomIndicator } from './CustomIndicatorFields';
import { IndicatorPreview, type PreviewRequest } from './IndicatorPreview';

graphql(`
  fragment IndicatorDefinition on Indicator {
    code
    name
    kind
    formula
    source
    measure
    unit
    period {
      basis
      field
    }
    numerator {
      field
      operator
      value
      values
    }
    denominator {
      field
      operator
      value
      values
    }
  }
`);

const SchemeBuilderChoicesDocument = graphql(`
  query SchemeBuilderChoices {
    indicatorLibrary {
      ...IndicatorDefinition
    }
    indicatorCatalog {
      sources {
        source
        measures
        periodBases
        defaultPeriodField
        fields {
          name
          label
          type
          operators
          nullable
          description
          values {
            value
            label
          }
        }
      }
      kinds {
        kind
        rules
      }
    }
  }
`);

const BuildAssessmentSchemeDocument = graphql(`
  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) {
      id
    }
  }
`);

const UpdateAssessmentSchemeDocument = graphql(`
  mutation UpdateAssessmentScheme($input: UpdateSchemeInput!) {
    updateAssessmentScheme(input: $input) {
      id
      version
    }
  }
`);

/** A draft as the editor starts from it. */
export interface EditableScheme {
  id: string;
  version: number;
  name: string;
  periodKind: AssessmentPeriodKind;
  periodFrom: string;
  periodTo: string;
  targetLevel: string;
  items: readonly SchemeItemView[];
}

/** An item as the form holds it: the rank table typed as text. */
type ItemValues = Omit<ItemForm, 'rule'> & { rule: Omit<ItemForm['rule'], 'table'> & { tableText?: string } };

interface BuilderValues {
  name: string;
  period: PeriodForm;
  targetLevel?: string;
  items: ItemValues[];
}

const toValues = ({ rule: { table, ...rule }, ...item }: ItemForm): ItemValues => ({ ...item, rule: { ...rule, tableText: table?.join(', ') } });
const toForm = ({ rule: { tableText, ...rule }, ...item }: ItemValues): ItemForm => ({
  ...item,
  rule: { ...rule, table: rule.kind === 'RANK' ? parseNumberList(tableText) : null },
});

const NEW_ITEM: ItemValues = {
  code: '',
  name: '',
  kind: 'REGULAR',
  points: 10,
  indicatorMode: 'LIBRARY',
  rule: { kind: 'RATE_TIMES_POINTS', higherIsBetter: true },
  minDenominator: 1,
  belowMinimum: 'FULL_POINTS',
};

/** The fields of one rule kind, shown in the item's rule section. */
function RuleSection({ name, kind }: { name: number; kind: ScoringRuleKind | undefined }) {
  const shown = new Set(kind ? RULE_FIELDS[kind] : []);
  return (
    <Space wrap>
      {shown.has('floor') && (
        <Form.Item name={[name, 'rule', 'floor']} label="得 0 分的值" extra="比率以小数填写，如 0.6 即 60%" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber step={0.05} />
        </Form.Item>
      )}
      {shown.has('target') && (
        <Form.Item name={[name, 'rule', 'target']} label="得满分的值" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber step={0.05} />
        </Form.Item>
      )}
      {shown.has('perEvent') && (
        <Form.Item name={[name, 'rule', 'perEvent']} label="每件得分（负数为扣分）" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber step={0.5} />
        </Form.Item>
      )}
      {shown.has('fromFull') && (
        <Form.Item name={[name, 'rule', 'fromFull']} label="从满分起算" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {shown.has('bands') && (
        <Form.List name={[name, 'rule', 'bands']}>
          {(bands, { add, remove }) => (
            <Space direction="vertical">
              {bands.map((band) => (
                <Space key={band.key}>
                  <Form.Item name={[band.name, 'atMost']} label="同比变化不超过" rules={[{ required: true, message: '请填写' }]}>
                    <InputNumber step={0.05} />
                  </Form.Item>
                  <Form.Item name={[band.name, 'points']} label="得分" rules={[{ required: true, message: '请填写' }]}>
                    <InputNumber />
                  </Form.Item>
                  <Button onClick={() => remove(band.name)}>删除</Button>
                </Space>
              ))}
              <Button onClick={() => add()}>添加分档</Button>
            </Space>
          )}
        </Form.List>
      )}
      {shown.has('otherwise') && (
        <Form.Item name={[name, 'rule', 'otherwise']} label="超出各档时得分" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('table') && (
        <Form.Item
          name={[name, 'rule', 'tableText']}
          label="各名次得分（可不填，按名次等差递减）"
          rules={[{ validator: (_, text) => (!text || parseNumberList(text) ? Promise.resolve() : Promise.reject(new Error('请按名次填写分数，以逗号分隔'))) }]}
        >
          <Input placeholder="10, 8, 6" />
        </Form.Item>
      )}
      {shown.has('higherIsBetter') && (
        <Form.Item name={[name, 'rule', 'higherIsBetter']} label="数值越高排名越前" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {shown.has('minimum') && (
        <Form.Item name={[name, 'rule', 'minimum']} label="末位得分" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('min') && (
        <Form.Item name={[name, 'rule', 'min']} label="最低分" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('max') && (
        <Form.Item name={[name, 'rule', 'max']} label="最高分" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber />
        </Form.Item>
      )}
    </Space>
  );
}

const HALVES = [
  { value: 1, label: '上半年' },
  { value: 2, label: '下半年' },
];
const QUARTERS = ['一', '二', '三', '四'].map((name, i) => ({ value: i + 1, label: `第${name}季度` }));
const dateProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (day: dayjs.Dayjs | null) => (day ? day.format('YYYY-MM-DD') : null),
};

/** The period: a year, a half or quarter of one, or two dates. */
function PeriodFields({ form }: { form: FormInstance<BuilderValues> }) {
  const kind: AssessmentPeriodKind | undefined = Form.useWatch(['period', 'kind'], form);
  return (
    <Space wrap>
      <Form.Item name={['period', 'kind']} label="考核期">
        <Select<AssessmentPeriodKind> style={{ width: 140 }} options={labelOptions(AssessmentPeriodKindLabel)} />
      </Form.Item>
      {kind !== 'RANGE' && (
        <Form.Item name={['period', 'year']} label="考核年度" rules={[{ required: true, message: '请填写考核年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
      )}
      {kind === 'HALF_YEAR' && (
        <Form.Item name={['period', 'half']} label="半年" rules={[{ required: true, message: '请选择' }]}>
          <Select style={{ width: 120 }} options={HALVES} />
        </Form.Item>
      )}
      {kind === 'QUARTER' && (
        <Form.Item name={['period', 'quarter']} label="季度" rules={[{ required: true, message: '请选择' }]}>
          <Select style={{ width: 120 }} options={QUARTERS} />
        </Form.Item>
      )}
      {kind === 'RANGE' && (
        <>
          <Form.Item name={['period', 'from']} label="开始日期" rules={[{ required: true, message: '请选择' }]} {...dateProps}>
            <DatePicker />
          </Form.Item>
          <Form.Item name={['period', 'to']} label="结束日期" rules={[{ required: true, message: '请选择' }]} {...dateProps}>
            <DatePicker />
          </Form.Item>
        </>
      )}
    </Space>
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** The draft to edit; none builds a new scheme. */
  scheme?: EditableScheme | null;
  onSaved: (id: string) => void;
}

/**
 * 逐项新建 / 编辑: each item an indicator of the library (its formula shown), a custom indicator
 * (conditions over the facts, its formula, 预览) or a manual item, with its rule, limits and
 * minimum denominator; a draft is edited under the version it was read at.
 */
export function SchemeBuilder({ open, onClose, scheme, onSaved }: Props) {
  const [form] = Form.useForm<BuilderValues>();
  const choices = useQuery(SchemeBuilderChoicesDocument, { skip: !open });
  const [create, created] = useMutation(BuildAssessmentSchemeDocument);
  const [update, updated] = useMutation(UpdateAssessmentSchemeDocument);
  const [preview, setPreview] = useState<PreviewRequest | null>(null);
  const library = useMemo(() => choices.data?.indicatorLibrary ?? [], [choices.data]);
  const catalog = choices.data?.indicatorCatalog;
  const items: ItemValues[] = Form.useWatch('items', form) ?? [];
  const total = items.filter((item) => item?.kind === 'REGULAR').reduce((sum, item) => sum + (item?.points ?? 0), 0);
  const failure = (scheme ? updated : created).error;

  const initialValues = useMemo<BuilderValues | null>(() => {
    if (!choices.data) return null;
    if (!scheme) return { name: '', period: { kind: 'YEAR', year: new Date().getFullYear() }, items: [] };
    return { name: scheme.name, period: periodFormOf(scheme), items: scheme.items.map((item) => toValues(itemFormOf(item, library))) };
  }, [choices.data, scheme, library]);

  const submit = async (values: BuilderValues) => {
    const forms = values.items.map(toForm);
    if (scheme) {
      const result = await update({ variables: { input: updatedSchemeInput(scheme, { ...values, items: forms }, library) } }).catch(() => null);
      if (result?.data) onSaved(result.data.updateAssessmentScheme.id);
    } else {
      const result = await create({ variables: { input: builtSchemeInput({ ...values, items: forms }, library) } }).catch(() => null);
      if (result?.data) onSaved(result.data.createAssessmentScheme.id);
    }
  };

  const previewOf = (indicator: PreviewRequest['indicator']) => {
    const period: PeriodForm = form.getFieldValue('period');
    setPreview({ indicator, period: periodInput(period), targetLevel: scheme?.targetLevel ?? form.getFieldValue('targetLevel') ?? null });
  };

  return (
    <Modal
      open={open}
      title={scheme ? '编辑考核方案' : '逐项新建考核方案'}
      okText={scheme ? '保存' : '新建'}
      cancelText="取消"
      width={1080}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure.graphQLErrors[0]?.message ?? '保存失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      {choices.error && <Alert type="error" showIcon message={choices.error.graphQLErrors[0]?.message ?? '指标库加载失败，请稍后再试'} />}
      {!initialValues || !catalog ? (
        !choices.error && <Spin />
      ) : (
        <Form<BuilderValues> form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
          <Space wrap>
            <Form.Item name="name" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}>
              <Input maxLength={100} style={{ width: 320 }} />
            </Form.Item>
            {!scheme && (
              <Form.Item name="targetLevel" label="考核对象" extra="默认本机构的下一级">
                <Select
                  allowClear
                  placeholder="下一级"
                  style={{ width: 160 }}
                  options={Object.entries(TARGET_LEVEL_LABELS).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
            )}
          </Space>
          <PeriodFields form={form} />
          <Form.List name="items" rules={[{ validator: (_, list) => (list?.length ? Promise.resolve() : Promise.reject(new Error('请至少添加一个考核项'))) }]}>
            {(fields, { add, remove }, { errors }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field) => {
                  const item = items[field.name];
                  const manual = item?.rule?.kind === 'MANUAL';
                  const custom = item?.indicatorMode === 'CUSTOM';
                  const indicator = library.find((candidate) => candidate.code === item?.libraryIndicator);
                  const kind = item ? itemIndicatorKind(item, library) : null;
                  return (
                    <Card
                      key={field.key}
                      size="small"
                      title={`考核项 ${field.name + 1}`}
                      extra={<Button onClick={() => remove(field.name)}>删除</Button>}
                      data-testid={`scheme-item-${field.name + 1}`}
                    >
                      <Space wrap>
                        <Form.Item
                          name={[field.name, 'code']}
                          label="代码"
                          rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]*$/, message: '大写字母、数字、下划线' }]}
                        >
                          <Input style={{ width: 180 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'name']} label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
                          <Input style={{ width: 200 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'kind']} label="类型">
                          <Select<AssessmentItemKind> style={{ width: 120 }} options={labelOptions(AssessmentItemKindLabel)} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'points']} label="分值" rules={[{ required: true, message: '请填写分值' }]}>
                          <InputNumber min={0} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'rule', 'kind']} label="计分规则" rules={[{ required: true, message: '请选择' }]}>
                          <Select<ScoringRuleKind> style={{ width: 180 }} options={labelOptions(ScoringRuleKindLabel, ruleKindsFor(kind, catalog.kinds))} />
                        </Form.Item>
                      </Space>
                      {!manual && (
                        <Form.Item name={[field.name, 'indicatorMode']} label="指标">
                          <Radio.Group
                            optionType="button"
                            options={[
                              { value: 'LIBRARY', label: '指标库' },
                              { value: 'CUSTOM', label: '自定义指标' },
                            ]}
                            onChange={(event) => {
                              const cases = catalog.sources[0];
                              if (event.target.value === 'CUSTOM' && !item?.custom && cases)
                                form.setFieldValue(['items', field.name, 'custom'], newCustomIndicator(cases));
                            }}
                          />
                        </Form.Item>
                      )}
                      {!manual && !custom && (
                        <Form.Item
                          name={[field.name, 'libraryIndicator']}
                          label="指标库中的指标"
                          rules={[{ required: true, message: '请选择指标' }]}
                          extra={indicator?.formula}
                        >
                          <Select
                            showSearch
                            optionFilterProp="label"
                            options={library.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
                            onChange={(code: string) => {
                              const chosen = library.find((candidate) => candidate.code === code);
                              if (chosen && !item?.name) form.setFieldValue(['items', field.name, 'name'], chosen.name);
                            }}
                          />
                        </Form.Item>
                      )}
                      {!manual && custom && (
                        <CustomIndicatorFields form={form} itemPath={['items', field.name]} item={item} sources={catalog.sources} onPreview={previewOf} />
                      )}
                      <RuleSection name={field.name} kind={item?.rule?.kind} />
                      <Space wrap>
                        {kind === 'RATE' && (
                          <>
                            <Form.Item name={[field.name, 'minDenominator']} label="最低分母" rules={[{ required: true, message: '请填写' }]}>
                              <InputNumber min={1} precision={0} />
                            </Form.Item>
                            <Form.Item name={[field.name, 'belowMinimum']} label="分母不足时" rules={[{ required: true, message: '请选择' }]}>
                              <Select<BelowMinimumRule> style={{ width: 280 }} options={labelOptions(BelowMinimumRuleLabel)} />
                            </Form.Item>
                          </>
                        )}
                        <Form.Item name={[field.name, 'cap']} label="得分上限" extra="默认为分值">
                          <InputNumber />
                        </Form.Item>
                        <Form.Item name={[field.name, 'floor']} label="得分下限" extra="默认为 0（扣分项为负分值）">
                          <InputNumber />
                        </Form.Item>
                      </Space>
                    </Card>
                  );
                })}
                <Button onClick={() => add(NEW_ITEM)}>添加考核项</Button>
                <Form.ErrorList errors={errors} />
                <Typography.Text type="secondary">方案总分 {total} 分（考核项分值之和，加分项、扣分项不计入）</Typography.Text>
              </Space>
            )}
          </Form.List>
        </Form>
      )}
      <IndicatorPreview request={preview} onClose={() => setPreview(null)} />
    </Modal>
  );
}
