// Calendar days as 'YYYY-MM-DD' strings. Deadlines and periods are Chinese calendar dates, so "today"
// is read in China Standard Time (UTC+8, no daylight saving) whatever zone the PC is set to: a Linux
// office PC left on UTC must not flip a deadline at 08:00.
const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

export type Day = string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const dayFromParts = (year: number, month: number, day: number): Day => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** The calendar day in China of an instant (the injected clock's now, a stored ISO time). */
export const dayOf = (instant: Date): Day => {
  const shifted = new Date(instant.getTime() + CST_OFFSET_MS);
  return dayFromParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
};

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isDay = (text: string): boolean => {
  const m = DAY_RE.exec(text);
  if (!m) return false;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
};

export const dayParts = (day: Day): { year: number; month: number; day: number } => {
  const m = DAY_RE.exec(day.slice(0, 10));
  if (!m) throw new Error(`not a day: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
};

// Memoised: a period's figures ask it for the same few days (today, the deadlines, the plan's start) several
// times per task, ~10% of the dashboard's build at 10,000 tasks (issue 18). Pure, so a cached answer is the
// answer; emptied when it grows past any plan's distinct days so it never holds more than a few thousand.
const dayNumbers = new Map<string, number>();

const dayNumber = (day: Day): number => {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  const p = dayParts(day);
  const n = Math.round(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
  if (dayNumbers.size >= 4096) dayNumbers.clear();
  dayNumbers.set(day, n);
  return n;
};

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Day, to: Day): number => dayNumber(to) - dayNumber(from);

export const addDays = (day: Day, days: number): Day => {
  const p = dayParts(day);
  return dayFromParts(p.year, p.month, p.day + days);
};

/** The last day of a month (month 1–12); Date.UTC rolls day 0 of the next month back to it. */
export const lastDayOfMonth = (year: number, month: number): Day => dayFromParts(year, month + 1, 0);
