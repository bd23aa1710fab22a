// How a lifecycle date and decision read on screen and in the bulletin: the way offices write deadlines
// (2026年12月底 for a month's last day, else 2026年12月15日).
import { dayParts, lastDayOfMonth, type Day } from '../progress/days.js';
import type { LifecycleAction, LifecycleKind, RequestState } from './types.js';

export const deadlineWords = (day: Day): string => {
  const p = dayParts(day);
  return lastDayOfMonth(p.year, p.month) === day.slice(0, 10) ? `${p.year}年${p.month}月底` : `${p.year}年${p.month}月${p.day}日`;
};

/** 原定2026年12月底,经批准延至2027年3月底 */
export const extensionNote = (original: Day | null, effective: Day | null): string | null =>
  effective && original !== effective ? `${original ? `原定${deadlineWords(original)}` : '原无明确时限'},经批准延至${deadlineWords(effective)}` : null;

export const kindLabel: Record<LifecycleKind, string> = { extension: '延期申请', closure: '办结申请' };

export const stateLabel: Record<RequestState, string> = { pending: '待审批', approved: '已批准', refused: '不予批准' };

export const decisionLabel = (kind: LifecycleKind | null, action: LifecycleAction): string =>
  action === 'reopen' ? '重新启用' : kind === 'closure' ? (action === 'approve' ? '同意销号' : '不予销号') : action === 'approve' ? '批准延期' : '不予延期';
