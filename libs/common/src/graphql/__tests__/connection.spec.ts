import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, toConnection } from '../connection.js';
import { AppError, ErrorCode } from '../../errors/index.js';

const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the cursor was accepted');
}

describe('cursor connections', () => {
  it('round-trips any text key through a cursor', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((s) => !s.includes('\u0000')),
          { minLength: 1, maxLength: 3 },
        ),
        (key) => {
          expect(
            decodeCursor(
              encodeCursor(key),
              key.map(() => 'text' as const),
            ),
          ).toEqual(key);
        },
      ),
    );
  });

  it('round-trips the instants, dates and ids that lists sort by', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), fc.uuid(), (at, id) => {
        const day = at.toISOString().slice(0, 10);
        expect(decodeCursor(encodeCursor([at.toISOString(), id]), ['timestamp', 'uuid'])).toEqual([at.toISOString(), id]);
        expect(decodeCursor(encodeCursor([day, id]), ['date', 'uuid'])).toEqual([day, id]);
      }),
    );
  });

  it('refuses a tampered cursor with a VALIDATION error naming the argument', () => {
    const error = refusal(() => decodeCursor('not-a-cursor', ['text']));
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION, field: 'after' });
    expect(() => decodeCursor(encodeCursor(['a', 'b']), ['text'])).toThrow('分页游标无效');
    expect(refusal(() => decodeCursor(forged([1]), ['text'])).extensions.code).toBe(ErrorCode.VALIDATION);
  });

  it.each([
    ['an impossible date', ['2024-02-30', '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e'], ['date', 'uuid']],
    ['a month 13', ['2024-13-01', '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e'], ['date', 'uuid']],
    ['an hour 25', ['2024-01-01T25:00:00.000Z', '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e'], ['timestamp', 'uuid']],
    ['a timestamp on an impossible day', ['2023-02-29T10:00:00.000Z', '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e'], ['timestamp', 'uuid']],
    ['free text as a timestamp', ['yesterday', '6f1c0f3e-6a4b-4c55-9d0e-8a9f0b1c2d3e'], ['timestamp', 'uuid']],
    ['a malformed id', ['2024-01-01', 'not-a-uuid'], ['date', 'uuid']],
    ['a malformed tree path', ['51..01'], ['ltree']],
    ['a NUL byte in text', ['a\u0000b'], ['text']],
  ] as const)('refuses a well-formed cursor carrying %s', (_, key, shape) => {
    const error = refusal(() => decodeCursor(forged(key), shape, 'before'));
    expect(error.extensions).toMatchObject({ code: ErrorCode.VALIDATION, field: 'before' });
  });

  it('pages a list into first-sized pages whose cursors continue exactly where the last ended', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (values, first) => {
        const key = (v: number) => String(v).padStart(5, '0');
        const sorted = [...values].sort((a, b) => a - b);
        const seen: number[] = [];
        let after: string | null = null;
        for (;;) {
          const rest = sorted.filter((v) => after === null || key(v) > after).slice(0, first + 1);
          const page = toConnection(rest, first, (v) => [key(v)]);
          seen.push(...page.edges.map((e) => e.node));
          if (!page.pageInfo.hasNextPage) break;
          after = decodeCursor(page.pageInfo.endCursor!, ['text'])![0];
        }
        expect(seen).toEqual(sorted);
      }),
    );
  });
});
