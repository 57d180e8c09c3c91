import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field-level encryption and blind indexes for petitioner identity (ID numbers, phones).
 *
 * One secret (PII_KEY) yields two independent keys through HKDF, so the index key can never
 * decrypt anything and publishing an index reveals nothing about the encryption key. The secret
 * must be random (e.g. `openssl rand -base64 48`): HKDF spreads entropy, it does not stretch a
 * password.
 *
 * A ciphertext is `v1:<iv>:<ciphertext>:<tag>` (base64url). The version names the key that wrote
 * it, so after a rotation old rows stay readable with the old key while new rows use the new one.
 */

const VERSION = /^v\d+$/;
const IV_BYTES = 12; // 96 bits: GCM's native nonce size
const TAG_BYTES = 16;
const B64URL = /^[A-Za-z0-9_-]*$/;

export interface PiiKeys {
  readonly version: string;
  readonly encryptionKey: Buffer;
  readonly indexKey: Buffer;
}

/** Both keys of one version, derived from the configured secret. */
export function derivePiiKeys(secret: Buffer | string, version = 'v1'): PiiKeys {
  if (!VERSION.test(version)) throw new RangeError(`invalid key version ${version}`);
  const ikm = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (ikm.length < 32) throw new RangeError('PII secret must be at least 32 bytes');
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `petition/pii/${purpose}/${version}`, 32));
  return { version, encryptionKey: derive('enc'), indexKey: derive('index') };
}

/** Raised for any value that cannot be decrypted; deliberately says nothing about which part failed. */
export class PiiDecryptError extends Error {
  constructor(message = '敏感信息解密失败：数据已被篡改、不属于此记录或密钥不匹配') {
    super(message);
    this.name = 'PiiDecryptError';
  }
}

/**
 * What a ciphertext is bound to, e.g. `[tenantId, 'petitioner.id_number', rowId]`: the value then
 * decrypts only where it was written, so one copied into another row or column is refused. A list
 * is encoded as JSON so that `['a:b', 'c']` and `['a', 'b:c']` differ.
 */
export type PiiContext = string | readonly string[];

const contextBytes = (context: PiiContext | undefined): Buffer =>
  Buffer.from(context === undefined ? '' : typeof context === 'string' ? context : JSON.stringify(context), 'utf8');

export function encryptPii(keys: PiiKeys, plaintext: string, context?: PiiContext): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(contextBytes(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [keys.version, iv, body, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join(':');
}

/**
 * Decrypts with whichever of `keyring` wrote the value (by its version prefix). Throws
 * PiiDecryptError for a malformed, tampered or foreign value, or a version not in the keyring.
 */
export function decryptPii(keyring: PiiKeys | readonly PiiKeys[], value: string, context?: PiiContext): string {
  const parts = value.split(':');
  if (parts.length !== 4 || !parts.slice(1).every((p) => B64URL.test(p))) {
    throw new PiiDecryptError('敏感信息密文格式无效');
  }
  const [version, ivText, bodyText, tagText] = parts;
  const keys = (Array.isArray(keyring) ? keyring : [keyring]).find((k: PiiKeys) => k.version === version);
  if (!keys) throw new PiiDecryptError(`敏感信息密文的密钥版本 ${version} 不可用`);
  const iv = Buffer.from(ivText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PiiDecryptError('敏感信息密文格式无效');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(contextBytes(context));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new PiiDecryptError();
  }
}

/**
 * The keyed hash that repeat detection matches on: HMAC-SHA256 of the already normalised value
 * (parseResidentId / parsePhone), as 64 hex characters. Deterministic by design, which is why it
 * is keyed: without the key nobody can hash all 10^17 plausible ID numbers and look rows up.
 */
export function blindIndex(keys: PiiKeys, normalisedValue: string): string {
  return createHmac('sha256', keys.indexKey).update(normalisedValue, 'utf8').digest('hex');
}
