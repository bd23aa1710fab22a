import { describe, expect, test } from 'vitest';
import { clockForToday } from '../../hosts/today-clock.js';

const chinaDate = (date: Date): string => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('--today for the local host', () => {
  test('moves the calendar to that day on the China calendar and keeps the time of day moving', () => {
    let now = new Date('2031-03-05T23:30:00+08:00').getTime();
    const clock = clockForToday('2026-11-22', () => new Date(now));
    expect(chinaDate(clock())).toBe('2026-11-22');
    expect(clock().toISOString()).toBe('2026-11-22T15:30:00.000Z');
    now += 40 * 60_000; // past midnight in China: the next day
    expect(chinaDate(clock())).toBe('2026-11-23');
  });

  test('an impossible or malformed date is refused in Chinese', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-11-22', '2026/11/22', '']) {
      expect(() => clockForToday(bad)).toThrow(/--today 的日期无效/);
    }
  });
});
