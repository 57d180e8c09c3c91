import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileClock, ManualClock, ShiftedClock, chinaDateOf } from '../index.js';

describe('clock', () => {
  it('dates an instant in China time, which is a day ahead of UTC after 16:00 UTC', () => {
    expect(chinaDateOf(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDateOf(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
  });

  it('a manual clock stands still and moves by whole days when told', () => {
    const clock = new ManualClock(new Date('2026-01-05T02:00:00Z'));
    expect(clock.today()).toBe('2026-01-05');
    clock.advanceDays(31);
    expect(clock.today()).toBe('2026-02-05');
  });

  it('a shifted clock starts at the given instant and runs forward', () => {
    const clock = new ShiftedClock(new Date('2026-03-02T01:00:00Z'));
    const first = clock.now().getTime();
    expect(Math.abs(first - Date.parse('2026-03-02T01:00:00Z'))).toBeLessThan(1000);
    expect(clock.today()).toBe('2026-03-02');
  });

  it('a file clock follows the instant written into its file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'now');
    writeFileSync(file, '2026-07-20T01:00:00Z');
    const clock = new FileClock(file);
    expect(clock.today()).toBe('2026-07-20');
    writeFileSync(file, '2026-09-30T16:30:00Z\n');
    expect(clock.today()).toBe('2026-10-01');
  });
});
