import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import { conferenceFormValues, convenorOptions, establishConferenceInput, updateConferenceInput, type ConferenceFormValues } from '../../logic/conference';
import { FailureAlert, useModalSubmission } from './FailureAlert';
import { useConferenceChoices } from './useConferenceChoices';

const EstablishConferenceDocument = graphql(`
  mutation EstablishConference($input: EstablishConferenceInput!) {
    establishConference(input: $input) {
      id
      version
    }
  }
`);

const UpdateConferenceDocument = graphql(`
  mutation UpdateConference($input: UpdateConferenceInput!) {
    updateConference(input: $input) {
      id
      version
    }
  }
`);

interface EditedConference {
  version: number;
  establishedOn: string;
  officeUnitId: string;
  convenors: readonly { userId: string; title: string }[];
}

const refetch = { refetchQueries: ['ConferenceOverview'], awaitRefetchQueries: true };

/**
 * 成立联席会议 (no `conference`) or 修改 it: date, the office (one of the office's units) and the
 * convenors (its leaders, each with a title). An edit sends the version read; when someone else
 * changed it meanwhile, the API's message shows with 刷新.
 */
export function ConferenceFormModal({ conference, open, onClose }: { conference: EditedConference | null; open: boolean; onClose(): void }) {
  const [form] = Form.useForm<ConferenceFormValues>();
  const client = useApolloClient();
  const choices = useConferenceChoices(open);
  const [establish, established] = useMutation(EstablishConferenceDocument, refetch);
  const [update, updated] = useMutation(UpdateConferenceDocument, refetch);
  const { failure, run, close } = useModalSubmission(onClose);

  const submit = (values: ConferenceFormValues) =>
    run(() =>
      conference
        ? update({ variables: { input: updateConferenceInput(values, conference.version) } })
        : establish({ variables: { input: establishConferenceInput(values) } }),
    );
  const initialValues = conference ? conferenceFormValues(conference) : { establishedOn: dayjs().format('YYYY-MM-DD'), convenors: [{ title: '主要召集人' }] };

  return (
    <Modal
      open={open}
      title={conference ? '修改联席会议' : '成立联席会议'}
      okText={conference ? '保存' : '成立'}
      cancelText="取消"
      confirmLoading={established.loading || updated.loading}
      okButtonProps={{ disabled: failure?.conflict }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
      width={640}
    >
      <FailureAlert
        failure={failure}
        onRefresh={() => {
          // The page reads the conference again and the form closes once it has: reopened, it edits the current version.
          void client.refetchQueries({ include: ['ConferenceOverview'] }).finally(close);
        }}
      />
      {choices.error && <Alert type="error" showIcon message={choices.error} style={{ marginBottom: 12 }} />}
      <Form<ConferenceFormValues>
        form={form}
        name="conference"
        layout="vertical"
        preserve={false}
        clearOnDestroy
        initialValues={initialValues}
        onFinish={submit}
      >
        <Form.Item
          name="establishedOn"
          label="成立日期"
          rules={[{ required: true, message: '请选择成立日期' }]}
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : null })}
          normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="officeUnitId" label="联席会议办公室" rules={[{ required: true, message: '请选择联席会议办公室' }]}>
          <Select loading={choices.loading} options={choices.units.map((unit) => ({ value: unit.id, label: unit.name }))} placeholder="本机构的单位" />
        </Form.Item>
        <Form.List name="convenors">
          {(fields, { add, remove }) => (
            <Form.Item label="召集人" required>
              {fields.map((field, index) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, 'userId']} rules={[{ required: true, message: '请选择领导' }]}>
                    <Select
                      aria-label={`召集人${index + 1}`}
                      style={{ width: 220 }}
                      loading={choices.loading}
                      options={convenorOptions(choices.staff)}
                      placeholder="本机构的领导"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={[{ max: 20, message: '职务不超过 20 字' }]}>
                    <Input aria-label={`召集人${index + 1}职务`} style={{ width: 160 }} placeholder="职务，如主要召集人" />
                  </Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(field.name)}>移除</Button>}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ title: '召集人' })}>
                增加召集人
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
