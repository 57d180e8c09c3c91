import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { CalendarSettingsQuery, CaseStage, HolidayOverrideKind } from '../../gql/graphql';
import { DayCountingLabel, HolidayOverrideKindLabel } from '../../gql/labels';
import { calendarFormOf, calendarSettingsInput, leadDaysText, type CalendarForm } from '../../logic/admin';
import { labelOptions } from '../../logic/label-options';

const CalendarSettingsDocument = graphql(`
  query CalendarSettings($tenantId: ID!) {
    calendarSettings(tenantId: $tenantId) {
      tenantId
      dayCounting
      tightenings {
        stage
        days
      }
      declaredYears
      reminderLeadDays
      effectiveReminderLeadDays
      version
      effectiveRules {
        stage
        name
        statutoryDays
        days
        unit
        article
        tightened
      }
    }
  }
`);

const UpdateCalendarSettingsDocument = graphql(`
  mutation UpdateCalendarSettings($input: UpdateCalendarSettingsInput!) {
    updateCalendarSettings(input: $input) {
      tenantId
      version
    }
  }
`);

const HolidayOverridesDocument = graphql(`
  query HolidayOverrides($tenantId: ID!, $year: Int!) {
    holidayOverrides(tenantId: $tenantId, year: $year) {
      id
      tenantId
      date
      kind
      name
    }
  }
`);

const AddHolidayOverrideDocument = graphql(`
  mutation AddHolidayOverride($input: AddHolidayOverrideInput!) {
    addHolidayOverride(input: $input) {
      id
    }
  }
`);

const RemoveHolidayOverrideDocument = graphql(`
  mutation RemoveHolidayOverride($id: ID!) {
    removeHolidayOverride(id: $id) {
      id
    }
  }
`);

type Rule = CalendarSettingsQuery['calendarSettings']['effectiveRules'][number];
/** Adjustments are set for the years around now: last year's for late corrections, the next two ahead of time. */
const yearOptions = (thisYear: number) => [-1, 0, 1, 2].map((offset) => ({ value: thisYear + offset, label: `${thisYear + offset} 年` }));
const LEAD_DAY_OPTIONS = Array.from({ length: 30 }, (_, i) => ({ value: i + 1, label: `${i + 1} 日` }));
const errorText = (error: { graphQLErrors: readonly { message: string }[] } | undefined, fallback: string) =>
  error ? (error.graphQLErrors[0]?.message ?? fallback) : null;

/** The office's periods (only tighter than the statute; the API refuses the rest) and reminder leads. */
function SettingsCard({ tenantId }: { tenantId: string }) {
  const { data, loading, error } = useQuery(CalendarSettingsDocument, { variables: { tenantId } });
  const [update, updated] = useMutation(UpdateCalendarSettingsDocument, { refetchQueries: ['CalendarSettings'], awaitRefetchQueries: true });
  const [form] = Form.useForm<CalendarForm>();
  const [saved, setSaved] = useState(false);
  const settings = data?.calendarSettings;
  const inherit = Form.useWatch('inheritReminders', form);
  useEffect(() => {
    if (settings) form.setFieldsValue(calendarFormOf(settings));
  }, [settings, form]);

  const submit = async (values: CalendarForm) => {
    if (!settings) return;
    setSaved(false);
    const result = await update({ variables: { input: calendarSettingsInput(settings, values) } }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <Card size="small" title="期限设置" style={{ marginBottom: 16 }} loading={loading && !settings}>
      {error && <Alert type="error" showIcon message={errorText(error, '加载失败，请稍后再试')} style={{ marginBottom: 12 }} />}
      {updated.error && (
        <Alert type="error" showIcon message={errorText(updated.error, '保存失败，请稍后再试')} style={{ marginBottom: 12 }} data-testid="calendar-error" />
      )}
      {saved && <Alert type="success" showIcon message="期限设置已保存" style={{ marginBottom: 12 }} />}
      {settings && (
        <Form form={form} onFinish={submit}>
          <Table<Rule>
            rowKey="stage"
            size="small"
            pagination={false}
            dataSource={settings.effectiveRules}
            columns={[
              { title: '环节', dataIndex: 'name' },
              { title: '条例依据', dataIndex: 'article' },
              { title: '法定期限', dataIndex: 'statutoryDays', render: (days?: number | null) => (days == null ? '—' : `${days} 日`) },
              {
                title: '实际适用',
                key: 'effective',
                render: (_, rule) => (
                  <Space>
                    {rule.days == null ? '—' : `${rule.days} 日`}
                    <Typography.Text type="secondary">{DayCountingLabel[rule.unit].replace(/（.*）/, '')}</Typography.Text>
                    {rule.tightened && <Tag color="orange">已缩短</Tag>}
                  </Space>
                ),
              },
              {
                title: '本级缩短为（日）',
                key: 'own',
                render: (_, rule) => (
                  <Form.Item name={['tightenings', rule.stage as CaseStage]} noStyle>
                    <InputNumber min={0} max={365} placeholder="不缩短" aria-label={`${rule.name}本级缩短为`} />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Space align="baseline" style={{ marginTop: 16 }} wrap>
            <Form.Item name="inheritReminders" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox>提醒沿用上级设定</Checkbox>
            </Form.Item>
            <Form.Item name="reminderLeadDays" label="届满前提醒" style={{ marginBottom: 0 }}>
              <Select mode="multiple" disabled={inherit} style={{ minWidth: 220 }} options={LEAD_DAY_OPTIONS} placeholder="不提醒" />
            </Form.Item>
            <Typography.Text data-testid="effective-leads">现行：{leadDaysText(settings.effectiveReminderLeadDays)}</Typography.Text>
            <Button type="primary" htmlType="submit" loading={updated.loading}>
              保存期限设置
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

interface OverrideForm {
  date: string;
  kind: HolidayOverrideKind;
  name: string;
}

/** The holiday and make-up workday adjustments of a year: those the office set, removable, and those from above. */
function OverridesCard({ tenantId }: { tenantId: string }) {
  const [thisYear] = useState(() => new Date().getFullYear());
  const [year, setYear] = useState(thisYear);
  const { data, loading, error } = useQuery(HolidayOverridesDocument, { variables: { tenantId, year } });
  const refetch = { refetchQueries: ['HolidayOverrides', 'CalendarSettings'], awaitRefetchQueries: true };
  const [add, added] = useMutation(AddHolidayOverrideDocument, refetch);
  const [remove, removed] = useMutation(RemoveHolidayOverrideDocument, refetch);
  const [form] = Form.useForm<OverrideForm>();

  const submit = async (values: OverrideForm) => {
    const result = await add({ variables: { input: { tenantId, date: values.date, kind: values.kind, name: values.name.trim() } } }).catch(() => null);
    if (!result?.data) return;
    form.resetFields();
    setYear(Number(values.date.slice(0, 4)));
  };

  return (
    <Card
      size="small"
      title="节假日调整"
      extra={
        <Space>
          年份
          <Select aria-label="年份" style={{ width: 100 }} value={year} onChange={setYear} options={yearOptions(thisYear)} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={errorText(error, '加载失败，请稍后再试')} style={{ marginBottom: 12 }} />}
      {(added.error ?? removed.error) && (
        <Alert
          type="error"
          showIcon
          message={errorText(added.error ?? removed.error, '操作失败，请稍后再试')}
          style={{ marginBottom: 12 }}
          data-testid="override-error"
        />
      )}
      <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item
          name="date"
          label="日期"
          rules={[{ required: true, message: '请选择日期' }]}
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select style={{ width: 200 }} options={labelOptions(HolidayOverrideKindLabel)} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input placeholder="如：地方民族节日" style={{ width: 200 }} maxLength={50} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={added.loading}>
          新增调整
        </Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.holidayOverrides ?? []}
        locale={{ emptyText: `${year} 年暂无调整` }}
        columns={[
          { title: '日期', dataIndex: 'date' },
          { title: '类别', dataIndex: 'kind', render: (kind: HolidayOverrideKind) => HolidayOverrideKindLabel[kind] },
          { title: '名称', dataIndex: 'name' },
          {
            title: '设定',
            key: 'owner',
            render: (_, row) =>
              row.tenantId === tenantId ? (
                <Popconfirm
                  title={`删除 ${row.date} 的调整？`}
                  description="未届满的期限将重新计算"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove({ variables: { id: row.id } }).catch(() => null)}
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              ) : (
                <Tag>上级设定</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** 期限与节假日 of one office. */
export function CalendarPanel({ tenantId }: { tenantId: string }) {
  return (
    <>
      <SettingsCard tenantId={tenantId} />
      <OverridesCard tenantId={tenantId} />
    </>
  );
}
