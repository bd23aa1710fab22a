// Traffic lights (亮灯) from domain.md: green on track or done; yellow when progress lags the planned
// pace by yellowLag–redLag points; red beyond redLag or past the deadline undone; blue when the deadline
// is within nearDays and the task is not done. Thresholds are settings; `today` comes from the injected clock.
import { daysBetween, type Day } from './days.js';
import type { ReportStatus } from './report-status.js';

export type Light = 'green' | 'yellow' | 'red' | 'blue' | 'none';

export type LightThresholds = { yellowLag: number; redLag: number; nearDays: number };

export const DEFAULT_THRESHOLDS: LightThresholds = { yellowLag: 10, redLag: 30, nearDays: 30 };

export const lightLabel: Record<Light, string> = {
  green: '绿灯',
  yellow: '黄灯',
  red: '红灯',
  blue: '蓝灯',
  none: '未亮灯',
};

export type LightInput = {
  /** The latest report's status and percent; null when nothing was ever reported. */
  status: ReportStatus | null;
  percent: number | null;
  /** When the task's time started (the plan's start) and its deadline; either may be unknown. */
  start: Day | null;
  deadline: Day | null;
  today: Day;
  thresholds: LightThresholds;
};

export type LightResult = { light: Light; reason: string };

/** Planned pace: the share of the task's time already elapsed, 0–100. */
export const plannedPercent = (start: Day, deadline: Day, today: Day): number => {
  const total = daysBetween(start, deadline);
  if (total <= 0) return 100;
  const elapsed = Math.min(Math.max(daysBetween(start, today), 0), total);
  return Math.round((elapsed / total) * 100);
};

export const computeLight = (input: LightInput): LightResult => {
  const { status, percent, start, deadline, today, thresholds } = input;
  if (status === 'done') return { light: 'green', reason: '已完成' };
  if (deadline && daysBetween(today, deadline) < 0) return { light: 'red', reason: '已过完成时限仍未完成' };
  if (deadline && start) {
    const lag = plannedPercent(start, deadline, today) - (percent ?? 0);
    if (lag > thresholds.redLag) return { light: 'red', reason: `进度落后计划 ${lag} 个百分点` };
    if (lag >= thresholds.yellowLag) return { light: 'yellow', reason: `进度落后计划 ${lag} 个百分点` };
  }
  if (deadline && daysBetween(today, deadline) <= thresholds.nearDays) {
    return { light: 'blue', reason: `距完成时限不足 ${thresholds.nearDays} 天` };
  }
  // Without a deadline there is no planned pace: the unit's own status is all there is to go on.
  if (status === 'behind') return { light: 'yellow', reason: '填报为滞后' };
  if (status === 'on_track' || status === 'ongoing') return { light: 'green', reason: '按计划推进' };
  if (status === 'not_started') return deadline ? { light: 'green', reason: '尚未启动,时间尚余' } : { light: 'none', reason: '尚未启动' };
  return { light: 'none', reason: '尚无填报' };
};
