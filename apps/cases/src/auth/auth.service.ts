import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { TokenService, decoySetting, hashWithSetting } from '#common/auth';
import { AppError, unauthenticated } from '#common/errors';
import { TenantTransactions } from '#common/tenancy';
import type { AuthPayload } from './dto/login.js';
import { LoginStore, type AttemptSource } from './login.store.js';
import type { LoginOutcome } from './domain/login-refusals.js';
import { LoginThrottle } from './login-throttle.js';
import { INVALID_CREDENTIALS_MESSAGE, accountLocked, outcomeOfRefusal } from './domain/login-refusals.js';

@Injectable()
export class AuthService {
  // Hashing under a decoy setting when the user is unknown keeps both answers equally slow.
  private readonly decoy = decoySetting();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly store: LoginStore,
    private readonly throttle: LoginThrottle,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Throttled (see LoginThrottle) and audited, success or not. Unknown usernames, wrong passwords
   * and deactivated users get one answer; a locked username is refused before its password is
   * checked, whether or not it exists.
   */
  async login(username: string, password: string, source: AttemptSource): Promise<AuthPayload> {
    let place: number;
    try {
      place = await this.throttle.admit(username, source.clientAddress);
    } catch (error) {
      if (error instanceof AppError) await this.recordAttempt(username, outcomeOfRefusal(error), source);
      throw error;
    }
    const setting = (await this.transactions.runAnonymous((em) => this.store.passwordSetting(em, username))) ?? (await this.decoy);
    const computed = await hashWithSetting(password, setting);
    const candidate = computed ? await this.transactions.runAnonymous((em) => this.store.candidate(em, username, computed)) : null;
    if (!candidate?.active) {
      const locked = await this.throttle.failed(username, place);
      await this.recordAttempt(username, 'FAILED', source);
      throw locked ? accountLocked(this.config.login.lockSeconds * 1000) : unauthenticated(INVALID_CREDENTIALS_MESSAGE);
    }
    await this.throttle.succeeded(username, source.clientAddress);
    await this.recordAttempt(username, 'SUCCEEDED', source);
    const accessToken = await this.tokens.sign({
      userId: candidate.id,
      username: candidate.username,
      tenantId: candidate.tenant_id,
      tenantPath: candidate.tenant_path,
      unitId: candidate.unit_id,
      roles: candidate.roles,
      tokenVersion: candidate.token_version,
    });
    return { accessToken, expiresIn: this.config.jwtTtlSeconds };
  }

  private async recordAttempt(username: string, outcome: LoginOutcome, source: AttemptSource): Promise<void> {
    await this.transactions.runAnonymous((em) => this.store.recordAttempt(em, username, outcome, source));
  }
}
