import { useMutation, useQuery, type ApolloError } from '@apollo/client';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Tag, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PetitionersList } from '../components/registration/PetitionersList';
import { RepeatCandidatesPanel } from '../components/registration/RepeatCandidatesPanel';
import { JurisdictionUnitsDocument, ReceptionsOfDayDocument, RegisterCaseDocument } from '../components/registration/operations';
import { useRegistrationChoices } from '../components/registration/useRegistrationChoices';
import type { CaseKind, Channel } from '../gql/graphql';
import { CaseKindLabel, ChannelLabel } from '../gql/labels';
import {
  effectivePersonCount,
  isCollective,
  personCountProblem,
  registerCaseInput,
  registrationRefusalOf,
  repeatQueryOf,
  type RegistrationRefusal,
  type RegistrationValues,
  type RepeatChoice,
} from '../logic/registration';
import { useSession } from '../session/session';
import { NotFoundPage } from './NotFoundPage';

/** The channels in the order a reception desk meets them. */
const CHANNELS: Channel[] = ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'VIDEO', 'HOTLINE'];
const KINDS: CaseKind[] = ['SUGGESTION', 'ACCUSATION', 'CLAIM'];

const NO_REFUSAL: RegistrationRefusal = { repeat: null, fields: [], message: null };

/**
 * 登记: a clerk records a new petition from any channel, with its petitioners, while the repeat
 * check runs beside the form; the server's answer (refusals included) is shown where it belongs.
 */
export function RegisterCasePage() {
  const { user } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegistrationValues>();
  const choices = useRegistrationChoices();
  const [choice, setChoice] = useState<RepeatChoice>({ kind: 'none' });
  const [refusal, setRefusal] = useState<RegistrationRefusal>(NO_REFUSAL);
  const [register, { loading: saving }] = useMutation(RegisterCaseDocument);

  const values = Form.useWatch([], form) as RegistrationValues | undefined;
  const channel = values?.channel;
  const kind = values?.kind;
  const jurisdiction = values?.problemJurisdictionId;
  const petitionerCount = (values?.petitioners ?? []).filter(Boolean).length;
  const personCount = effectivePersonCount(values?.personCount, petitionerCount);
  const repeatQuery = useMemo(() => repeatQueryOf(values ?? {}), [values]);

  const officeId = user?.tenantId ?? '';
  const today = dayjs().format('YYYY-MM-DD');
  const units = useQuery(JurisdictionUnitsDocument, { variables: { tenantId: jurisdiction ?? '' }, skip: kind !== 'ACCUSATION' || !jurisdiction });
  const receptions = useQuery(ReceptionsOfDayDocument, { variables: { tenantId: officeId, day: today }, skip: channel !== 'VISIT' || !officeId });
  // The API lists the subtree's receptions; a case is registered against its own office's only.
  const receptionOptions = (receptions.data?.receptions.edges ?? [])
    .map((edge) => edge.node)
    .filter((reception) => reception.tenantId === officeId)
    .map((reception) => ({ value: reception.id, label: `${reception.leaderName}接访${reception.place ? `（${reception.place}）` : ''}` }));
  const unitOptions = (units.data?.tenant.units.edges ?? []).map((edge) => ({ value: edge.node.id, label: edge.node.name }));

  if (!user?.roles.includes('REGISTRAR')) return <NotFoundPage title="登记信访事项需要登记员角色" />;

  const chooseRepeat = (next: RepeatChoice) => {
    setChoice(next);
    setRefusal((current) => ({ ...current, repeat: null }));
  };

  const submit = async (submitted: RegistrationValues) => {
    setRefusal(NO_REFUSAL);
    try {
      const { data } = await register({ variables: { input: registerCaseInput(submitted, choice) } });
      if (!data) return;
      message.success(`登记成功，编号 ${data.registerCase.number}`);
      navigate(`/cases/${data.registerCase.id}`);
    } catch (failure) {
      const first = (failure as ApolloError).graphQLErrors?.[0];
      const sorted = registrationRefusalOf(first ? { message: first.message, extensions: first.extensions } : undefined);
      setRefusal(sorted);
      // Paths of the form's own fields: `formFieldOf` keeps no other.
      form.setFields(sorted.fields.map((field) => ({ name: field.name, errors: field.errors })) as Parameters<typeof form.setFields>[0]);
    }
  };

  return (
    <Row gutter={16} align="top">
      <Col xs={24} xl={16}>
        <Form<RegistrationValues>
          form={form}
          layout="vertical"
          initialValues={{ problemJurisdictionId: officeId, petitioners: [{ representative: false }] }}
          onValuesChange={(changed: Partial<RegistrationValues>) => {
            // Units belong to one jurisdiction: another jurisdiction voids the accused unit chosen.
            if ('problemJurisdictionId' in changed) form.setFieldValue('accusedUnitId', undefined);
          }}
          onFinish={submit}
          scrollToFirstError
        >
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {choices.error && <Alert type="error" showIcon message={choices.error} />}
            <Card title="信访事项" size="small">
              <Form.Item name="channel" label="渠道" rules={[{ required: true, message: '请选择信访渠道' }]}>
                <Radio.Group optionType="button" options={CHANNELS.map((value) => ({ value, label: ChannelLabel[value] }))} />
              </Form.Item>
              <Form.Item name="kind" label="分类" rules={[{ required: true, message: '请选择信访事项分类' }]}>
                <Radio.Group options={KINDS.map((value) => ({ value, label: CaseKindLabel[value] }))} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="categoryId" label="内容分类" rules={[{ required: true, message: '请选择内容分类' }]}>
                    <TreeSelect
                      showSearch
                      treeNodeFilterProp="title"
                      treeNodeLabelProp="fullName"
                      treeData={choices.categories}
                      loading={choices.loading}
                      placeholder="输入关键字查找，如“物业”"
                      listHeight={360}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="problemJurisdictionId" label="问题属地" rules={[{ required: true, message: '请选择问题属地' }]}>
                    <TreeSelect showSearch treeNodeFilterProp="title" treeData={choices.offices} treeDefaultExpandAll loading={choices.loading} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
                <Input maxLength={200} showCount placeholder="一句话概括反映的问题" />
              </Form.Item>
              <Form.Item name="content" label="信访内容" rules={[{ required: true, whitespace: true, message: '请填写信访内容' }]}>
                <Input.TextArea rows={5} maxLength={20_000} showCount />
              </Form.Item>
              {kind === 'ACCUSATION' && (
                <Form.Item name="accusedUnitId" label="被检举控告单位" extra="检举控告材料及信访人身份信息不得透露给被检举控告的人员和单位。">
                  <Select allowClear showSearch optionFilterProp="label" options={unitOptions} loading={units.loading} placeholder="问题属地的单位" />
                </Form.Item>
              )}
            </Card>

            <Card
              title="信访人"
              size="small"
              extra={
                <Space>
                  <span>共 {personCount} 人次</span>
                  {isCollective(personCount) && <Tag color="purple">集体访</Tag>}
                </Space>
              }
            >
              <PetitionersList />
              <Form.Item
                name="personCount"
                label="人次"
                extra="不填则按登记的信访人数计；5 人次以上为集体访，来访的集体访至多推选 5 名代表。"
                style={{ marginTop: 16 }}
                dependencies={['petitioners']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: number | null | undefined) => {
                      const problem = personCountProblem(value, (getFieldValue('petitioners') ?? []).filter(Boolean).length);
                      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <InputNumber min={1} max={100_000} precision={0} style={{ width: 160 }} />
              </Form.Item>
            </Card>

            <Card title="包案与接访" size="small">
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="leaderOwnerId" label="包案领导">
                    <Select
                      allowClear
                      options={choices.leaders}
                      loading={choices.loading}
                      disabled={!choices.loading && !choices.leaders.length}
                      placeholder={!choices.loading && !choices.leaders.length ? '本机构暂无领导账号' : '不指定'}
                    />
                  </Form.Item>
                </Col>
                {channel === 'VISIT' && (
                  <Col xs={24} md={12}>
                    <Form.Item name="receptionId" label={`领导接访日（${today}）`}>
                      <Select
                        allowClear
                        options={receptionOptions}
                        loading={receptions.loading}
                        disabled={!receptions.loading && !receptionOptions.length}
                        placeholder={!receptions.loading && !receptionOptions.length ? '今日本机构没有领导接访安排' : '不是领导接访日登记的，不选'}
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>

            {refusal.message && <Alert type="error" showIcon message={refusal.message} data-testid="register-error" />}
            <Space>
              <Button type="primary" htmlType="submit" loading={saving}>
                登记
              </Button>
              <Typography.Text type="secondary">登记后进入该事项页面，可转送、交办。</Typography.Text>
            </Space>
          </Space>
        </Form>
      </Col>
      <Col xs={24} xl={8} style={{ position: 'sticky', top: 16 }}>
        <RepeatCandidatesPanel query={repeatQuery} choice={choice} onChoice={chooseRepeat} refusal={refusal.repeat} />
      </Col>
    </Row>
  );
}
