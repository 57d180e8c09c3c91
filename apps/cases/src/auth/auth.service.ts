import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { TokenService, hashPassword, verifyPassword, type Role } from '#common/auth';
import { TenantTransactions } from '#common/tenancy';
import { unauthenticated } from '#common/errors';
import type { AuthPayload } from './dto/login.js';

interface LoginCandidate {
  id: string;
  tenant_id: string;
  tenant_path: string;
  unit_id: string | null;
  username: string;
  roles: Role[];
  password_hash: string;
  active: boolean;
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the user is unknown keeps both answers equally slow.
  private readonly unknownUserHash = hashPassword('unknown-user-placeholder');

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string): Promise<AuthPayload> {
    const [candidate] = await this.transactions.runAnonymous<LoginCandidate[]>((em) =>
      em.query(`SELECT * FROM core.login_candidate($1)`, [username]),
    );
    const hash = candidate?.password_hash ?? (await this.unknownUserHash);
    const matches = await verifyPassword(hash, password);
    if (!candidate || !matches || !candidate.active) throw unauthenticated('用户名或密码错误');
    const accessToken = await this.tokens.sign({
      userId: candidate.id,
      username: candidate.username,
      tenantId: candidate.tenant_id,
      tenantPath: candidate.tenant_path,
      unitId: candidate.unit_id,
      roles: candidate.roles,
    });
    return { accessToken, expiresIn: this.config.jwtTtlSeconds };
  }
}
