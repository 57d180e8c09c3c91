import { validation } from '../errors/index.js';

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * The first two digits: the provinces of GB/T 2260, plus 81/82/83 used by the residence permits of
 * Hong Kong, Macao and Taiwan residents, which share this format and are registered the same way.
 */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export const ResidentIdError = {
  EMPTY: 'ID_EMPTY',
  LENGTH: 'ID_LENGTH',
  FORMAT: 'ID_FORMAT',
  ADDRESS: 'ID_ADDRESS',
  BIRTH_DATE: 'ID_BIRTH_DATE',
  CHECKSUM: 'ID_CHECKSUM',
} as const;
export type ResidentIdError = (typeof ResidentIdError)[keyof typeof ResidentIdError];

export type Sex = 'MALE' | 'FEMALE';

export type ResidentIdResult =
  { ok: true; value: string; addressCode: string; birthDate: string; sex: Sex } | { ok: false; code: ResidentIdError; message: string };

/** The check character for the first 17 digits. */
export function residentIdCheckChar(body: string): string {
  if (!/^\d{17}$/.test(body)) throw new RangeError('body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

const fail = (code: ResidentIdError, message: string): ResidentIdResult => ({ ok: false, code, message });

/**
 * Today's date as YYYYMMDD in China Standard Time: a person born today in Beijing is valid even
 * while the server's UTC clock still shows yesterday.
 */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Validates and normalises (trims, upper-cases a trailing x) a resident ID number. `now` is a
 * parameter so that tests and re-validation of old records are deterministic.
 */
export function parseResidentId(input: string, now: Date = new Date()): ResidentIdResult {
  const value = input.trim().toUpperCase();
  if (value === '') return fail(ResidentIdError.EMPTY, '身份证号码不能为空');
  if (value.length !== 18) return fail(ResidentIdError.LENGTH, '身份证号码长度应为18位');
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail(ResidentIdError.FORMAT, '身份证号码前17位应为数字，最后一位应为数字或X');
  }
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return fail(ResidentIdError.ADDRESS, '身份证号码地址码无效');

  const birth = value.slice(6, 14);
  const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  // Date.UTC rolls 0230 over to 0302; a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(ResidentIdError.BIRTH_DATE, '身份证号码中的出生日期无效');
  }
  if (y < 1900) return fail(ResidentIdError.BIRTH_DATE, '身份证号码中的出生日期无效：早于1900年');
  if (birth > chinaToday(now)) return fail(ResidentIdError.BIRTH_DATE, '身份证号码中的出生日期无效：晚于今天');

  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) {
    return fail(ResidentIdError.CHECKSUM, '身份证号码校验位错误');
  }
  return {
    ok: true,
    value,
    addressCode: value.slice(0, 6),
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** The normalised number, or a VALIDATION error carrying the reason's stable code (for resolvers). */
export function requireResidentId(input: string, field = 'idNumber', now: Date = new Date()): string {
  const result = parseResidentId(input, now);
  if (!result.ok) throw validation(result.message, { field, reason: result.code });
  return result.value;
}
