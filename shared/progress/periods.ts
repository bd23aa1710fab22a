// Reporting periods (报告期) by the plan's cadence, with codes that sort within a cadence and due dates
// that may fall in the next year: 2026-M12 is due 2027-01-05 with the default 次月5日前.
import { addDays, dayFromParts, dayOf, dayParts, lastDayOfMonth, type Day } from './days.js';

export type Cadence = 'month' | 'quarter' | 'half' | 'year';

export const cadenceLabel: Record<Cadence, string> = { month: '按月', quarter: '按季度', half: '按半年', year: '按年' };

export type Period = {
  /** 2026-M03, 2026-Q4, 2026-H2, 2026-Y */
  id: string;
  cadence: Cadence;
  year: number;
  /** 1-based index within the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  index: number;
  start: Day;
  end: Day;
  /** The last day a report for this period is on time. */
  due: Day;
  /** 2026年3月, 2026年第四季度, 2026年下半年, 2026年度 */
  label: string;
};

/** Days after a period's end that its report is due: 5 means 次月5日前. Negative means before the end. */
export const DEFAULT_DUE_OFFSET_DAYS = 5;

const perYear: Record<Cadence, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const monthsPer: Record<Cadence, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const quarterNames = ['一', '二', '三', '四'];

const codeOf = (cadence: Cadence, year: number, index: number): string => {
  if (cadence === 'month') return `${year}-M${String(index).padStart(2, '0')}`;
  if (cadence === 'quarter') return `${year}-Q${index}`;
  if (cadence === 'half') return `${year}-H${index}`;
  return `${year}-Y`;
};

const labelOf = (cadence: Cadence, year: number, index: number): string => {
  if (cadence === 'month') return `${year}年${index}月`;
  if (cadence === 'quarter') return `${year}年第${quarterNames[index - 1]}季度`;
  if (cadence === 'half') return `${year}年${index === 1 ? '上' : '下'}半年`;
  return `${year}年度`;
};

export const makePeriod = (cadence: Cadence, year: number, index: number, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period => {
  // Normalise an index that ran past either end of the year into the neighbouring year.
  const count = perYear[cadence];
  const zeroBased = (year * count + (index - 1));
  const y = Math.floor(zeroBased / count);
  const i = (zeroBased - y * count) + 1;
  const firstMonth = (i - 1) * monthsPer[cadence] + 1;
  const lastMonth = firstMonth + monthsPer[cadence] - 1;
  const end = lastDayOfMonth(y, lastMonth);
  return {
    id: codeOf(cadence, y, i),
    cadence,
    year: y,
    index: i,
    start: dayFromParts(y, firstMonth, 1),
    end,
    due: addDays(end, dueOffsetDays),
    label: labelOf(cadence, y, i),
  };
};

const PERIOD_RE = /^(\d{4})-(?:M(0[1-9]|1[0-2])|Q([1-4])|H([12])|(Y))$/;

export const isPeriodId = (id: string): boolean => PERIOD_RE.test(id);

/** Reads a period code back; null when it is not one. */
export const parsePeriodId = (id: string, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period | null => {
  const m = PERIOD_RE.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return makePeriod('month', year, Number(m[2]), dueOffsetDays);
  if (m[3]) return makePeriod('quarter', year, Number(m[3]), dueOffsetDays);
  if (m[4]) return makePeriod('half', year, Number(m[4]), dueOffsetDays);
  return makePeriod('year', year, 1, dueOffsetDays);
};

export const periodLabel = (id: string): string => parsePeriodId(id)?.label ?? id;

/** The period a calendar day falls in. */
export const periodOfDay = (day: Day, cadence: Cadence, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period => {
  const { year, month } = dayParts(day);
  return makePeriod(cadence, year, Math.floor((month - 1) / monthsPer[cadence]) + 1, dueOffsetDays);
};

export const periodOfInstant = (now: Date, cadence: Cadence, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period =>
  periodOfDay(dayOf(now), cadence, dueOffsetDays);

export const shiftPeriod = (period: Period, by: number, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period =>
  makePeriod(period.cadence, period.year, period.index + by, dueOffsetDays);

/** Periods from the one holding `from` to the one holding `to`, oldest first (empty when from > to). */
export const periodsBetween = (from: Day, to: Day, cadence: Cadence, dueOffsetDays = DEFAULT_DUE_OFFSET_DAYS): Period[] => {
  const last = periodOfDay(to, cadence, dueOffsetDays);
  const list: Period[] = [];
  for (let p = periodOfDay(from, cadence, dueOffsetDays); p.start <= last.start; p = shiftPeriod(p, 1, dueOffsetDays)) {
    list.push(p);
    if (list.length > 1200) break;
  }
  return list;
};
