// A PC whose date is wrong (a flat CMOS battery resets it to 2000, a typo when setting it) would put reports
// in the wrong period and light tasks wrongly. Merges never depend on the clock (sync.md), but the clerk's
// current period and the lights do, so the app says so plainly instead of silently working in the past.
import { formatDay } from '../progress/deadline.js';
import { dayOf } from '../progress/days.js';

/** Earlier than this is never a real "today" for a plan Duban can hold. */
const EARLIEST_PLAUSIBLE = '2015-01-01T00:00:00Z';
/** Time zones and a PC set a day off by hand are not worth a warning. */
const SLACK_MS = 36 * 3_600_000;

/**
 * Only this PC's own past readings count: times written by the office's PC (a plan's import time) may be
 * a year off from ours without anything being wrong here (sync.md: clocks a year apart must merge alike).
 */
export type ClockEvidence = {
  /** The latest time this installation has seen its own clock say (kept in the database). */
  latestSeen: string | null;
};

/**
 * A Chinese sentence saying what is wrong with the PC's date, or null when it looks right. isImplausible:
 * no "the date is right" can make it so (before 2015), so the app offers no such button.
 */
export type ClockProblem = { message: string; isImplausible: boolean };

export const clockProblem = (now: Date, evidence: ClockEvidence): ClockProblem | null => {
  const today = formatDay(dayOf(now));
  const fix = '请先在电脑上校正日期和时间,否则报告期、截止日期和亮灯都会算错。';
  if (now.getTime() < Date.parse(EARLIEST_PLAUSIBLE)) return { message: `本机日期为 ${today},明显不对。${fix}`, isImplausible: true };
  const isBefore = (iso: string | null): boolean => iso !== null && now.getTime() < Date.parse(iso) - SLACK_MS;
  if (isBefore(evidence.latestSeen)) {
    const seen = formatDay(dayOf(new Date(evidence.latestSeen ?? '')));
    return { message: `本机日期为 ${today},早于这台电脑上次使用督办的日期 ${seen}。${fix}`, isImplausible: false };
  }
  return null;
};
