// One style for dates and periods on every screen, the Excel sheet and the bulletin: a day is
// 2026年11月29日, a moment is 11月29日 14:05 (China time, whatever the PC's zone), a period 2026年第四季度.
import { parsePeriodId } from './periods.js';

import { formatDay } from './deadline.js';
import { dayOf } from './days.js';

export { formatDay };

const CST_OFFSET_MS = 8 * 3600 * 1000;

/** 11月29日 14:05 for an ISO instant; the text itself when it is not one. */
export const formatClock = (iso: string): string => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = new Date(ms + CST_OFFSET_MS);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
};

/** 2026年第四季度 for 2026-Q4; the code itself when it is not one. */
export const periodLabel = (periodId: string): string => parsePeriodId(periodId)?.label ?? periodId;

/** Newest first, everywhere periods are listed. Codes of one cadence sort as text. */
export const newestPeriodFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** 2026年11月29日 for an ISO instant (China time): the year a 11月29日 14:05 leaves out, e.g. as its tooltip. */
export const formatDayOf = (iso: string): string => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatDay(dayOf(new Date(ms)));
};
