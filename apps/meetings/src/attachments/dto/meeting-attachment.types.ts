import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MeetingAttachment', { description: '进展报告或书面反馈的附件，与所属报告、反馈同样可见' })
export class MeetingAttachment {
  @Field(() => ID)
  id: string;

  @Field({ description: '文件名' })
  fileName: string;

  @Field({ description: '文件类型（按文件内容识别）' })
  mediaType: string;

  @Field(() => Int, { description: '大小（字节）' })
  sizeBytes: number;

  @Field({ description: '内容的 SHA-256 摘要（十六进制）' })
  sha256: string;

  @Field(() => String, { nullable: true, description: '说明' })
  description: string | null;

  @Field({ description: '上传人' })
  uploadedByName: string;

  @Field(() => GraphQLISODateTime, { description: '上传时间' })
  uploadedAt: Date;

  @Field({ description: '下载地址（经网关，凭登录会话）' })
  downloadUrl: string;
}
