// The ranking rule and the share arithmetic the office's figures rely on.
import { describe, expect, test } from 'vitest';
import { percentOf, rankDepartments } from '../../shared/reports/rules.js';
import type { DepartmentFigure } from '../../shared/reports/types.js';

const unit = (name: string, onTimeRate: number, onTrackRate: number | null, returned = 0): Omit<DepartmentFigure, 'rank' | 'channel'> => ({
  departmentId: name,
  name,
  contact: '',
  expected: 10,
  submitted: 10,
  onTime: onTimeRate / 10,
  returned,
  ledTasks: onTrackRate === null ? 0 : 10,
  ledGreen: onTrackRate === null ? 0 : onTrackRate / 10,
  onTimeRate,
  onTrackRate,
});

describe('rankDepartments', () => {
  test('equal figures share a rank and the next rank skips (1, 2, 2, 4)', () => {
    const ranked = rankDepartments([unit('丙', 50, 50), unit('甲', 100, 50), unit('乙', 50, 50), unit('丁', 0, 0)]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, '甲'],
      [2, '丙'],
      [2, '乙'],
      [4, '丁'],
    ]);
  });

  test('a unit that leads nothing is judged on submission alone; returns break ties', () => {
    const ranked = rankDepartments([unit('甲', 80, 40), unit('乙', 80, null), unit('丙', 80, null, 2)]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, '乙'],
      [2, '丙'],
      [3, '甲'],
    ]);
  });
});

test('percentOf rounds to one decimal and treats 0 of 0 as 0', () => {
  expect(percentOf(2, 3)).toBe(66.7);
  expect(percentOf(0, 0)).toBe(0);
  expect(percentOf(5, 5)).toBe(100);
});
