import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '#common/config';
import { loadMessageConfig, requireSenderConfig } from '../providers/message-config.js';

describe('message settings', () => {
  it('defaults to the development sink and the local portal address', () => {
    expect(loadMessageConfig({})).toMatchObject({ sms: null, mail: null, publicBaseUrl: 'http://localhost:4000', timeoutMs: 10_000, sinkAllowed: false });
  });

  it('takes the gateways, their tokens and the signature from the environment', () => {
    const config = loadMessageConfig({
      SMS_GATEWAY_URL: 'https://sms.example.cn/send',
      SMS_GATEWAY_TOKEN: 't1',
      MAIL_GATEWAY_URL: 'https://mail.example.cn/send',
      SMS_SIGN_NAME: '锦江信访',
      PUBLIC_BASE_URL: 'https://xf.example.gov.cn',
      MESSAGE_TIMEOUT_SECONDS: '3',
    });
    expect(config).toMatchObject({
      sms: { url: 'https://sms.example.cn/send', token: 't1' },
      mail: { url: 'https://mail.example.cn/send', token: '' },
      signName: '锦江信访',
      publicBaseUrl: 'https://xf.example.gov.cn',
      timeoutMs: 3000,
    });
  });

  it('refuses to send in a deployment without a gateway unless the sink is asked for', () => {
    const sender = (env: NodeJS.ProcessEnv) => requireSenderConfig(loadMessageConfig(env), env);
    expect(() => sender({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => sender({ NODE_ENV: 'production', SMS_GATEWAY_URL: 'https://sms.example.cn/send' })).toThrow(/MAIL_GATEWAY_URL is not set/);
    expect(sender({ NODE_ENV: 'production', MESSAGE_SINK: 'true' }).sinkAllowed).toBe(true);
    expect(sender({ NODE_ENV: 'production', SMS_GATEWAY_URL: 'https://a.cn/s', MAIL_GATEWAY_URL: 'https://a.cn/m' }).sms).not.toBeNull();
    expect(sender({ NODE_ENV: 'development' }).sms).toBeNull();
    expect(() => loadMessageConfig({ SMS_GATEWAY_URL: 'not a url' })).toThrow(/not a URL/);
  });
});
