import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ConferenceConvenor', { description: '联席会议召集人（本级领导）' })
export class ConferenceConvenor {
  @Field(() => ID, { description: '用户' })
  userId: string;

  @Field({ description: '姓名' })
  name: string;

  @Field({ description: '职务，如召集人、主要召集人' })
  title: string;
}

@ObjectType('ConferenceMember', { description: '联席会议成员单位' })
export class ConferenceMember {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: '本级单位；外部单位（如派出所、司法所、法院）为空' })
  unitId: string | null;

  @Field({ description: '单位名称' })
  name: string;

  @Field(() => ID, { description: '联络员' })
  liaisonUserId: string;

  @Field({ description: '联络员姓名' })
  liaisonName: string;

  @Field({ description: '加入日期' })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: '退出日期；在册的为空' })
  endedOn: string | null;
}

@ObjectType('Conference', { description: '联席会议' })
export class Conference {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: '所属机构（辖区）' })
  tenantId: string;

  @Field({ description: '成立日期' })
  establishedOn: string;

  @Field(() => ID, { description: '联席会议办公室（本级单位）' })
  officeUnitId: string;

  @Field({ description: '联席会议办公室名称' })
  officeUnitName: string;

  @Field(() => [ConferenceConvenor], { description: '召集人' })
  convenors: ConferenceConvenor[];

  /** Every member ever, for the `members` field to filter. */
  allMembers: ConferenceMember[];

  @Field(() => Int, { description: '版本号（修改时提交，防止覆盖他人的修改）' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: '最后修改时间' })
  updatedAt: Date;
}

@ObjectType('ConferenceStaff', { description: '本级在职人员：成立联席会议时选召集人（领导），增加成员单位时选联络员' })
export class ConferenceStaff {
  @Field(() => ID, { description: '用户' })
  userId: string;

  @Field({ description: '姓名' })
  name: string;

  @Field(() => ID, { nullable: true, description: '所属单位；不属任何单位的为空' })
  unitId: string | null;

  @Field({ description: '具有领导角色（可任召集人）' })
  leader: boolean;
}
