import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
import { TextLength } from '#common/graphql';
import { MessageKind, MessageStatus } from '../domain/index.js';

@InputType({ description: '信访人通知筛选' })
export class PetitionerMessageFilter {
  @Field(() => MessageStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MessageStatus, { message: '通知状态不正确' })
  status?: MessageStatus | null;

  @Field(() => String, { nullable: true, description: '信访事项编号' })
  @IsOptional()
  @MaxLength(40, { message: '信访事项编号过长' })
  caseNumber?: string | null;
}

@InputType({ description: '保存本机构的通知模板（新版本）' })
export class SaveMessageTemplateInput {
  @Field(() => MessageKind)
  @IsEnum(MessageKind, { message: '通知类型不正确' })
  kind: MessageKind;

  @Field({ description: '正文，占位符写作 {名称}' })
  @TextLength(1, 300, { message: '模板正文长度应为 1–300 个字' })
  text: string;

  @Field(() => Int, { description: '本机构当前的版本（尚未设置为 0）' })
  @IsInt({ message: '版本应为整数' })
  @Min(0, { message: '版本不能为负数' })
  version: number;
}
