import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AnyRole, CurrentContext, Public, Role, Roles } from '#common/auth';
import type { RequestContext } from '#common/graphql';
import type { TenantContext } from '#common/tenancy';
import { User } from '../directory/dto/directory.types.js';
import { AuthService } from './auth.service.js';
import { UserAccountsService } from './user-accounts.service.js';
import { AuthPayload, LoginArgs } from './dto/login.js';
import { ResetUserPasswordInput, UserAccountArgs } from './dto/user-accounts.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: UserAccountsService,
  ) {}

  @Mutation(() => AuthPayload, {
    description: '登录，取得访问令牌。同一登录名连续失败多次将暂时锁定（ACCOUNT_LOCKED），同一来源地址失败过多将暂时拒绝（TOO_MANY_ATTEMPTS）',
  })
  @Public()
  login(@Args() { username, password }: LoginArgs, @Context() request: RequestContext) {
    return this.auth.login(username, password, { clientAddress: request.clientAddress, requestId: request.requestId });
  }

  @Mutation(() => Boolean, { description: '退出登录：本人的全部访问令牌立即失效' })
  @AnyRole()
  logout(@CurrentContext() ctx: TenantContext) {
    return this.accounts.logout(ctx);
  }

  @Mutation(() => User, { description: '停用本辖区内的用户：其访问令牌立即失效，且不能再登录' })
  @Roles(Role.TENANT_ADMIN)
  deactivateUser(@CurrentContext() ctx: TenantContext, @Args() { id, version }: UserAccountArgs) {
    return this.accounts.deactivate(ctx, id, version);
  }

  @Mutation(() => User, { description: '重新启用本辖区内已停用的用户（停用前的令牌仍然无效）' })
  @Roles(Role.TENANT_ADMIN)
  reactivateUser(@CurrentContext() ctx: TenantContext, @Args() { id, version }: UserAccountArgs) {
    return this.accounts.reactivate(ctx, id, version);
  }

  @Mutation(() => User, { description: '重置本辖区内用户的密码：原密码和已签发的访问令牌立即失效，登录锁定同时解除' })
  @Roles(Role.TENANT_ADMIN)
  resetUserPassword(@CurrentContext() ctx: TenantContext, @Args('input') input: ResetUserPasswordInput) {
    return this.accounts.resetPassword(ctx, input.id, input.version, input.newPassword);
  }
}
