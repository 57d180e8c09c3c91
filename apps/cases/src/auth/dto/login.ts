import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Length } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field({ description: '登录名' })
  @Length(1, 64, { message: '请输入登录名' })
  username: string;

  @Field({ description: '密码' })
  @Length(1, 200, { message: '请输入密码' })
  password: string;
}

@ObjectType('AuthPayload', { description: '登录结果' })
export class AuthPayload {
  @Field({ description: '访问令牌（Authorization: Bearer …）' })
  accessToken: string;

  @Field(() => Int, { description: '有效期（秒）' })
  expiresIn: number;
}
