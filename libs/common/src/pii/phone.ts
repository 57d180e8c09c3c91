import { validation } from '../errors/index.js';

/**
 * Chinese phone numbers in one canonical form, so that the same phone written two ways yields the
 * same blind index: mobile `13812345678`; landline `028-86001234`, with extension `028-86001234-801`.
 */

export type PhoneKind = 'MOBILE' | 'LANDLINE';

export const PhoneError = { EMPTY: 'PHONE_EMPTY', INVALID: 'PHONE_INVALID' } as const;
export type PhoneError = (typeof PhoneError)[keyof typeof PhoneError];

export type PhoneResult = { ok: true; value: string; kind: PhoneKind } | { ok: false; code: PhoneError; message: string };

const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Area codes are prefix-free: 010 and 02x have three digits, every other one four. The local
 * number never starts with 0 or 1. An extension follows a separator, 转, ext or #.
 */
const LANDLINE = /^(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:(?:-|转|ext\.?|x|#)(\d{1,6}))?$/i;

/** Normalises a mobile (optional +86/0086/86) or landline number; refuses anything else. */
export function parsePhone(input: string): PhoneResult {
  // Spaces, dots and brackets are decoration; dashes are kept because they may mark an extension.
  let s = input
    .trim()
    .replace(/[\s.()（）]/g, '')
    .replace(/－|—/g, '-');
  if (s === '') return { ok: false, code: PhoneError.EMPTY, message: '电话号码不能为空' };

  const international = /^(?:\+|00)86-?/.exec(s);
  if (international) {
    s = s.slice(international[0].length);
    // Abroad a landline is dialled without its leading 0 (+86 28 …, +86 10 …); put it back.
    if (!s.startsWith('0') && !MOBILE.test(s.replace(/-/g, ''))) s = `0${s}`;
  }
  const digitsOnly = s.replace(/-/g, '');
  if (MOBILE.test(digitsOnly)) return { ok: true, value: digitsOnly, kind: 'MOBILE' };
  if (!international && /^86/.test(digitsOnly) && MOBILE.test(digitsOnly.slice(2))) {
    return { ok: true, value: digitsOnly.slice(2), kind: 'MOBILE' };
  }

  const landline = LANDLINE.exec(s);
  if (landline) {
    const [, area, local, extension] = landline;
    return { ok: true, value: extension ? `${area}-${local}-${extension}` : `${area}-${local}`, kind: 'LANDLINE' };
  }
  return {
    ok: false,
    code: PhoneError.INVALID,
    message: '电话号码格式无效：应为1开头的11位手机号码，或带区号的固定电话（如028-86001234）',
  };
}

/** The canonical number, or a VALIDATION error carrying the reason's stable code (for resolvers). */
export function requirePhone(input: string, field = 'phone'): string {
  const result = parsePhone(input);
  if (!result.ok) throw validation(result.message, { field, reason: result.code });
  return result.value;
}
