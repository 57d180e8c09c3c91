import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../domain/password-policy.js';

@ArgsType()
export class UserAccountArgs {
  @Field(() => ID, { description: '用户' })
  @IsUUID('all', { message: '用户编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号（并发修改时返回冲突）' })
  @IsInt({ message: '版本号应为整数' })
  @Min(1, { message: '版本号应为正整数' })
  version: number;
}

@InputType({ description: '重置用户密码' })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: '用户' })
  @IsUUID('all', { message: '用户编号格式不正确' })
  id: string;

  @Field(() => Int, { description: '读取时的版本号（并发修改时返回冲突）' })
  @IsInt({ message: '版本号应为整数' })
  @Min(1, { message: '版本号应为正整数' })
  version: number;

  @Field({ description: '新密码（至少 8 位，含大写字母、小写字母、数字、其他字符中的至少三类，不含登录名）' })
  @Length(1, PASSWORD_MAX_LENGTH, { message: `密码长度应为 8–${PASSWORD_MAX_LENGTH} 位` })
  newPassword: string;
}
