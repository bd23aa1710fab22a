// A package's file name carries the day it was made on the China calendar, which is the calendar of the
// periods in its name: early in a Beijing morning (before 08:00) the UTC date is still yesterday's, and a
// name built from the UTC date was a day behind (seen under faketime at 20:00 UTC).
import { describe, expect, it } from 'vitest';
import { packageFileName } from '../../shared/sync/manifest.js';

describe('packageFileName', () => {
  it('dates the file by the China calendar day, whatever the hour in UTC', () => {
    // 2026-11-22 04:00 in Beijing is 2026-11-21 20:00 UTC.
    expect(packageFileName('市商务局', 'setup', '2026-11-21T20:00:00.000Z', '2026年第四季度')).toBe('市商务局-初始化包-2026年第四季度-20261122.duban');
    // 23:30 in Beijing on the 22nd is still the 22nd.
    expect(packageFileName('市商务局', 'progress', '2026-11-22T15:30:00.000Z', '2026年第四季度')).toBe('市商务局-进度包-2026年第四季度-20261122.duban');
  });

  it('leaves characters Windows refuses out of the unit and period', () => {
    expect(packageFileName('市/商务:局', 'progress', '2026-11-22T01:00:00.000Z', '2026 年 第四季度')).toBe('市商务局-进度包-2026年第四季度-20261122.duban');
  });
});
