import { ConfigError, isDeployment } from '#common/config';

/** An HTTP gateway that takes `{to, text, sign}` as JSON with a bearer token. */
export interface HttpGatewayConfig {
  url: string;
  token: string;
}

/** Where petitioners' messages go, and the address their links point to. */
export interface MessageConfig {
  /** `PUBLIC_BASE_URL`: the public address of the portal, for the rating link. */
  publicBaseUrl: string;
  /** `SMS_GATEWAY_URL` and `SMS_GATEWAY_TOKEN`; null: the development sink takes SMS. */
  sms: HttpGatewayConfig | null;
  /** `MAIL_GATEWAY_URL` and `MAIL_GATEWAY_TOKEN`; null: the development sink takes e-mail. */
  mail: HttpGatewayConfig | null;
  /** `SMS_SIGN_NAME`: the signature registered with the gateway; the office's name when unset. */
  signName: string | null;
  /** `MESSAGE_TIMEOUT_SECONDS`: how long one send may take before it counts as failed. */
  timeoutMs: number;
  /** Attempts per message (BullMQ), and the first backoff delay (doubling each time). */
  attempts: number;
  backoffMs: number;
  /** `MESSAGE_SINK=true`: a deployment may use the development sink (a demo installation). */
  sinkAllowed: boolean;
}

export const MESSAGE_CONFIG = Symbol('MESSAGE_CONFIG');

const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000';

function gateway(env: NodeJS.ProcessEnv, prefix: 'SMS' | 'MAIL'): HttpGatewayConfig | null {
  const url = env[`${prefix}_GATEWAY_URL`];
  if (!url) return null;
  try {
    new URL(url);
  } catch {
    throw new ConfigError(`${prefix}_GATEWAY_URL is not a URL: ${url}`);
  }
  return { url, token: env[`${prefix}_GATEWAY_TOKEN`] ?? '' };
}

/** Reads the message settings. */
export function loadMessageConfig(env: NodeJS.ProcessEnv = process.env): MessageConfig {
  const sms = gateway(env, 'SMS');
  const mail = gateway(env, 'MAIL');
  const sinkAllowed = env.MESSAGE_SINK === 'true';
  const timeout = Number(env.MESSAGE_TIMEOUT_SECONDS ?? 10);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new ConfigError(`MESSAGE_TIMEOUT_SECONDS must be a positive number (got ${env.MESSAGE_TIMEOUT_SECONDS})`);
  return {
    publicBaseUrl: env.PUBLIC_BASE_URL || DEFAULT_PUBLIC_BASE_URL,
    sms,
    mail,
    signName: env.SMS_SIGN_NAME || null,
    timeoutMs: timeout * 1000,
    attempts: 6,
    backoffMs: 30_000,
    sinkAllowed,
  };
}

/**
 * The sender's check at start: a deployment (`NODE_ENV=production` …) without a gateway for a
 * channel would tell no petitioner anything while the console showed the messages as sent, so the
 * worker refuses to start unless `MESSAGE_SINK=true` says that is intended (a demo installation).
 */
export function requireSenderConfig(config: MessageConfig, env: NodeJS.ProcessEnv = process.env): MessageConfig {
  if (isDeployment(env) && !config.sinkAllowed && (!config.sms || !config.mail)) {
    throw new ConfigError(
      `${!config.sms ? 'SMS_GATEWAY_URL' : 'MAIL_GATEWAY_URL'} is not set; NODE_ENV=${env.NODE_ENV} sends petitioners' messages through a gateway (or set MESSAGE_SINK=true to keep them in the development inbox)`,
    );
  }
  return config;
}
