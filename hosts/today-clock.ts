// `--today YYYY-MM-DD` for the local host: demos and end-to-end tests run "as of" a chosen day (the
// current reporting period, lights and deadlines follow it) while the time of day still moves, so
// drafts and submissions keep their order. Never used by the packaged app.
import type { Clock } from '../db/backend.js';
import { ApiError } from '../shared/api/errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The clock of a host started with --today: real time shifted by whole days onto that date (UTC+8 calendar). */
export const clockForToday = (today: string, realClock: Clock = () => new Date()): Clock => {
  const match = DAY.exec(today);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const wanted = Date.UTC(year, month - 1, day);
  const check = new Date(wanted);
  if (!match || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new ApiError('bad_input', `--today 的日期无效:${today}(应为 年-月-日,例如 2026-11-22)`);
  }
  // Days are counted on the China calendar (UTC+8), which is the calendar periods and deadlines use.
  const chinaDayIndex = (ms: number): number => Math.floor((ms + 8 * 3_600_000) / 86_400_000);
  const shiftDays = wanted / 86_400_000 - chinaDayIndex(realClock().getTime());
  return () => new Date(realClock().getTime() + shiftDays * 86_400_000);
};
