import { useQuery } from '@apollo/client';
import { DatePicker, Form, Input, InputNumber, Radio, Select, TreeSelect, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { CaseActionLabel, CloseReasonLabel, DecisionOutcomeLabel, DeclineReasonLabel, OpinionResultLabel, RatingLabel, RouteModeLabel } from '../../gql/labels';
import { LEGAL_CHANNEL_REASONS, officeTree, type StepAction, type StepFormValues } from '../../logic/case-actions';
import { labelOptions } from '../../logic/label-options';

const RouteTargetsDocument = graphql(`
  query RouteTargets {
    tenants(first: 100) {
      edges {
        node {
          id
          name
          parentId
        }
      }
    }
  }
`);

const TargetUnitsDocument = graphql(`
  query TargetUnits($id: ID!) {
    tenant(id: $id) {
      id
      units(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

const ExtensionApproversDocument = graphql(`
  query ExtensionApprovers($caseId: ID!) {
    extensionApprovers(caseId: $caseId) {
      id
      name
    }
    case(id: $caseId) {
      id
      extensionLimitDays
    }
  }
`);

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** A date field whose form value is the ISO day the API takes (the picker works with dayjs). */
function DateItem({ name, label, message }: { name: keyof StepFormValues; label: string; message: string }) {
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message }]}
      getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
      normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
    >
      <DatePicker />
    </Form.Item>
  );
}

function RouteFields({ form }: { form: FormInstance<StepFormValues> }) {
  const mode = Form.useWatch('mode', form);
  const tenantId = Form.useWatch('tenantId', form);
  const targets = useQuery(RouteTargetsDocument, { fetchPolicy: 'cache-first' });
  const units = useQuery(TargetUnitsDocument, { variables: { id: tenantId ?? '' }, skip: !tenantId });
  const tree = officeTree(targets.data?.tenants.edges.map(({ node }) => node) ?? []);
  return (
    <>
      <Form.Item name="mode" label="方式" initialValue="TRANSFER" rules={[{ required: true, message: '请选择转送或交办' }]}>
        <Radio.Group options={labelOptions(RouteModeLabel)} />
      </Form.Item>
      <Form.Item name="tenantId" label="目标机构" rules={[{ required: true, message: '请选择目标机构' }]}>
        <TreeSelect
          treeData={tree}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          placeholder="本机构或本辖区内的下级机构"
          loading={targets.loading}
          onChange={() => form.setFieldValue('unitId', undefined)}
        />
      </Form.Item>
      <Form.Item name="unitId" label="承办单位" extra="不选时由目标机构签收后再分办">
        <Select
          allowClear
          disabled={!tenantId}
          loading={units.loading}
          placeholder="请选择单位"
          options={units.data?.tenant.units.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
        />
      </Form.Item>
      {mode === 'ASSIGN' && <DateItem name="completionReportDue" label="办结报告报送日期" message="交办须设定办结报告报送日期" />}
    </>
  );
}

function DeclineFields({ form }: { form: FormInstance<StepFormValues> }) {
  const reason = Form.useWatch('declineReason', form);
  return (
    <>
      <Form.Item name="declineReason" label="不予受理理由" rules={[{ required: true, message: '请选择理由' }]}>
        <Select options={labelOptions(DeclineReasonLabel)} placeholder="请选择" />
      </Form.Item>
      {reason && LEGAL_CHANNEL_REASONS.has(reason) && (
        <Form.Item name="target" label="导入的法定途径或机关" rules={required('请写明导入的途径或机关')}>
          <Input placeholder="如：某某区人民法院" />
        </Form.Item>
      )}
      <Form.Item name="note" label="说明" rules={reason === 'OTHER' ? required('理由为“其他原因”时须写明说明') : []}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

function ExtendFields({ caseId }: { caseId: string }) {
  const approvers = useQuery(ExtensionApproversDocument, { variables: { caseId }, fetchPolicy: 'network-only' });
  const list = approvers.data?.extensionApprovers ?? [];
  return (
    <>
      <Form.Item name="days" label="延长天数" rules={[{ required: true, message: '请填写延长天数' }]}>
        <InputNumber min={1} max={approvers.data?.case?.extensionLimitDays} precision={0} addonAfter="日" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="reason" label="延期理由（告知信访人）" rules={required('请填写延期理由')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="approverId"
        label="批准领导"
        rules={[{ required: true, message: '请选择批准延期的领导' }]}
        extra={!approvers.loading && list.length === 0 ? '办理机构尚无领导账号，无法批准延期' : undefined}
      >
        <Select loading={approvers.loading} placeholder="办理机构的领导" options={list.map((leader) => ({ value: leader.id, label: leader.name }))} />
      </Form.Item>
    </>
  );
}

function OpinionFields({ withResult }: { withResult: boolean }) {
  return (
    <>
      {withResult && (
        <Form.Item name="result" label="对原意见" rules={[{ required: true, message: '请选择维持、变更或撤销' }]}>
          <Radio.Group options={labelOptions(OpinionResultLabel)} />
        </Form.Item>
      )}
      <Form.Item name="outcome" label="结论" rules={[{ required: true, message: '请选择结论' }]}>
        <Radio.Group options={labelOptions(DecisionOutcomeLabel)} />
      </Form.Item>
      <Form.Item name="text" label="意见书正文" rules={required('请填写意见书正文')}>
        <Input.TextArea rows={5} />
      </Form.Item>
    </>
  );
}

/** The fields of one step's form; a step without input asks for confirmation only. */
export function StepFields({ action, form, caseId }: { action: StepAction; form: FormInstance<StepFormValues>; caseId: string }) {
  switch (action) {
    case 'ROUTE':
      return <RouteFields form={form} />;
    case 'OBJECT':
    case 'REPORT_UP':
      return (
        <Form.Item name="reason" label="理由" rules={required('请填写理由')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      );
    case 'DECLINE':
      return <DeclineFields form={form} />;
    case 'EXTEND':
      return <ExtendFields caseId={caseId} />;
    case 'RECORD_HEARING':
      return (
        <>
          <DateItem name="from" label="听证开始日期" message="请填写听证开始日期" />
          <DateItem name="to" label="听证结束日期" message="请填写听证结束日期" />
        </>
      );
    case 'DECIDE':
      return <OpinionFields withResult={false} />;
    case 'DECIDE_REVIEW':
    case 'DECIDE_REEXAMINATION':
      return <OpinionFields withResult />;
    case 'SEND_BACK':
      return (
        <>
          <Form.Item name="reason" label="退回理由" rules={required('请填写退回理由')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <DateItem name="completionReportDue" label="重新报送办结报告日期" message="请填写重新报送日期" />
        </>
      );
    case 'RATE':
      return (
        <Form.Item name="rating" label="满意度" rules={[{ required: true, message: '请选择评价' }]}>
          <Radio.Group options={labelOptions(RatingLabel)} />
        </Form.Item>
      );
    case 'CLOSE':
      return (
        <Form.Item name="closeReason" label="办结原因" rules={[{ required: true, message: '请选择办结原因' }]}>
          <Radio.Group options={labelOptions(CloseReasonLabel)} />
        </Form.Item>
      );
    case 'RECEIVE':
    case 'ACCEPT':
    case 'DELIVER':
    case 'SUBMIT_COMPLETION_REPORT':
    case 'REQUEST_REVIEW':
    case 'REQUEST_REEXAMINATION':
      return <Typography.Paragraph>确认对本事项执行“{CaseActionLabel[action]}”？</Typography.Paragraph>;
  }
}
