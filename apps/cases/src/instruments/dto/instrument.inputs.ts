import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsString, Min } from 'class-validator';
import { InstrumentKind } from '#common/instruments';
import type { CaseInstrumentKind } from '../domain/index.js';

@InputType({ description: '保存本机构的文书模板（保存为新版本）' })
export class SaveInstrumentTemplateInput {
  @Field(() => InstrumentKind, { description: '文书种类' })
  @IsEnum(InstrumentKind, { message: '文书种类无效' })
  kind: CaseInstrumentKind;

  @Field({ description: '标题' })
  @IsString({ message: '标题应为文字' })
  title: string;

  @Field(() => [String], { description: '正文各段，可含占位符，如 {信访人}' })
  @IsString({ each: true, message: '正文各段应为文字' })
  @ArrayMaxSize(40, { message: '正文不得超过 40 段' })
  paragraphs: string[];

  @Field(() => Int, { description: '编辑时本机构自有模板的当前版本（ownVersion；本机构尚无自有模板时为 0），用于发现他人同时修改' })
  @IsInt({ message: '版本号应为整数' })
  @Min(0, { message: '版本号不能为负数' })
  version: number;
}
