import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { blindIndex, decryptPii, derivePiiKeys, encryptPii, PiiDecryptError } from '../cipher.js';
import { PiiCipher } from '../pii-cipher.service.js';
import type { AppConfig } from '../../config/index.js';

const SECRET = 'a-pii-secret-of-at-least-32-characters!!';
const keys = derivePiiKeys(SECRET);
const otherKeys = derivePiiKeys('another-pii-secret-of-32-characters-long');
const ID = '11010519491231002X';

/** Flip one bit of one base64url segment's decoded bytes. */
function tamper(value: string, segment: 1 | 2 | 3): string {
  const parts = value.split(':');
  const bytes = Buffer.from(parts[segment], 'base64url');
  bytes[0] ^= 0x01;
  parts[segment] = bytes.toString('base64url');
  return parts.join(':');
}

describe('encryptPii / decryptPii', () => {
  it('round-trips any text, including Chinese', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 64 }), fc.string(), (plaintext, context) => {
        expect(decryptPii(keys, encryptPii(keys, plaintext, context), context)).toBe(plaintext);
      }),
      { numRuns: 200 },
    );
    expect(decryptPii(keys, encryptPii(keys, '四川省成都市锦江区'))).toBe('四川省成都市锦江区');
  });

  it('writes a self-describing v1:<iv>:<ciphertext>:<tag> value with a fresh IV each time', () => {
    const a = encryptPii(keys, ID);
    const b = encryptPii(keys, ID);
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain(ID);
  });

  it.each([1, 2, 3] as const)('refuses a value whose segment %i was tampered with', (segment) => {
    const value = encryptPii(keys, ID, ['tenant-1', 'petitioner.id_number']);
    expect(() => decryptPii(keys, tamper(value, segment), ['tenant-1', 'petitioner.id_number'])).toThrow(PiiDecryptError);
  });

  it('refuses a value copied to another context (tenant, field or row)', () => {
    const value = encryptPii(keys, ID, ['tenant-1', 'petitioner.id_number', 'row-1']);
    expect(() => decryptPii(keys, value, ['tenant-2', 'petitioner.id_number', 'row-1'])).toThrow(PiiDecryptError);
    expect(() => decryptPii(keys, value, ['tenant-1', 'petitioner.phone', 'row-1'])).toThrow(PiiDecryptError);
    expect(() => decryptPii(keys, value)).toThrow(PiiDecryptError);
    // List elements are encoded unambiguously: moving a separator changes the context.
    const joined = encryptPii(keys, ID, ['a:b', 'c']);
    expect(() => decryptPii(keys, joined, ['a', 'b:c'])).toThrow(PiiDecryptError);
  });

  it('refuses a value written with another key', () => {
    expect(() => decryptPii(keys, encryptPii(otherKeys, ID))).toThrow('敏感信息解密失败');
  });

  it('refuses malformed values and unknown key versions with a Chinese message', () => {
    const value = encryptPii(keys, ID);
    expect(() => decryptPii(keys, 'not a ciphertext')).toThrow('敏感信息密文格式无效');
    expect(() => decryptPii(keys, value.replace(/:[^:]+$/, ':AAAA'))).toThrow('敏感信息密文格式无效');
    expect(() => decryptPii(keys, value.replace(/^v1:/, 'v2:'))).toThrow('敏感信息密文的密钥版本 v2 不可用');
  });

  it('reads old values after a rotation when the old key stays in the keyring', () => {
    const v2 = derivePiiKeys('a-brand-new-pii-secret-for-version-two!!', 'v2');
    const old = encryptPii(keys, ID);
    const fresh = encryptPii(v2, ID);
    expect(fresh.startsWith('v2:')).toBe(true);
    expect(decryptPii([v2, keys], old)).toBe(ID);
    expect(decryptPii([v2, keys], fresh)).toBe(ID);
  });

  it('refuses a short secret', () => {
    expect(() => derivePiiKeys('too-short')).toThrow(RangeError);
  });
});

describe('blindIndex', () => {
  it('is deterministic, 64 hex characters, and differs between values and between keys', () => {
    const index = blindIndex(keys, ID);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex(derivePiiKeys(SECRET), ID)).toBe(index);
    expect(blindIndex(otherKeys, ID)).not.toBe(index);
    expect(blindIndex(keys, '110105194912310021')).not.toBe(index);
  });

  it('never collides for distinct values in practice', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(blindIndex(keys, a)).not.toBe(blindIndex(keys, b));
      }),
    );
  });

  it('uses a key independent of the encryption key', () => {
    expect(keys.indexKey.equals(keys.encryptionKey)).toBe(false);
  });
});

describe('PiiCipher', () => {
  const cipher = new PiiCipher({ piiKey: Buffer.from(SECRET, 'utf8') } as AppConfig);

  it('encrypts, decrypts and indexes with the configured key', () => {
    const value = cipher.encrypt(ID, ['tenant-1', 'petitioner.id_number']);
    expect(cipher.decrypt(value, ['tenant-1', 'petitioner.id_number'])).toBe(ID);
    expect(decryptPii(keys, value, ['tenant-1', 'petitioner.id_number'])).toBe(ID);
    expect(cipher.blindIndex(ID)).toBe(blindIndex(keys, ID));
  });
});
