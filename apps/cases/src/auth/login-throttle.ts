import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { REDIS } from '#common/redis';
import { accountLocked, tooManyAttempts } from './domain/login-refusals.js';

/**
 * Failed-login counters in Redis, so that every instance of the cases service counts together.
 * Each attempt takes its point before the password is checked (an atomic increment), so parallel
 * requests and aliases of `login` in one request are counted one by one and none slips past the
 * limit; a success gives its points back.
 *
 * - a username: `maxFailures` consecutive failures lock it for `lockSeconds` from the last one;
 * - a source address: `addressMaxFailures` failures within `addressWindowSeconds` refuse it for
 *   that long, whatever usernames it tries (guessing one password across many accounts).
 */
@Injectable()
export class LoginThrottle {
  private readonly byUsername: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;
  private readonly lockSeconds: number;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const { login, queuePrefix } = config;
    this.lockSeconds = login.lockSeconds;
    this.byUsername = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${queuePrefix}:login-failures:username`,
      points: login.maxFailures,
      duration: login.lockSeconds,
    });
    this.byAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${queuePrefix}:login-failures:address`,
      points: login.addressMaxFailures,
      duration: login.addressWindowSeconds,
      blockDuration: login.addressWindowSeconds,
    });
  }

  /**
   * Takes one attempt from the address and the username; throws TOO_MANY_ATTEMPTS or
   * ACCOUNT_LOCKED when used up. Returns the attempt's place among the username's failures.
   */
  async admit(username: string, address: string): Promise<number> {
    await consume(this.byAddress, address, tooManyAttempts);
    return consume(this.byUsername, username, accountLocked);
  }

  /**
   * After a wrong password: true when this attempt, by its place, used up the username's
   * allowance, which locks the username from now. By place rather than by the counter now, so
   * that of parallel attempts exactly the last admitted one locks.
   */
  async failed(username: string, place: number): Promise<boolean> {
    if (place < this.byUsername.points) return false;
    await this.byUsername.block(username, this.lockSeconds);
    return true;
  }

  /** After a success: the username's failures are forgotten and the address gets its point back. */
  async succeeded(username: string, address: string): Promise<void> {
    await this.byUsername.delete(username);
    // Not below zero: successes must not bank failures for later (a counter that expired since
    // admission would be recreated at -1).
    const state = await this.byAddress.get(address);
    if (state && state.consumedPoints > 0) await this.byAddress.reward(address, 1);
  }

  /** Lifts a username's lock (an administrator reset its password). */
  async unlock(username: string): Promise<void> {
    await this.byUsername.delete(username);
  }
}

async function consume(limiter: RateLimiterRedis, key: string, refusal: (ms: number) => Error): Promise<number> {
  try {
    return (await limiter.consume(key)).consumedPoints;
  } catch (error) {
    // The limiter rejects with its state when the allowance is used up, with an Error when Redis fails.
    if (error instanceof RateLimiterRes) throw refusal(error.msBeforeNext);
    throw error;
  }
}
