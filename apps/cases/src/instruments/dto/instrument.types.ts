import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INSTRUMENT_TITLES, InstrumentKind } from '#common/instruments';
import { described } from '#common/graphql';
import { InstrumentAddressee } from '../domain/index.js';

registerEnumType(InstrumentKind, { name: 'InstrumentKind', description: '文书种类', valuesMap: described(INSTRUMENT_TITLES) });
registerEnumType(InstrumentAddressee, {
  name: 'InstrumentAddressee',
  description: '文书主送对象',
  valuesMap: described({ PETITIONER: '信访人', BODY: '承办机关（单位）' }),
});

export enum InstrumentTemplateSource {
  DEFAULT = 'DEFAULT',
  INHERITED = 'INHERITED',
  OWN = 'OWN',
}
registerEnumType(InstrumentTemplateSource, {
  name: 'InstrumentTemplateSource',
  description: '文书模板来源',
  valuesMap: described({ DEFAULT: '系统默认', INHERITED: '沿用上级机构', OWN: '本机构' }),
});

@ObjectType({ description: '案卷中的文书（一案一卷）：办理环节生成并随案保存的文书' })
export class CaseInstrument {
  @Field(() => ID)
  id: string;

  @Field(() => InstrumentKind, { description: '文书种类' })
  kind: InstrumentKind;

  @Field({ description: '标题' })
  title: string;

  @Field({ description: '发文字号，如 锦江信受〔2026〕3号' })
  documentNumber: string;

  @Field(() => InstrumentAddressee, { description: '主送对象' })
  addressee: InstrumentAddressee;

  @Field({ description: '主送：信访人或承办机关（单位）名称' })
  addresseeName: string;

  @Field({ description: '成文日期（YYYY-MM-DD）' })
  issuedOn: string;

  @Field(() => GraphQLISODateTime, { description: '生成时间' })
  issuedAt: Date;

  @Field({ description: '发文机关' })
  issuingTenantName: string;

  @Field({ description: '经办人' })
  issuedByName: string;

  @Field(() => Int, { description: '文件大小（字节）' })
  size: number;

  @Field(() => Int, { nullable: true, description: '所用文书模板的版本；系统默认模板为空' })
  templateVersion: number | null;

  @Field({ description: '下载地址（DOCX）' })
  downloadUrl: string;
}

@ObjectType({ description: '文书模板中可用的占位符' })
export class InstrumentPlaceholder {
  @Field({ description: '占位符名称，在正文中写作 {名称}' })
  name: string;

  @Field({ description: '含义' })
  description: string;
}

@ObjectType({ description: '某一文书种类对本机构生效的模板' })
export class InstrumentTemplateView {
  @Field(() => InstrumentKind, { description: '文书种类' })
  kind: InstrumentKind;

  @Field({ description: '标题' })
  title: string;

  @Field(() => [String], { description: '正文各段（含占位符）' })
  paragraphs: string[];

  @Field(() => InstrumentTemplateSource, { description: '来源：系统默认、沿用上级机构或本机构' })
  source: InstrumentTemplateSource;

  @Field(() => String, { nullable: true, description: '模板所属机构名称（系统默认为空）' })
  sourceTenantName: string | null;

  @Field(() => Int, { description: '生效模板的版本（系统默认为 0）' })
  version: number;

  @Field(() => Int, { description: '本机构自有模板的最新版本（尚无为 0）；保存时作为 version 传回' })
  ownVersion: number;

  @Field(() => [InstrumentPlaceholder], { description: '可用的占位符' })
  placeholders: InstrumentPlaceholder[];
}
