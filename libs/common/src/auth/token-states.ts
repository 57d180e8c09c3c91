import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { TenantTransactions } from '../tenancy/tenant-transactions.js';

/** What decides whether a user's tokens still count: deactivated users and older versions do not. */
export interface TokenState {
  active: boolean;
  tokenVersion: number;
}

/** Bounds the cache: a province has tens of thousands of users, most of them not signed in. */
const MAX_ENTRIES = 50_000;

/**
 * The token state of each user, read through `core.token_state` and kept in this process for a
 * few seconds (`TOKEN_STATE_CACHE_SECONDS`), so that checking every request costs one query per
 * user per window. A revocation made by this process is seen at once (`forget`); one made by
 * another process within the window.
 */
@Injectable()
export class TokenStates {
  private readonly cache = new Map<string, { readAt: number; state: Promise<TokenState | null> }>();

  constructor(
    private readonly transactions: TenantTransactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The user's current state; null for a user the directory does not hold. */
  of(userId: string): Promise<TokenState | null> {
    const now = performance.now();
    const cached = this.cache.get(userId);
    if (cached && now - cached.readAt < this.config.tokenStateCacheMs) return cached.state;
    const state = this.read(userId);
    this.cache.delete(userId);
    this.cache.set(userId, { readAt: now, state });
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    // A failed read must not be remembered as the answer.
    state.catch(() => this.cache.delete(userId));
    return state;
  }

  /** Drops what this process remembers of a user, after changing the user's token state. */
  forget(userId: string): void {
    this.cache.delete(userId);
  }

  private async read(userId: string): Promise<TokenState | null> {
    const rows = await this.transactions.runAnonymous<{ active: boolean; token_version: number }[]>((em) =>
      em.query(`SELECT active, token_version FROM core.token_state($1)`, [userId]),
    );
    return rows[0] ? { active: rows[0].active, tokenVersion: rows[0].token_version } : null;
  }
}
