import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MAX_REQUEST_ID_LENGTH, requestIdFrom, requestIdOf } from '../request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';

/** The rule, written out independently: 1–64 characters, each a letter, digit, dot, underscore or hyphen. */
const isSane = (value: string) => value.length >= 1 && value.length <= 64 && [...value].every((char) => TOKEN_CHARS.includes(char));

const sane = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: MAX_REQUEST_ID_LENGTH });
const anyHeader = fc.oneof(
  sane,
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), maxLength: 100 }),
);

describe('the request id taken from x-request-id', () => {
  it('echoes a sane header exactly, and answers anything else with a fresh UUID; never longer than 64', () => {
    fc.assert(
      fc.property(anyHeader, (header) => {
        const id = requestIdFrom(header);
        if (isSane(header)) expect(id).toBe(header);
        else expect(id).toMatch(UUID);
        expect(id.length).toBeLessThanOrEqual(MAX_REQUEST_ID_LENGTH);
      }),
    );
  });

  it('refuses the first character past 64, a space, a colon, a newline and a non-ASCII letter', () => {
    const longest = 'a'.repeat(64);
    expect(requestIdFrom(longest)).toBe(longest);
    for (const refused of [`${longest}a`, 'a b', 'job:1', 'a\nb', '请求', '']) expect(requestIdFrom(refused)).toMatch(UUID);
  });

  it('makes a new id for every request without one', () => {
    const ids = Array.from({ length: 20 }, () => requestIdFrom(undefined));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
    expect(requestIdFrom(['bad id', 'second-id'])).toMatch(UUID);
  });

  it('of a request is the id the access log gave it, else derived from its header', () => {
    expect(requestIdOf({ id: 'from-the-log', headers: { 'x-request-id': 'from-the-header' } })).toBe('from-the-log');
    expect(requestIdOf({ headers: { 'x-request-id': 'from-the-header' } })).toBe('from-the-header');
    expect(requestIdOf({ id: 7, headers: {} })).toMatch(UUID);
  });
});
