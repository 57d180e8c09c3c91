import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { TextLength } from '#common/graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '日期应为 YYYY-MM-DD 格式';

@InputType({ description: '召集人' })
export class ConvenorInput {
  @Field(() => ID, { description: '本级具有领导角色的用户' })
  @IsUUID('all', { message: '召集人编号格式不正确' })
  userId: string;

  @Field({ defaultValue: '召集人', description: '职务，如召集人、主要召集人' })
  @TextLength(1, 20, { message: '召集人职务长度应为 1–20 字' })
  title: string;
}

@InputType({ description: '成员单位：本级单位（给出 unitId），或外部单位（给出名称，如派出所、司法所、法院）' })
export class ConferenceMemberInput {
  @Field(() => ID, { nullable: true, description: '本级单位' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号格式不正确' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '外部单位名称（无 unitId 时必填）' })
  @IsOptional()
  @TextLength(1, 100, { message: '单位名称长度应为 1–100 字' })
  name?: string | null;

  @Field(() => ID, { description: '联络员（本级用户；本级单位的联络员须属该单位）' })
  @IsUUID('all', { message: '联络员编号格式不正确' })
  liaisonUserId: string;
}

@InputType({ description: '成立联席会议' })
export class EstablishConferenceInput {
  @Field({ description: '成立日期' })
  @Matches(DATE, { message: DATE_MESSAGE })
  establishedOn: string;

  @Field(() => ID, { description: '联席会议办公室（本级单位）' })
  @IsUUID('all', { message: '单位编号格式不正确' })
  officeUnitId: string;

  @Field(() => [ConvenorInput], { description: '召集人（至少一位）' })
  @ArrayMinSize(1, { message: '至少需要一位召集人' })
  @ArrayMaxSize(20, { message: '召集人不超过 20 位' })
  @ValidateNested({ each: true })
  @Type(() => ConvenorInput)
  convenors: ConvenorInput[];

  @Field(() => [ConferenceMemberInput], { defaultValue: [], description: '成员单位' })
  @ArrayMaxSize(200, { message: '成员单位不超过 200 个' })
  @ValidateNested({ each: true })
  @Type(() => ConferenceMemberInput)
  members: ConferenceMemberInput[];
}

@InputType({ description: '修改联席会议；未给出的项不变' })
export class UpdateConferenceInput {
  @Field(() => Int, { description: '读取时的版本号' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: '成立日期' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  establishedOn?: string | null;

  @Field(() => ID, { nullable: true, description: '联席会议办公室（本级单位）' })
  @IsOptional()
  @IsUUID('all', { message: '单位编号格式不正确' })
  officeUnitId?: string | null;

  @Field(() => [ConvenorInput], { nullable: true, description: '召集人（整体替换）' })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少需要一位召集人' })
  @ArrayMaxSize(20, { message: '召集人不超过 20 位' })
  @ValidateNested({ each: true })
  @Type(() => ConvenorInput)
  convenors?: ConvenorInput[] | null;
}

@InputType({ description: '增加成员单位' })
export class AddConferenceMemberInput extends ConferenceMemberInput {
  @Field(() => String, { nullable: true, description: '加入日期；默认今天' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  joinedOn?: string | null;
}

@InputType({ description: '成员单位退出（保留记录）' })
export class RemoveConferenceMemberInput {
  @Field(() => ID, { description: '成员单位记录' })
  @IsUUID('all', { message: '成员单位编号格式不正确' })
  memberId: string;

  @Field(() => String, { nullable: true, description: '退出日期；默认今天' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  endedOn?: string | null;
}
