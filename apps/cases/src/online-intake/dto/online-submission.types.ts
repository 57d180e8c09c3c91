import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf, described } from '#common/graphql';
import { CaseKind } from '../../cases/domain/index.js';
import { ONLINE_SUBMISSION_STATUS_LABELS, OnlineSubmissionStatus } from '../domain/progress.js';

registerEnumType(OnlineSubmissionStatus, {
  name: 'OnlineSubmissionStatus',
  description: '网上信访事项的状态',
  valuesMap: described(ONLINE_SUBMISSION_STATUS_LABELS),
});

@ObjectType('OnlineSubmissionAttachment', { description: '信访人随网上信访提交的附件' })
export class OnlineSubmissionAttachment {
  @Field(() => ID)
  id: string;

  @Field({ description: '文件名' })
  fileName: string;

  @Field({ description: '文件类型（按内容识别）' })
  mediaType: string;

  @Field(() => Int, { description: '大小（字节）' })
  sizeBytes: number;

  @Field({ description: '下载地址（凭登录会话）' })
  url: string;
}

@ObjectType('OnlineSubmission', { description: '网上信访事项：信访人在网上信访页面提交、待所选信访部门当天登记的事项（身份证号、电话已脱敏）' })
export class OnlineSubmission {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所选信访部门' })
  tenantId: string;

  @Field({ description: '所选信访部门名称' })
  officeName: string;

  @Field(() => CaseKind, { description: '分类' })
  kind: CaseKind;

  @Field(() => ID, { nullable: true, description: '信访人选择的内容分类' })
  categoryId: string | null;

  @Field({ description: '标题' })
  title: string;

  @Field({ description: '信访内容' })
  content: string;

  @Field({ description: '信访人姓名' })
  petitionerName: string;

  @Field({ description: '公民身份号码（脱敏）' })
  idNumberMasked: string;

  @Field({ description: '联系电话（脱敏）' })
  phoneMasked: string;

  @Field(() => String, { nullable: true, description: '住址' })
  address: string | null;

  @Field(() => OnlineSubmissionStatus, { description: '状态' })
  status: OnlineSubmissionStatus;

  @Field(() => String, { nullable: true, description: '不予登记的理由（信访人在查询页可见）' })
  rejectionReason: string | null;

  @Field(() => ID, { nullable: true, description: '登记后的信访事项' })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: '登记后的信访事项编号' })
  caseNumber: string | null;

  @Field(() => GraphQLISODateTime, { description: '提交时间' })
  submittedAt: Date;

  @Field(() => GraphQLISODateTime, { description: '当天登记期限（非工作时间提交的顺延至下一个工作日）' })
  registerBy: Date;

  @Field({ description: '待登记且已超过当天登记期限' })
  overdue: boolean;

  @Field(() => String, { nullable: true, description: '当天登记时钟：剩余…／已超期…（待登记时）' })
  clockText: string | null;

  @Field(() => [OnlineSubmissionAttachment], { description: '附件' })
  attachments: OnlineSubmissionAttachment[];

  @Field(() => Int, { description: '版本号（登记、不予登记时提交）' })
  version: number;
}

@ObjectType('OnlineIntakeSettings', { description: '网上信访当天登记的从严设置（只能收紧，不能放宽；上级的设置约束下级）' })
export class OnlineIntakeSettings {
  @Field(() => ID, { description: '机构' })
  tenantId: string;

  @Field(() => Int, { nullable: true, description: '本机构设置：自信访部门上班时起若干小时内登记（空：不另行收紧）' })
  registerWithinHours: number | null;

  @Field(() => Int, { nullable: true, description: '实际适用：本机构与上级机构设置中最严的一项（空：当天下班前）' })
  effectiveRegisterWithinHours: number | null;
}

export const OnlineSubmissionConnection = ConnectionOf(OnlineSubmission, 'OnlineSubmission', { counted: true });
