import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Typography } from 'antd';
import { graphql } from '../../gql';
import type { AssessmentItemKind, BelowMinimumRule, ScoringRuleKind } from '../../gql/graphql';
import { AssessmentItemKindLabel, BelowMinimumRuleLabel, ScoringRuleKindLabel } from '../../gql/labels';
import { builtSchemeInput, parseNumberList, RULE_FIELDS, type ItemForm } from '../../logic/assessment';
import { labelOptions } from '../../logic/label-options';

const IndicatorLibraryDocument = graphql(`
  query IndicatorLibrary {
    indicatorLibrary { code name kind formula }
  }
`);

const BuildAssessmentSchemeDocument = graphql(`
  mutation BuildAssessmentScheme($input: CreateSchemeInput!) {
    createAssessmentScheme(input: $input) { id }
  }
`);

/** An item as the form holds it: the rank table typed as text. */
type ItemValues = Omit<ItemForm, 'rule'> & { rule: ItemForm['rule'] & { tableText?: string } };

interface BuilderValues {
  name: string;
  year: number;
  targetLevel?: string;
  items: ItemValues[];
}


/** The fields of one rule kind, shown in the item's rule section. */
function RuleSection({ name, kind }: { name: number; kind: ScoringRuleKind | undefined }) {
  const shown = new Set(kind ? RULE_FIELDS[kind] : []);
  return (
    <Space wrap>
      {shown.has('floor') && (
        <Form.Item name={[name, 'rule', 'floor']} label="得 0 分的比率" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={0} max={1} step={0.05} />
        </Form.Item>
      )}
      {shown.has('target') && (
        <Form.Item name={[name, 'rule', 'target']} label="得满分的比率" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={0} max={1} step={0.05} />
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
        <Form.Item name={[name, 'rule', 'otherwise']} label="超出各档时得分">
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('table') && (
        <Form.Item name={[name, 'rule', 'tableText']} label="各名次得分" rules={[{ validator: (_, text) => (parseNumberList(text) ? Promise.resolve() : Promise.reject(new Error('请按名次填写分数，以逗号分隔'))) }]}>
          <Input placeholder="10, 8, 6" />
        </Form.Item>
      )}
      {shown.has('higherIsBetter') && (
        <Form.Item name={[name, 'rule', 'higherIsBetter']} label="数值越高排名越前" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {shown.has('minimum') && (
        <Form.Item name={[name, 'rule', 'minimum']} label="末位得分">
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('min') && (
        <Form.Item name={[name, 'rule', 'min']} label="最低分">
          <InputNumber />
        </Form.Item>
      )}
      {shown.has('max') && (
        <Form.Item name={[name, 'rule', 'max']} label="最高分">
          <InputNumber />
        </Form.Item>
      )}
    </Space>
  );
}

/** 从指标库逐项新建: each item an indicator of the library (its formula shown) or a manual item, with its rule, limits and minimum denominator. */
export function SchemeBuilder({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<BuilderValues>();
  const library = useQuery(IndicatorLibraryDocument, { skip: !open });
  const [create, created] = useMutation(BuildAssessmentSchemeDocument);
  const indicators = library.data?.indicatorLibrary ?? [];
  const items = Form.useWatch('items', form) ?? [];
  const total = items.filter((item) => item?.kind === 'REGULAR').reduce((sum, item) => sum + (item?.points ?? 0), 0);

  const submit = async (values: BuilderValues) => {
    const forms: ItemForm[] = values.items.map(({ rule: { tableText, ...rule }, ...item }) => ({
      ...item,
      rule: { ...rule, table: rule.kind === 'RANK' ? parseNumberList(tableText) : null },
    }));
    const result = await create({ variables: { input: builtSchemeInput({ ...values, items: forms }) } }).catch(() => null);
    const id = result?.data?.createAssessmentScheme.id;
    if (id) onCreated(id);
  };

  return (
    <Modal open={open} title="从指标库逐项新建考核方案" okText="新建" cancelText="取消" width={960} confirmLoading={created.loading} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {created.error && <Alert type="error" showIcon message={created.error.graphQLErrors[0]?.message ?? '新建失败，请稍后再试'} style={{ marginBottom: 16 }} />}
      <Form<BuilderValues> form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ year: new Date().getFullYear(), items: [] }}>
        <Space>
          <Form.Item name="name" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}>
            <Input maxLength={100} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="year" label="考核年度" rules={[{ required: true, message: '请填写考核年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Space>
        <Form.List name="items" rules={[{ validator: (_, list) => (list?.length ? Promise.resolve() : Promise.reject(new Error('请至少添加一个考核项'))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => {
                const item = items[field.name];
                const indicator = indicators.find((candidate) => candidate.code === item?.libraryIndicator);
                const manual = item?.rule?.kind === 'MANUAL';
                return (
                  <Card key={field.key} size="small" title={`考核项 ${field.name + 1}`} extra={<Button onClick={() => remove(field.name)}>删除</Button>}>
                    <Space wrap>
                      <Form.Item name={[field.name, 'code']} label="代码" rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]*$/, message: '大写字母、数字、下划线' }]}>
                        <Input style={{ width: 160 }} />
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
                        <Select<ScoringRuleKind> style={{ width: 180 }} options={labelOptions(ScoringRuleKindLabel)} />
                      </Form.Item>
                    </Space>
                    {!manual && (
                      <Form.Item name={[field.name, 'libraryIndicator']} label="指标" rules={[{ required: true, message: '请选择指标' }]} extra={indicator?.formula}>
                        <Select
                          showSearch
                          optionFilterProp="label"
                          loading={library.loading}
                          options={indicators.map((candidate) => ({ value: candidate.code, label: candidate.name }))}
                          onChange={(code: string) => {
                            const chosen = indicators.find((candidate) => candidate.code === code);
                            if (chosen && !item?.name) form.setFieldValue(['items', field.name, 'name'], chosen.name);
                          }}
                        />
                      </Form.Item>
                    )}
                    <RuleSection name={field.name} kind={item?.rule?.kind} />
                    <Space wrap>
                      {!manual && (
                        <Form.Item name={[field.name, 'minDenominator']} label="最低分母">
                          <InputNumber min={1} precision={0} />
                        </Form.Item>
                      )}
                      {!manual && item?.minDenominator != null && (
                        <Form.Item name={[field.name, 'belowMinimum']} label="分母不足时">
                          <Select<BelowMinimumRule> style={{ width: 280 }} options={labelOptions(BelowMinimumRuleLabel)} />
                        </Form.Item>
                      )}
                      <Form.Item name={[field.name, 'cap']} label="得分上限">
                        <InputNumber />
                      </Form.Item>
                      <Form.Item name={[field.name, 'floor']} label="得分下限">
                        <InputNumber />
                      </Form.Item>
                    </Space>
                  </Card>
                );
              })}
              <Button onClick={() => add({ kind: 'REGULAR', points: 10, rule: { kind: 'RATE_TIMES_POINTS' } })}>添加考核项</Button>
              <Form.ErrorList errors={errors} />
              <Typography.Text type="secondary">方案总分 {total} 分（考核项分值之和，加分项、扣分项不计入）</Typography.Text>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
