import { randomInt } from 'node:crypto';

/** Letters and digits nobody misreads from a screen or a note: no 0/O, 1/I/L. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 12;

/** A fresh 查询码 (about 59 bits), shown once to the petitioner and kept only as a keyed hash. */
export function newQueryCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += QUERY_CODE_ALPHABET[random(QUERY_CODE_ALPHABET.length)];
  return code;
}

/** How the code is shown: three groups of four. */
export function formatQueryCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The code as typed (spaces, dashes, lower case) in its stored form, or null when it cannot be one. */
export function normaliseQueryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== QUERY_CODE_LENGTH) return null;
  for (const char of code) if (!QUERY_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** The last four characters of an ID number as typed: digits, or an X for the check character. */
export function normaliseIdTail(input: string): string | null {
  const tail = input.trim().toUpperCase();
  return /^\d{3}[\dX]$/.test(tail) ? tail : null;
}
