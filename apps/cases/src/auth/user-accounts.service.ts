import { Injectable } from '@nestjs/common';
import { TokenStates, hashPassword } from '#common/auth';
import { TenantTransactions, audit, type TenantContext } from '#common/tenancy';
import { UserEntity } from '#common/directory';
import { conflict, notFound, validation } from '#common/errors';
import { CASES_SCHEMA } from '../database.js';
import { UserAccountStore, type AccountChange } from './user-account.store.js';
import { LoginThrottle } from './login-throttle.js';
import { passwordProblem } from './domain/password-policy.js';

/**
 * A tenant administrator's hold on the accounts of the subtree — deactivate, reactivate, reset a
 * password — and a user's logout. Each revokes the user's tokens: at once in this process, within
 * `TOKEN_STATE_CACHE_SECONDS` in the others.
 */
@Injectable()
export class UserAccountsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: UserAccountStore,
    private readonly tokenStates: TokenStates,
    private readonly throttle: LoginThrottle,
  ) {}

  deactivate(ctx: TenantContext, userId: string, version: number): Promise<UserEntity> {
    if (userId === ctx.userId) throw validation('不能停用自己的账号');
    return this.change(ctx, userId, version, 'user.deactivated', { active: false });
  }

  reactivate(ctx: TenantContext, userId: string, version: number): Promise<UserEntity> {
    return this.change(ctx, userId, version, 'user.reactivated', { active: true });
  }

  /** Sets a password the administrator chose (and hands over in person); the old one and every token stop working. */
  async resetPassword(ctx: TenantContext, userId: string, version: number, password: string): Promise<UserEntity> {
    const user = await this.change(ctx, userId, version, 'user.password-reset', {}, async (found) => {
      const problem = passwordProblem(password, found.username);
      if (problem) throw validation(problem);
      return { passwordHash: await hashPassword(password) };
    });
    await this.throttle.unlock(user.username);
    return user;
  }

  /** Ends every session of the caller: all of the caller's tokens stop working. */
  async logout(ctx: TenantContext): Promise<boolean> {
    const userId = ctx.userId;
    if (!userId) throw notFound('用户');
    await this.transactions.run(ctx, async (em) => {
      await this.store.revokeTokens(em, userId);
      await audit(em, CASES_SCHEMA, { action: 'user.logged-out', entity: 'user', entityId: userId });
    });
    this.tokenStates.forget(userId);
    return true;
  }

  private async change(
    ctx: TenantContext,
    userId: string,
    version: number,
    action: string,
    change: AccountChange,
    more?: (user: UserEntity) => Promise<AccountChange>,
  ): Promise<UserEntity> {
    const updated = await this.transactions.run(ctx, async (em) => {
      const user = await this.store.user(em, userId);
      if (!user) throw notFound('用户');
      if (user.version !== version) throw staleUser();
      const full = { ...change, ...(more ? await more(user) : {}) };
      if (!(await this.store.change(em, userId, version, full))) throw staleUser();
      await audit(em, CASES_SCHEMA, {
        action,
        entity: 'user',
        entityId: userId,
        before: { active: user.active, version: user.version },
        // The hash is never recorded, only that it changed.
        after: { active: full.active ?? user.active, passwordReset: full.passwordHash !== undefined, version: version + 1 },
        tenant: { tenantId: user.tenantId, tenantPath: user.tenantPath },
      });
      return (await this.store.user(em, userId))!;
    });
    this.tokenStates.forget(userId);
    return updated;
  }
}

const staleUser = () => conflict('该用户已被他人修改，请刷新后重试');
