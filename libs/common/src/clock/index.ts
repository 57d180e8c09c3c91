import { readFileSync } from 'node:fs';
import { type IsoDate, isoDate } from '../calendar/iso-date.js';

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The date in China (UTC+8 all year, no daylight saving) at an instant. */
export function chinaDateOf(instant: Date): IsoDate {
  return isoDate(new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10));
}

/**
 * Where the services read the time. Statutory dates are China dates; tests and demos replace the
 * clock instead of the system time.
 */
export abstract class Clock {
  abstract now(): Date;

  today(): IsoDate {
    return chinaDateOf(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Starts at a given instant when the process starts and runs forward in real time (`CLOCK_START`). */
export class ShiftedClock extends Clock {
  private readonly offset: number;

  constructor(start: Date) {
    super();
    this.offset = start.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

/** Stands still until told to move: for tests of time-dependent rules. */
export class ManualClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

/**
 * Reads the instant from a file on every call (`CLOCK_FILE`), so that a demo or an end-to-end test
 * can move the time of running processes by rewriting one file.
 */
export class FileClock extends Clock {
  constructor(private readonly path: string) {
    super();
  }

  now(): Date {
    const instant = new Date(readFileSync(this.path, 'utf8').trim());
    if (Number.isNaN(instant.getTime())) throw new Error(`${this.path} does not hold an ISO 8601 instant`);
    return instant;
  }
}
