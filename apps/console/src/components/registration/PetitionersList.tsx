import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { idNumberValidator } from '../../logic/id-number';
import { idNumberWhileTyping, phoneValidator, representativeProblemAt } from '../../logic/registration';

/** The most petitioners one registration takes (the server's limit). */
const MAX_PETITIONERS = 200;

/**
 * The petitioners of one registration, one row each: the ID number is checked as it is typed
 * (GB 11643 check character), the phone by its pattern, and a visit's sixth representative is
 * refused on the spot.
 */
export function PetitionersList() {
  return (
    <Form.List
      name="petitioners"
      rules={[
        {
          validator: (_, petitioners: unknown[] | undefined) => (petitioners?.length ? Promise.resolve() : Promise.reject(new Error('至少登记一名信访人'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} data-testid="petitioner" style={{ borderBottom: '1px dashed #d9d9d9', marginBottom: 12 }}>
              <Typography.Text strong>信访人 {index + 1}</Typography.Text>
              <Row gutter={12} align="top">
                <Col xs={24} md={5}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label="姓名"
                    rules={[
                      { required: true, whitespace: true, message: '请填写信访人姓名' },
                      { max: 100, message: '姓名不得超过 100 字' },
                    ]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'idNumber']}
                    label="身份证号码"
                    validateTrigger={['onChange', 'onBlur']}
                    rules={[
                      { validator: idNumberWhileTyping, validateTrigger: 'onChange' },
                      { validator: idNumberValidator, validateTrigger: 'onBlur' },
                    ]}
                  >
                    <Input maxLength={18} allowClear />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item name={[field.name, 'phone']} label="联系电话" rules={[{ validator: phoneValidator }]} validateTrigger="onBlur">
                    <Input maxLength={32} allowClear />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'email']} label="电子邮箱" rules={[{ type: 'email', message: '电子邮箱格式无效' }]} validateTrigger="onBlur">
                    <Input maxLength={254} allowClear />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item name={[field.name, 'address']} label="住址" rules={[{ max: 200, message: '住址不得超过 200 字' }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
              </Row>
              <Row justify="space-between" align="top">
                <Form.Item
                  name={[field.name, 'representative']}
                  valuePropName="checked"
                  dependencies={['channel']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: () => {
                        const problem = representativeProblemAt(getFieldValue('channel'), getFieldValue('petitioners') ?? [], index);
                        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Checkbox>代表</Checkbox>
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="link" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    删除此人
                  </Button>
                )}
              </Row>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_PETITIONERS} onClick={() => add({ representative: false })} block>
            添加信访人
          </Button>
        </>
      )}
    </Form.List>
  );
}
