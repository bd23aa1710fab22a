import { describe, expect, test } from 'vitest';
import { clockProblem } from '../../shared/app/clock-check.js';

const evidence = { latestSeen: '2026-11-20T02:00:00Z' };

describe('the PC date check', () => {
  test('a date after what this PC has seen is fine, and so is a few hours of drift', () => {
    expect(clockProblem(new Date('2026-11-22T01:00:00Z'), evidence)).toBeNull();
    expect(clockProblem(new Date('2026-11-19T20:00:00Z'), evidence)).toBeNull();
    expect(clockProblem(new Date('2027-03-01T01:00:00Z'), { latestSeen: null })).toBeNull();
  });

  test('a reset CMOS clock is named plainly', () => {
    expect(clockProblem(new Date('2000-01-01T00:00:00Z'), evidence)).toEqual({
      message: '本机日期为 2000年1月1日,明显不对。请先在电脑上校正日期和时间,否则报告期、截止日期和亮灯都会算错。',
      isImplausible: true,
    });
  });

  test('a date earlier than this PC last used Duban says so, with both dates', () => {
    const problem = clockProblem(new Date('2026-10-01T01:00:00Z'), evidence);
    expect(problem?.message).toContain('本机日期为 2026年10月1日,早于这台电脑上次使用督办的日期 2026年11月20日');
    expect(problem?.isImplausible).toBe(false);
  });
});
