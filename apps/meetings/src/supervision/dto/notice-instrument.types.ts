import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '督办单：随督办通知生成的文书（DOCX）' })
export class NoticeInstrument {
  @Field(() => ID)
  id: string;

  @Field({ description: '标题' })
  title: string;

  @Field({ description: '发文字号，如 成都信督〔2026〕5号' })
  documentNumber: string;

  @Field({ description: '主送：被督办的机构（单位）' })
  addresseeName: string;

  @Field({ description: '成文日期（YYYY-MM-DD）' })
  issuedOn: string;

  @Field({ description: '发文机关' })
  issuingTenantName: string;

  @Field({ description: '经办人' })
  issuedByName: string;

  @Field(() => Int, { description: '文件大小（字节）' })
  size: number;

  @Field({ description: '下载地址（DOCX）' })
  downloadUrl: string;
}
