import { useQuery } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type {
  FilterOperator,
  IndicatorInput,
  IndicatorKind,
  IndicatorMeasure,
  IndicatorSource,
  PeriodBasis,
  SchemeBuilderChoicesQuery,
} from '../../gql/graphql';
import { FilterOperatorLabel, IndicatorKindLabel, IndicatorMeasureLabel, IndicatorSourceLabel, PeriodBasisLabel } from '../../gql/labels';
import { customIndicatorInput, operatorArity, type ConditionForm, type CustomIndicatorForm } from '../../logic/assessment';
import { labelOptions } from '../../logic/label-options';
import { useSettled } from '../useSettled';

const CheckIndicatorDocument = graphql(`
  query CheckIndicator($indicator: IndicatorInput!) {
    checkIndicator(indicator: $indicator) {
      formula
    }
  }
`);

/** The vocabulary the form offers: the catalogue's sources with their fields. */
export type CatalogSource = SchemeBuilderChoicesQuery['indicatorCatalog']['sources'][number];
type CatalogField = CatalogSource['fields'][number];

/** How long the conditions must stay unchanged before the formula is asked for. */
const CHECK_DEBOUNCE_MS = 400;

/** A fresh custom indicator over a source: a rate, counted by the source's own date field. */
export function newCustomIndicator(source: CatalogSource): CustomIndicatorForm {
  return {
    source: source.source,
    kind: 'RATE',
    measure: 'COUNT',
    periodBasis: source.defaultPeriodField ? 'FIELD' : 'ALL',
    periodField: source.defaultPeriodField ?? null,
    numerator: [],
    denominator: [],
  };
}

/** The value input a field and operator take: options of an enum, a date, a number, or text. */
function ValueInput({
  field,
  operator,
  id,
  value,
  onChange,
}: {
  field: CatalogField;
  operator: FilterOperator;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}) {
  const list = operatorArity(operator) === 'LIST';
  if (field.values) {
    return (
      <Select
        id={id}
        mode={list ? 'multiple' : undefined}
        style={{ minWidth: 200 }}
        options={field.values.map((option) => ({ ...option, title: option.label }))}
        value={value}
        onChange={onChange}
      />
    );
  }
  if (list) return <Select id={id} mode="tags" style={{ minWidth: 200 }} open={false} value={value} onChange={onChange} />;
  if (field.type === 'DATE') {
    return <DatePicker id={id} value={typeof value === 'string' ? dayjs(value) : null} onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : null)} />;
  }
  if (field.type === 'NUMBER') return <InputNumber id={id} value={value as number | string | undefined} onChange={onChange} />;
  return <Input id={id} style={{ width: 320 }} value={value as string | undefined} onChange={(event) => onChange?.(event.target.value)} />;
}

/** A list of conditions (ANDed), each a field, an operator the field takes, and the value the operator takes. */
function Conditions({
  form,
  name,
  path,
  fields,
  title,
  testId,
}: {
  form: FormInstance;
  /** The list's name within the items' list, and its whole path in the form. */
  name: (string | number)[];
  path: (string | number)[];
  fields: readonly CatalogField[];
  title: string;
  testId: string;
}) {
  const conditions: ConditionForm[] = Form.useWatch(path, form) ?? [];
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
          <Typography.Text strong>{title}</Typography.Text>
          {rows.map((row) => {
            const condition = conditions[row.name];
            const field = fields.find((candidate) => candidate.name === condition?.field);
            const operator = condition?.operator;
            return (
              <Space key={row.key} wrap align="start">
                <Form.Item name={[row.name, 'field']} label="字段" rules={[{ required: true, message: '请选择字段' }]}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 200 }}
                    options={fields.map((candidate) => ({ value: candidate.name, label: candidate.label, title: candidate.label }))}
                    onChange={(name: string) => {
                      // Another field takes other operators and values: start it from its first operator.
                      const chosen = fields.find((candidate) => candidate.name === name);
                      form.setFieldValue([...path, row.name], { field: name, operator: chosen?.operators[0] ?? null, value: null, values: null });
                    }}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'operator']} label="运算" rules={[{ required: true, message: '请选择运算' }]}>
                  <Select<FilterOperator> style={{ width: 120 }} disabled={!field} options={labelOptions(FilterOperatorLabel, field?.operators)} />
                </Form.Item>
                {field && operator && operatorArity(operator) !== 'NONE' && (
                  <Form.Item
                    name={[row.name, operatorArity(operator) === 'LIST' ? 'values' : 'value']}
                    label="取值"
                    rules={[{ required: true, message: '请填写取值' }]}
                  >
                    <ValueInput field={field} operator={operator} />
                  </Form.Item>
                )}
                {field?.description && (
                  <Typography.Text type="secondary" style={{ maxWidth: 320, display: 'inline-block', marginTop: 30 }}>
                    {field.description}
                  </Typography.Text>
                )}
                <Button style={{ marginTop: 30 }} onClick={() => remove(row.name)}>
                  删除条件
                </Button>
              </Space>
            );
          })}
          <Button onClick={() => add({})}>添加条件</Button>
        </Space>
      )}
    </Form.List>
  );
}

interface Props {
  form: FormInstance;
  /** The item's place in the form (`['items', 2]`); the fields live under its `custom`. */
  itemPath: (string | number)[];
  item: { code?: string | null; name?: string | null };
  sources: readonly CatalogSource[];
  onPreview: (indicator: IndicatorInput) => void;
}

/**
 * 自定义指标: the facts counted, the kind, what is summed, which rows belong to the period, the
 * denominator's and the numerator's conditions; its formula in Chinese as the server states it
 * (or the server's reason it is no indicator), and 预览.
 */
export function CustomIndicatorFields({ form, itemPath, item, sources, onPreview }: Props) {
  const path = [...itemPath, 'custom'];
  const custom: CustomIndicatorForm | undefined = Form.useWatch(path, form);
  const source = sources.find((candidate) => candidate.source === custom?.source);
  const input = customIndicatorInput(custom, item);
  // Compared as text: the form hands a new object on every keystroke, equal or not.
  const settledText = useSettled(JSON.stringify(input), CHECK_DEBOUNCE_MS);
  const settled = useMemo(() => JSON.parse(settledText) as IndicatorInput | null, [settledText]);
  const check = useQuery(CheckIndicatorDocument, { variables: { indicator: settled! }, skip: !settled });
  const formula = settled && !check.error ? check.data?.checkIndicator.formula : undefined;
  const dateFields = source?.fields.filter((field) => field.type === 'DATE') ?? [];
  const name = itemPath.at(-1) as number;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="custom-indicator">
      <Space wrap>
        <Form.Item name={[name, 'custom', 'source']} label="事实来源" rules={[{ required: true, message: '请选择' }]}>
          <Select<IndicatorSource>
            style={{ width: 160 }}
            options={sources.map((candidate) => ({ value: candidate.source, label: IndicatorSourceLabel[candidate.source] }))}
            onChange={(value) => {
              // Fields are the source's own: conditions and the period start again from its defaults.
              const chosen = sources.find((candidate) => candidate.source === value);
              if (chosen) form.setFieldValue(path, { ...newCustomIndicator(chosen), kind: custom?.kind ?? 'RATE' });
            }}
          />
        </Form.Item>
        <Form.Item name={[name, 'custom', 'kind']} label="指标类型" rules={[{ required: true, message: '请选择' }]}>
          <Select<IndicatorKind> style={{ width: 120 }} options={labelOptions(IndicatorKindLabel)} />
        </Form.Item>
        {source && source.measures.length > 1 && (
          <Form.Item name={[name, 'custom', 'measure']} label="计量">
            <Select<IndicatorMeasure> style={{ width: 140 }} options={labelOptions(IndicatorMeasureLabel, source.measures)} />
          </Form.Item>
        )}
        <Form.Item name={[name, 'custom', 'periodBasis']} label="计入考核期的依据">
          <Select<PeriodBasis> style={{ width: 140 }} options={labelOptions(PeriodBasisLabel, source?.periodBases)} />
        </Form.Item>
        {custom?.periodBasis === 'FIELD' && (
          <Form.Item name={[name, 'custom', 'periodField']} label="日期字段" rules={[{ required: true, message: '请选择' }]}>
            <Select style={{ width: 160 }} options={dateFields.map((field) => ({ value: field.name, label: field.label }))} />
          </Form.Item>
        )}
      </Space>
      {source && (
        <>
          {custom?.kind === 'RATE' && (
            <Conditions
              form={form}
              name={[name, 'custom', 'denominator']}
              path={[...path, 'denominator']}
              fields={source.fields}
              title="分母条件（不设条件为考核期内的全部）"
              testId="denominator-conditions"
            />
          )}
          <Conditions
            form={form}
            name={[name, 'custom', 'numerator']}
            path={[...path, 'numerator']}
            fields={source.fields}
            title={custom?.kind === 'RATE' ? '分子条件（在分母范围内）' : '计入条件'}
            testId="numerator-conditions"
          />
        </>
      )}
      {check.error ? (
        <Alert type="warning" showIcon message={check.error.graphQLErrors[0]?.message ?? '指标核验失败，请稍后再试'} />
      ) : (
        <Typography.Paragraph type="secondary" data-testid="custom-formula">
          {formula ?? '选择来源、类型和条件后显示公式'}
        </Typography.Paragraph>
      )}
      <Button disabled={!formula || !input} onClick={() => input && onPreview(input)} data-testid="preview-indicator">
        预览
      </Button>
    </Space>
  );
}
