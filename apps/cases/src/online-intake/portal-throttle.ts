import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import svgCaptcha from 'svg-captcha';
import { APP_CONFIG, type AppConfig } from '#common/config';
import { AppError, ErrorCode, validation } from '#common/errors';
import { REDIS } from '#common/redis';
import { waitInWords } from '../auth/domain/login-refusals.js';

const CAPTCHA_SECONDS = 5 * 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

/** A captcha to show: its id (sent back with the answer) and the picture. */
export interface Captcha {
  captchaId: string;
  svg: string;
}

const tooMany = (message: string, ms: number) =>
  new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `${message}，请 ${waitInWords(ms)}后再试`, { retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });

/**
 * The portal's abuse limits, in Redis under the deployment's prefix so that every instance counts
 * together (as login throttling does): submissions per address (beyond the hourly allowance each
 * needs a captcha; beyond the daily one they are refused) and per ID number, and wrong status
 * lookups per address. Captcha answers are kept five minutes and used once.
 */
@Injectable()
export class PortalThrottle {
  private readonly hourlyByAddress: RateLimiterRedis;
  private readonly dailyByAddress: RateLimiterRedis;
  private readonly dailyByIdNumber: RateLimiterRedis;
  private readonly lookupFailures: RateLimiterRedis;
  private readonly captchaPrefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { portal, queuePrefix } = config;
    const limiter = (name: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${queuePrefix}:portal:${name}`, points, duration, blockDuration });
    this.hourlyByAddress = limiter('submissions-hour', portal.submissionsPerHourWithoutCaptcha, HOUR);
    this.dailyByAddress = limiter('submissions-day', portal.submissionsPerAddressPerDay, DAY);
    this.dailyByIdNumber = limiter('submissions-id', portal.submissionsPerIdNumberPerDay, DAY);
    this.lookupFailures = limiter('lookup-failures', portal.statusFailuresPerHour, HOUR, HOUR);
    this.captchaPrefix = `${queuePrefix}:portal:captcha:`;
  }

  async newCaptcha(): Promise<Captcha> {
    const { text, data } = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1iIlL', color: false, background: '#f5f5f5' });
    const captchaId = randomUUID();
    await this.redis.set(this.captchaPrefix + captchaId, text.toLowerCase(), 'EX', CAPTCHA_SECONDS);
    return { captchaId, svg: data };
  }

  /**
   * Counts one submission from `address`: refused beyond the daily allowance; beyond the hourly
   * one, only with a right captcha answer (taken, so an answer serves once).
   */
  async admitSubmission(address: string, captcha: { captchaId?: string; captchaAnswer?: string }): Promise<void> {
    const beyondHour = !(await take(this.hourlyByAddress, address));
    if (beyondHour) await this.requireCaptcha(captcha);
    if (!(await take(this.dailyByAddress, address))) {
      throw tooMany('今天从本网络提交的信访事项过多', (await this.dailyByAddress.get(address))?.msBeforeNext ?? DAY * 1000);
    }
  }

  /** Counts one submission by an ID number (its blind index): a few a day at most. */
  async admitIdNumber(idNumberHash: string): Promise<void> {
    if (!(await take(this.dailyByIdNumber, idNumberHash))) {
      throw tooMany('同一公民身份号码今天提交的信访事项已达上限', (await this.dailyByIdNumber.get(idNumberHash))?.msBeforeNext ?? DAY * 1000);
    }
  }

  /** Before a lookup with the two secrets: refused while the address has used up its wrong guesses. */
  async admitLookup(address: string): Promise<void> {
    const state = await this.lookupFailures.get(address);
    if (state && state.consumedPoints >= this.lookupFailures.points) {
      throw tooMany('查询失败次数过多', state.msBeforeNext);
    }
  }

  /** A wrong pair: counts toward the address's limit. */
  async lookupFailed(address: string): Promise<void> {
    await take(this.lookupFailures, address);
  }

  private async requireCaptcha({ captchaId, captchaAnswer }: { captchaId?: string; captchaAnswer?: string }): Promise<void> {
    if (!captchaId || !captchaAnswer) throw validation('提交较频繁，请输入图中的验证码', { field: 'captcha', captchaRequired: true });
    const expected = /^[0-9a-f-]{36}$/.test(captchaId) ? await this.redis.getdel(this.captchaPrefix + captchaId) : null;
    if (!expected || expected !== captchaAnswer.trim().toLowerCase()) {
      throw validation('验证码不正确或已过期，请重新输入', { field: 'captcha', captchaRequired: true });
    }
  }
}

/** Takes a point; false when the allowance is used up. */
async function take(limiter: RateLimiterRedis, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    // The limiter rejects with its state when the allowance is used up, with an Error when Redis fails.
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
