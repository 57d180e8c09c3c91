import { useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Cascader, Form, Input, List, Radio, Result, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { Link } from 'react-router-dom';
import { CASE_KIND_LABELS } from '../../../../libs/common/src/vocabulary/cases';
import { idNumberValidator } from '../../../console/src/logic/id-number';
import { phoneValidator } from '../../../console/src/logic/registration';
import { PortalError, portalApi, type Captcha, type Place, type Receipt } from '../api';

const MAX_FILES = 5;

interface PlaceOption {
  value: string;
  label: string;
  children?: PlaceOption[];
}

/** The offices as a tree for the cascader, from the province down to the townships. */
function placeTree(places: readonly Place[]): PlaceOption[] {
  const byParent = new Map<string | null, Place[]>();
  for (const place of places) byParent.set(place.parentId, [...(byParent.get(place.parentId) ?? []), place]);
  const build = (parentId: string | null): PlaceOption[] =>
    (byParent.get(parentId) ?? []).map((place) => {
      const children = build(place.id);
      return { value: place.id, label: place.name, ...(children.length ? { children } : {}) };
    });
  return build(null);
}

interface PetitionForm {
  place: string[];
  kind: keyof typeof CASE_KIND_LABELS;
  title: string;
  content: string;
  name: string;
  idNumber: string;
  phone: string;
  address?: string;
  captchaAnswer?: string;
}

/** 我要写信: the petition form, and once kept, the query code to keep. */
export function SubmitPage() {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PetitionForm>();
  const [places, setPlaces] = useState<Place[]>([]);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [captcha, setCaptcha] = useState<Captcha | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const options = useMemo(() => placeTree(places), [places]);

  useEffect(() => {
    portalApi.places().then(setPlaces, (e: PortalError) => setError(e.message));
  }, []);

  const newCaptcha = () => portalApi.captcha().then(setCaptcha, (e: PortalError) => setError(e.message));

  const submit = async (values: PetitionForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const { place, captchaAnswer, ...rest } = values;
      const petition = { ...rest, officeId: place[place.length - 1], ...(captcha ? { captchaId: captcha.captchaId, captchaAnswer } : {}) };
      setReceipt(
        await portalApi.submit(
          petition,
          files.map((f) => f.originFileObj as File),
        ),
      );
      window.scrollTo(0, 0);
    } catch (e) {
      const refusal = e as PortalError;
      setError(refusal.message);
      if (refusal.details?.captchaRequired) {
        form.setFieldValue('captchaAnswer', '');
        await newCaptcha();
      }
    } finally {
      setSubmitting(false);
    }
  };

  if (receipt) {
    return (
      <Result
        status="success"
        title="您的信访事项已提交"
        subTitle={`受理机关：${receipt.officeName}`}
        extra={
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title="查询码（请妥善保存）">
              <div className="query-code" data-testid="query-code">
                {receipt.queryCode}
              </div>
              <Button
                style={{ marginTop: 12 }}
                onClick={() =>
                  navigator.clipboard?.writeText(receipt.queryCode).then(
                    () => message.success('查询码已复制'),
                    () => message.info('请手工抄写查询码'),
                  )
                }
              >
                复制查询码
              </Button>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                查询码只显示这一次，凭查询码和身份证号后四位查询办理进度。
              </Typography.Paragraph>
            </Card>
            <List header="接下来" bordered dataSource={receipt.nextSteps} renderItem={(line) => <List.Item>{line}</List.Item>} style={{ textAlign: 'left' }} />
            <Link to="/status">
              <Button type="primary" block>
                查询办理进度
              </Button>
            </Link>
          </Space>
        }
      />
    );
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="办理承诺"
        description="网上信访事项由所选地区的信访部门当天登记（非工作时间提交的，下一个工作日登记）；登记后 15 日内转送、交办有权处理的机关或告知您；受理后一般 60 日内办结答复。提交后您将获得查询码，凭查询码和身份证号后四位查询进度、查看告知书并评价。"
      />
      <Card title="我要写信">
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'CLAIM' }} scrollToFirstError>
          <Form.Item name="place" label="向哪里反映（选到乡镇、街道）" rules={[{ required: true, message: '请选择受理地区' }]}>
            <Cascader options={options} changeOnSelect placeholder="请选择地区" showSearch />
          </Form.Item>
          <Form.Item name="kind" label="信访事项类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Radio.Group optionType="button" options={Object.entries(CASE_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label="标题"
            rules={[
              { required: true, whitespace: true, message: '请填写标题' },
              { max: 200, message: '标题不超过 200 字' },
            ]}
          >
            <Input placeholder="一句话说明反映的问题" />
          </Form.Item>
          <Form.Item
            name="content"
            label="信访内容"
            rules={[
              { required: true, whitespace: true, message: '请填写信访内容' },
              { max: 20000, message: '内容不超过 20000 字' },
            ]}
          >
            <Input.TextArea rows={6} placeholder="事情的经过、您的诉求" showCount maxLength={20000} />
          </Form.Item>
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="公民身份号码"
            rules={[{ required: true, message: '请填写公民身份号码' }, { validator: idNumberValidator }]}
            validateTrigger={['onChange', 'onBlur']}
          >
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item
            name="phone"
            label="联系电话"
            rules={[{ required: true, message: '请填写联系电话' }, { validator: phoneValidator }]}
            validateTrigger="onBlur"
          >
            <Input inputMode="tel" autoComplete="tel" />
          </Form.Item>
          <Form.Item name="address" label="住址">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={`附件（最多 ${MAX_FILES} 个：照片、PDF、Word、Excel 等）`}>
            <Upload
              multiple
              fileList={files}
              maxCount={MAX_FILES}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
              accept=".pdf,.jpg,.jpeg,.png,.gif,.webp,.tif,.tiff,.heic,.doc,.docx,.xls,.xlsx,.wps,.et,.txt,.mp3,.m4a,.amr,.wav,.mp4"
            >
              <Button disabled={files.length >= MAX_FILES}>选择文件</Button>
            </Upload>
          </Form.Item>
          {captcha && (
            <Form.Item label="验证码" required>
              <Space className="captcha">
                <span dangerouslySetInnerHTML={{ __html: captcha.svg }} />
                <Button type="link" onClick={newCaptcha}>
                  换一张
                </Button>
              </Space>
              <Form.Item name="captchaAnswer" noStyle rules={[{ required: true, message: '请输入验证码' }]}>
                <Input placeholder="请输入图中字符" maxLength={8} style={{ marginTop: 8 }} />
              </Form.Item>
            </Form.Item>
          )}
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            提交
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
