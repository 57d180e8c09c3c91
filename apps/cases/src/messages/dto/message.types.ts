import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf } from '#common/graphql';
import { MESSAGE_KIND_LABELS, MessageChannel, MessageKind, MessageStatus, PLACEHOLDERS } from '../domain/index.js';

registerEnumType(MessageChannel, {
  name: 'MessageChannel',
  description: '通知渠道',
  valuesMap: { SMS: { description: '短信' }, EMAIL: { description: '电子邮件' } },
});
registerEnumType(MessageStatus, {
  name: 'MessageStatus',
  description: '通知状态',
  valuesMap: { QUEUED: { description: '待发送（含重试中）' }, SENT: { description: '已发送' }, FAILED: { description: '发送失败（重试用尽）' } },
});
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description: '通知类型（对应办理环节）',
  valuesMap: Object.fromEntries(Object.entries(MESSAGE_KIND_LABELS).map(([k, label]) => [k, { description: label }])),
});

@ObjectType('PetitionerMessage', { description: '发给信访人的通知（短信/电子邮件）；号码脱敏显示' })
export class PetitionerMessage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field({ description: '信访事项编号' })
  caseNumber: string;

  @Field(() => MessageKind)
  kind: MessageKind;

  @Field(() => MessageChannel)
  channel: MessageChannel;

  @Field({ description: '收件信访人姓名' })
  petitionerName: string;

  @Field({ description: '收件号码或邮箱（脱敏）' })
  recipient: string;

  @Field({ description: '通知全文（含签名）' })
  body: string;

  @Field(() => MessageStatus)
  status: MessageStatus;

  @Field({ description: '由开发收件箱接收（未经真实网关发出）' })
  sentToDevInbox: boolean;

  @Field(() => Int, { description: '已尝试发送次数' })
  attempts: number;

  @Field(() => String, { nullable: true, description: '最近一次失败的原因' })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;
}

export const PetitionerMessageConnection = ConnectionOf(PetitionerMessage, 'PetitionerMessage');

@ObjectType('MessagePlaceholder', { description: '通知模板可用的占位符' })
export class MessagePlaceholder {
  @Field({ description: '写作 {名称}' })
  name: string;

  @Field()
  description: string;
}

@ObjectType('MessageTemplate', { description: '通知模板：本机构或最近的上级机构的最新版本，均无时为系统默认（版本 0）' })
export class MessageTemplate {
  @Field(() => MessageKind)
  kind: MessageKind;

  @Field({ description: '模板正文（发送时前加【机构名称】签名）' })
  text: string;

  @Field(() => Int, { description: '版本；0 为系统默认' })
  version: number;

  @Field(() => String, { nullable: true, description: '模板所属机构；系统默认时为空' })
  ownerTenantName: string | null;

  @Field({ description: '是否为本机构自己的模板（否则继承上级或系统默认）' })
  own: boolean;

  @Field(() => Int, { description: '本机构自己的最新版本（0 为尚未设置）；保存时须提交此版本' })
  ownVersion: number;

  @Field(() => [MessagePlaceholder])
  placeholders: MessagePlaceholder[];

  @Field({ description: '系统默认正文' })
  defaultText: string;
}

export function placeholderList(names: readonly (keyof typeof PLACEHOLDERS)[]): MessagePlaceholder[] {
  return names.map((name) => ({ name, description: PLACEHOLDERS[name] }));
}
