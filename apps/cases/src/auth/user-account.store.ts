import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '#common/directory';

/** An account change: what becomes of the user besides a new token version. */
export interface AccountChange {
  active?: boolean;
  passwordHash?: string;
}

/**
 * The SQL of account changes on `core.users`, under the caller's tenant context (row-level
 * security confines it to the caller's subtree). Every change raises `token_version`, which
 * revokes the user's tokens.
 */
@Injectable()
export class UserAccountStore {
  user(em: EntityManager, userId: string): Promise<UserEntity | null> {
    return em.getRepository(UserEntity).findOneBy({ id: userId });
  }

  /**
   * Applies the change to the user at `version` and raises both versions; false when the user is
   * not visible or was changed since `version` was read.
   */
  async change(em: EntityManager, userId: string, version: number, change: AccountChange): Promise<boolean> {
    // Only the columns that change are named: the services may write the hash but not read it,
    // not even as `coalesce($n, password_hash)`.
    const params: unknown[] = [userId, version];
    const sets = ['token_version = token_version + 1', 'version = version + 1'];
    if (change.active !== undefined) sets.push(`active = $${params.push(change.active)}`);
    if (change.passwordHash !== undefined) sets.push(`password_hash = $${params.push(change.passwordHash)}`);
    const [, affected] = await em.query(`UPDATE core.users SET ${sets.join(', ')} WHERE id = $1 AND version = $2`, params);
    return affected === 1;
  }

  /** Revokes the user's tokens (logout), leaving the record's edit version alone. */
  async revokeTokens(em: EntityManager, userId: string): Promise<void> {
    await em.query(`UPDATE core.users SET token_version = token_version + 1 WHERE id = $1`, [userId]);
  }
}
