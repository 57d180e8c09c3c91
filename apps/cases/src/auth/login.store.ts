import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PasswordSetting, Role } from '#common/auth';
import type { LoginOutcome } from './domain/login-refusals.js';

export interface LoginCandidate {
  id: string;
  tenant_id: string;
  tenant_path: string;
  unit_id: string | null;
  username: string;
  roles: Role[];
  active: boolean;
  token_version: number;
}

export interface AttemptSource {
  clientAddress: string;
  requestId: string;
}

/**
 * The login's SQL, in an anonymous transaction of the caller: no tenant is known yet, so
 * everything goes through the SECURITY DEFINER functions granted for it; none of them returns a
 * password hash (migration 1767000000520).
 */
@Injectable()
export class LoginStore {
  async passwordSetting(em: EntityManager, username: string): Promise<PasswordSetting | null> {
    const [row]: { setting: string; digest_length: number }[] = await em.query(`SELECT setting, digest_length FROM core.password_setting($1)`, [username]);
    return row?.setting ? { setting: row.setting, digestLength: row.digest_length } : null;
  }

  /** The user, when `passwordHash` (computed under the user's setting) is the stored hash. */
  async candidate(em: EntityManager, username: string, passwordHash: string): Promise<LoginCandidate | null> {
    const [row]: LoginCandidate[] = await em.query(`SELECT * FROM core.login_candidate($1, $2)`, [username, passwordHash]);
    return row ?? null;
  }

  async recordAttempt(em: EntityManager, username: string, outcome: LoginOutcome, source: AttemptSource): Promise<void> {
    await em.query(`SELECT core.record_login_attempt($1, $2, $3, $4)`, [username, outcome, source.clientAddress, source.requestId]);
  }
}
