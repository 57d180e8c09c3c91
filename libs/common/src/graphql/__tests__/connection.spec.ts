import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, toConnection } from '../connection.js';
import { AppError } from '../../errors/index.js';

describe('cursor connections', () => {
  it('round-trips any sort key through a cursor', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 3 }), (key) => {
        expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key);
      }),
    );
  });

  it('refuses a tampered cursor with a coded error', () => {
    expect(() => decodeCursor('not-a-cursor', 1)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor(['a', 'b']), 1)).toThrow('分页游标无效');
  });

  it('pages a list into first-sized pages whose cursors continue exactly where the last ended', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (values, first) => {
        const sorted = [...values].sort((a, b) => a - b);
        const seen: number[] = [];
        let after: number | null = null;
        for (;;) {
          const rest = sorted.filter((v) => after === null || v > after).slice(0, first + 1);
          const page = toConnection(rest, first, (v) => [v]);
          seen.push(...page.edges.map((e) => e.node));
          if (!page.pageInfo.hasNextPage) break;
          after = decodeCursor(page.pageInfo.endCursor!, 1)![0] as number;
        }
        expect(seen).toEqual(sorted);
      }),
    );
  });
});
