import { describe, expect, it } from '@jest/globals';
import { type Pause, isoDate } from '#common/calendar';
import { hearingRefusal } from '../hearing-pauses.js';

const d = isoDate;

describe('hearingRefusal', () => {
  const recorded: Pause[] = [[d('2026-03-10'), d('2026-03-12')]];
  it('accepts a hearing apart from the recorded ones, a single day too', () => {
    expect(hearingRefusal([d('2026-03-13'), d('2026-03-13')], recorded)).toBeNull();
  });
  it('refuses one that ends before it starts, or overlaps a recorded one', () => {
    expect(hearingRefusal([d('2026-03-14'), d('2026-03-13')], [])).toBe('听证开始日期 2026-03-14 晚于结束日期 2026-03-13');
    expect(hearingRefusal([d('2026-03-12'), d('2026-03-15')], recorded)).toBe('听证期间与已记录的 2026-03-10 至 2026-03-12 重叠');
  });
});
