import { describe, expect, it } from '@jest/globals';
import { ConfigError, isDeployment, loadConfig } from '../index.js';

const OWN_JWT = 'a-deployment-signing-key-of-48-characters-long!!';
const OWN_PII = 'a-deployment-pii-key-of-at-least-32-characters!!';
const DEV = { JWT_SECRET: 'dev-only-jwt-secret-not-for-production-use-0123456789', PII_KEY: 'dev-only-pii-key-not-for-production-use-0123456789' };

const env = (vars: Record<string, string | undefined>) => ({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/petition', ...vars });
const refusal = (vars: Record<string, string | undefined>) => {
  try {
    loadConfig(env(vars));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('keys outside development', () => {
  it('treats only unset, development and test as development', () => {
    expect([undefined, '', 'development', 'test'].map((mode) => isDeployment({ NODE_ENV: mode }))).toEqual([false, false, false, false]);
    expect(['production', 'staging'].map((mode) => isDeployment({ NODE_ENV: mode }))).toEqual([true, true]);
  });

  it('refuses to start in production without keys, saying which one in one line', () => {
    const message = refusal({ NODE_ENV: 'production', PII_KEY: OWN_PII });
    expect(message).toBe('JWT_SECRET is not set; NODE_ENV=production needs a secret of its own (at least 32 characters)');
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: OWN_JWT })).toMatch(/^PII_KEY is not set/);
  });

  it("refuses the repository's development and test keys in production", () => {
    expect(refusal({ NODE_ENV: 'production', ...DEV })).toBe(
      'JWT_SECRET is a development key from the repository; NODE_ENV=production needs a secret of its own',
    );
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: OWN_JWT, PII_KEY: 'test-only-pii-key-0123456789abcdef0123' })).toMatch(
      /^PII_KEY is a development key/,
    );
  });

  it('refuses short keys and one key used for both', () => {
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: 'short', PII_KEY: OWN_PII })).toBe('JWT_SECRET must be at least 32 characters');
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: OWN_JWT, PII_KEY: OWN_JWT })).toBe('JWT_SECRET and PII_KEY must differ');
  });

  it('accepts keys of its own in production, and the development keys in development', () => {
    expect(loadConfig(env({ NODE_ENV: 'production', JWT_SECRET: OWN_JWT, PII_KEY: OWN_PII })).piiKey.toString()).toBe(OWN_PII);
    expect(loadConfig(env({ NODE_ENV: 'development', ...DEV })).piiKey.toString()).toBe(DEV.PII_KEY);
    expect(loadConfig(env(DEV)).piiKey.toString()).toBe(DEV.PII_KEY);
  });
});

describe('login security settings', () => {
  it('defaults to 5 failures locking for 15 minutes, 30 failures per address in 15 minutes, a 5-second token cache', () => {
    const config = loadConfig(env(DEV));
    expect(config.login).toEqual({ maxFailures: 5, lockSeconds: 900, addressMaxFailures: 30, addressWindowSeconds: 900 });
    expect(config.tokenStateCacheMs).toBe(5000);
    expect(config.trustedProxyHops).toBe(0);
  });

  it('reads them from the environment and refuses nonsense', () => {
    const config = loadConfig(env({ ...DEV, LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_SECONDS: '2', TRUSTED_PROXY_HOPS: '1' }));
    expect(config.login).toMatchObject({ maxFailures: 3, lockSeconds: 2 });
    expect(config.trustedProxyHops).toBe(1);
    expect(refusal({ ...DEV, LOGIN_LOCK_SECONDS: '0' })).toBe('LOGIN_LOCK_SECONDS must be an integer of at least 1 (got 0)');
    expect(refusal({ ...DEV, TRUSTED_PROXY_HOPS: '-1' })).toBe('TRUSTED_PROXY_HOPS must be an integer of at least 0 (got -1)');
  });

  it('prepares recurring statements unless DATABASE_PREPARED_STATEMENTS is off, and refuses anything but on and off', () => {
    expect(loadConfig(env(DEV)).preparedStatements).toBe(true);
    expect(loadConfig(env({ ...DEV, DATABASE_PREPARED_STATEMENTS: 'off' })).preparedStatements).toBe(false);
    expect(loadConfig(env({ ...DEV, DATABASE_PREPARED_STATEMENTS: 'on' })).preparedStatements).toBe(true);
    expect(refusal({ ...DEV, DATABASE_PREPARED_STATEMENTS: 'false' })).toBe('DATABASE_PREPARED_STATEMENTS must be on or off (got false)');
  });
});
