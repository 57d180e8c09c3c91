import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { TextLength } from '#common/graphql';
import { CaseKind, Rating } from '../../cases/domain/index.js';

/** The petition form of the portal (the JSON field `petition` of the multipart request). */
export class SubmitPetitionBody {
  @IsUUID('all', { message: '请选择信访事项的受理地区' })
  officeId: string;

  @IsEnum(CaseKind, { message: '请选择信访事项的类别' })
  kind: CaseKind;

  @IsOptional()
  @IsUUID('all', { message: '内容分类编号格式不正确' })
  categoryId?: string | null;

  @TextLength(1, 200, { message: '标题长度应为 1–200 个字' })
  title: string;

  @TextLength(1, 20_000, { message: '信访内容长度应为 1–20000 个字' })
  content: string;

  @TextLength(1, 100, { message: '姓名长度应为 1–100 个字' })
  name: string;

  @IsString({ message: '请填写公民身份号码' })
  @MaxLength(32, { message: '公民身份号码过长' })
  idNumber: string;

  @IsString({ message: '请填写联系电话' })
  @MaxLength(32, { message: '联系电话过长' })
  phone: string;

  @IsOptional()
  @MaxLength(200, { message: '住址不得超过 200 字' })
  address?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  captchaId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(16)
  captchaAnswer?: string;
}

/** The two secrets of a submission: the query code and the ID number's last four characters. */
export class StatusBody {
  @IsString({ message: '请填写查询码' })
  @MaxLength(32, { message: '查询码或身份证号后四位不正确' })
  queryCode: string;

  @IsString({ message: '请填写身份证号后四位' })
  @MaxLength(8, { message: '查询码或身份证号后四位不正确' })
  idNumberTail: string;
}

export class RateBody extends StatusBody {
  @IsEnum(Rating, { message: '满意度评价不正确' })
  rating: Rating;
}

export class RateByTokenBody {
  @IsString({ message: '评价凭证无效' })
  @Length(16, 128, { message: '评价凭证无效' })
  token: string;

  @IsEnum(Rating, { message: '满意度评价不正确' })
  rating: Rating;
}
