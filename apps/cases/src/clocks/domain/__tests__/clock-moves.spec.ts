import { describe, expect, it } from '@jest/globals';
import { type Pause, isoDate } from '#common/calendar';
import { extensionRefusal, hearingRefusal } from '../clock-moves.js';

const d = isoDate;

describe('extensionRefusal', () => {
  it('allows the handling period one extension of 1 to 30 days', () => {
    expect(extensionRefusal('HANDLE', 1)).toBeNull();
    expect(extensionRefusal('HANDLE', 30)).toBeNull();
    expect(extensionRefusal('HANDLE', 31)).toBe('延长期限应为 1 至 30 日的整数，收到 31');
    expect(extensionRefusal('HANDLE', 0)).toBe('延长期限应为 1 至 30 日的整数，收到 0');
    expect(extensionRefusal('HANDLE', 1.5)).toContain('收到 1.5');
    expect(extensionRefusal('HANDLE', '10')).toContain('收到 10');
  });
});

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
