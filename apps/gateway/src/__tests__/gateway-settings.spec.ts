import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_CONSOLE_DIR, gatewaySettingsFromEnv } from '../gateway.settings.js';
import { REPO_ROOT } from '../repo-root.js';

describe('the gateway’s console and cookie settings', () => {
  it('serves the console from apps/console/dist of the repository unless CONSOLE_DIR says otherwise', () => {
    expect(gatewaySettingsFromEnv({}).consoleDir).toBe(path.join(REPO_ROOT, 'apps', 'console', 'dist'));
    expect(DEFAULT_CONSOLE_DIR).toBe(path.join(REPO_ROOT, 'apps', 'console', 'dist'));
    expect(gatewaySettingsFromEnv({ CONSOLE_DIR: '/srv/console' }).consoleDir).toBe('/srv/console');
    // A relative folder is taken from the repository root, whatever the process's working directory.
    expect(gatewaySettingsFromEnv({ CONSOLE_DIR: 'build/console' }).consoleDir).toBe(path.join(REPO_ROOT, 'build', 'console'));
  });

  it('marks the session cookie Secure only when SESSION_COOKIE_SECURE says so, and refuses a value it cannot read', () => {
    expect(gatewaySettingsFromEnv({}).secureCookie).toBe(false);
    expect(gatewaySettingsFromEnv({ SESSION_COOKIE_SECURE: 'true' }).secureCookie).toBe(true);
    expect(gatewaySettingsFromEnv({ SESSION_COOKIE_SECURE: '0' }).secureCookie).toBe(false);
    expect(() => gatewaySettingsFromEnv({ SESSION_COOKIE_SECURE: 'yes' })).toThrow('SESSION_COOKIE_SECURE must be true or false (got yes)');
  });
});
