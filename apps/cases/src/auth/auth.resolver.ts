import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '#common/auth';
import { AuthService } from './auth.service.js';
import { AuthPayload, LoginArgs } from './dto/login.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: '登录，取得访问令牌' })
  @Public()
  login(@Args() { username, password }: LoginArgs) {
    return this.auth.login(username, password);
  }
}
