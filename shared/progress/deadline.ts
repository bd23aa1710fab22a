// Deadlines the Chinese way, through date-fns with the zh-CN locale: 2026年12月31日, 还剩 39 天, 已逾期 12 天.
import { format } from 'date-fns/format';
import { zhCN } from 'date-fns/locale/zh-CN';
import { dayParts, daysBetween, type Day } from './days.js';

export const formatDay = (day: Day): string => {
  const p = dayParts(day);
  return format(new Date(p.year, p.month - 1, p.day), 'yyyy年M月d日', { locale: zhCN });
};

/** 还剩 39 天 / 今天到期 / 已逾期 12 天 */
export const remainingLabel = (deadline: Day, today: Day): string => {
  const left = daysBetween(today, deadline);
  if (left > 0) return `还剩 ${left} 天`;
  if (left === 0) return '今天到期';
  return `已逾期 ${-left} 天`;
};

export const isOverdue = (deadline: Day, today: Day): boolean => daysBetween(today, deadline) < 0;
