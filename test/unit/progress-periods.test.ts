import { describe, expect, test } from 'vitest';
import { dayOf } from '../../shared/progress/days.js';
import { formatDay, remainingLabel } from '../../shared/progress/deadline.js';
import { parsePeriodId, periodOfDay, periodOfInstant, periodsBetween, shiftPeriod } from '../../shared/progress/periods.js';

describe('reporting periods', () => {
  test('codes and Chinese labels for every cadence', () => {
    expect(periodOfDay('2026-03-15', 'month')).toMatchObject({ id: '2026-M03', label: '2026年3月', start: '2026-03-01', end: '2026-03-31' });
    expect(periodOfDay('2026-11-22', 'quarter')).toMatchObject({ id: '2026-Q4', label: '2026年第四季度', start: '2026-10-01', end: '2026-12-31' });
    expect(periodOfDay('2026-07-01', 'half')).toMatchObject({ id: '2026-H2', label: '2026年下半年', start: '2026-07-01' });
    expect(periodOfDay('2026-02-28', 'year')).toMatchObject({ id: '2026-Y', label: '2026年度', end: '2026-12-31' });
  });

  test('due dates fall in the next year for the last period of a year (次月5日前)', () => {
    expect(periodOfDay('2026-12-01', 'month').due).toBe('2027-01-05');
    expect(periodOfDay('2026-11-22', 'quarter').due).toBe('2027-01-05');
    expect(periodOfDay('2026-12-31', 'half').due).toBe('2027-01-05');
    expect(periodOfDay('2026-06-30', 'year', -1).due).toBe('2026-12-30');
  });

  test('moving across a year end in both directions', () => {
    const q4 = periodOfDay('2026-11-22', 'quarter');
    expect(shiftPeriod(q4, 1).id).toBe('2027-Q1');
    expect(shiftPeriod(q4, -4).id).toBe('2025-Q4');
    expect(shiftPeriod(periodOfDay('2027-01-10', 'month'), -1)).toMatchObject({ id: '2026-M12', label: '2026年12月' });
    expect(shiftPeriod(periodOfDay('2027-01-10', 'half'), -1).id).toBe('2026-H2');
    expect(periodsBetween('2026-11-01', '2027-02-01', 'month').map((p) => p.id)).toEqual(['2026-M11', '2026-M12', '2027-M01', '2027-M02']);
  });

  test('February of a leap year ends on the 29th', () => {
    expect(periodOfDay('2028-02-10', 'month').end).toBe('2028-02-29');
    expect(periodOfDay('2027-02-10', 'month').end).toBe('2027-02-28');
  });

  test('codes parse back, and non-codes do not', () => {
    expect(parsePeriodId('2026-Q4')?.label).toBe('2026年第四季度');
    expect(parsePeriodId('2026-M03')?.end).toBe('2026-03-31');
    expect(parsePeriodId('2026-Q5')).toBeNull();
    expect(parsePeriodId('2026-M13')).toBeNull();
    expect(parsePeriodId('第四季度')).toBeNull();
  });

  test('the day is read in China time, whatever zone the PC uses', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in 湛江.
    expect(dayOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(periodOfInstant(new Date('2026-12-31T16:30:00Z'), 'quarter').id).toBe('2027-Q1');
  });
});

describe('deadline display', () => {
  test('Chinese dates and remaining days', () => {
    expect(formatDay('2026-12-31')).toBe('2026年12月31日');
    expect(formatDay('2027-01-05')).toBe('2027年1月5日');
    expect(remainingLabel('2026-12-31', '2026-11-22')).toBe('还剩 39 天');
    expect(remainingLabel('2026-11-10', '2026-11-22')).toBe('已逾期 12 天');
    expect(remainingLabel('2026-11-22', '2026-11-22')).toBe('今天到期');
    expect(remainingLabel('2027-01-05', '2026-12-31')).toBe('还剩 5 天');
  });
});
