import { describe, expect, test } from 'vitest';
import { attainmentOf, parseTarget } from '../../shared/progress/attainment.js';
import { dayOf } from '../../shared/progress/days.js';
import { computeLight, DEFAULT_THRESHOLDS, type LightInput } from '../../shared/progress/lights.js';
import { parseNumber } from '../../shared/progress/numbers.js';
import { reportStateOf } from '../../shared/progress/report-status.js';

// A task running through 2026 (start 2026-01-01, deadline 2026-12-31); "today" comes from a fixed clock.
const base = (now: string, over: Partial<LightInput> = {}): LightInput => ({
  status: 'on_track',
  percent: 50,
  start: '2026-01-01',
  deadline: '2026-12-31',
  today: dayOf(new Date(now)),
  thresholds: DEFAULT_THRESHOLDS,
  ...over,
});

describe('traffic lights', () => {
  test('green when progress keeps pace with the elapsed time', () => {
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { percent: 50 })).light).toBe('green');
  });

  test('yellow when it lags by 10–30 points, red beyond 30', () => {
    // 2026-07-01 is ~50% of the year.
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { percent: 35 })).light).toBe('yellow');
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { percent: 15 }))).toMatchObject({ light: 'red' });
  });

  test('thresholds are settings: a stricter yellow catches a smaller lag', () => {
    const strict = { yellowLag: 5, redLag: 20, nearDays: 30 };
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { percent: 43 })).light).toBe('green');
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { percent: 43, thresholds: strict })).light).toBe('yellow');
  });

  test('blue within 30 days of the deadline when on pace but not done', () => {
    expect(computeLight(base('2026-12-10T10:00:00+08:00', { percent: 95 })).light).toBe('blue');
    expect(computeLight(base('2026-12-10T10:00:00+08:00', { percent: 95, status: 'done' })).light).toBe('green');
  });

  test('red once the deadline has passed undone, green if done', () => {
    const after = '2027-01-02T10:00:00+08:00';
    expect(computeLight(base(after, { percent: 99 }))).toMatchObject({ light: 'red', reason: '已过完成时限仍未完成' });
    expect(computeLight(base(after, { percent: 100, status: 'done' })).light).toBe('green');
  });

  test('without a deadline the unit’s own status decides', () => {
    const noDeadline = { deadline: null, start: null };
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { ...noDeadline, status: 'behind' })).light).toBe('yellow');
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { ...noDeadline, status: 'ongoing' })).light).toBe('green');
    expect(computeLight(base('2026-07-01T10:00:00+08:00', { ...noDeadline, status: null, percent: null })).light).toBe('none');
  });
});

describe('indicator targets and attainment', () => {
  test('targets as written in plans', () => {
    expect(parseTarget('≥97')).toEqual({ comparator: '>=', low: 97, high: null });
    expect(parseTarget('>98')).toEqual({ comparator: '>', low: 98, high: null });
    expect(parseTarget('<0。29')).toEqual({ comparator: '<', low: 0.29, high: null });
    expect(parseTarget('5家以上')).toEqual({ comparator: '>=', low: 5, high: null });
    expect(parseTarget('90%以上')).toEqual({ comparator: '>=', low: 90, high: null });
    expect(parseTarget('1-2个')).toEqual({ comparator: 'range', low: 1, high: 2 });
    expect(parseTarget('100')).toEqual({ comparator: '=', low: 100, high: null });
    expect(parseTarget('—')).toBeNull();
  });

  test('attainment as the clerk types', () => {
    const target = parseTarget('≥96');
    expect(attainmentOf('97.5', target).state).toBe('met');
    expect(attainmentOf('93', target)).toMatchObject({ state: 'unmet', label: '未达标(完成目标的 96.9%)' });
    expect(attainmentOf('九十', target)).toMatchObject({ state: 'invalid', label: '请填写数字' });
    expect(attainmentOf('0。25', parseTarget('<0.29')).state).toBe('met');
    expect(attainmentOf('', target).state).toBe('unknown');
  });

  test('numbers with full-width digits, commas and percent signs', () => {
    expect(parseNumber('１２３')).toBe(123);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('96%')).toBe(96);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('1.2.3')).toBeNull();
  });
});

describe('report state', () => {
  test('read from versions, never clocks', () => {
    expect(reportStateOf({ hasDraft: false, reportVersion: null, latestReview: null })).toBe('empty');
    expect(reportStateOf({ hasDraft: true, reportVersion: null, latestReview: null })).toBe('draft');
    expect(reportStateOf({ hasDraft: false, reportVersion: 1, latestReview: null })).toBe('submitted');
    expect(reportStateOf({ hasDraft: true, reportVersion: 1, latestReview: { reportVersion: 1, decision: 'return' } })).toBe('returned');
    // Resubmitted (version 2) after a return of version 1: the old review no longer counts.
    expect(reportStateOf({ hasDraft: false, reportVersion: 2, latestReview: { reportVersion: 1, decision: 'return' } })).toBe('submitted');
    expect(reportStateOf({ hasDraft: false, reportVersion: 2, latestReview: { reportVersion: 2, decision: 'accept' } })).toBe('accepted');
  });
});
