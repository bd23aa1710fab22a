// The PC date check (shared/app/clock-check.ts) with its evidence: the latest time this installation's own
// clock has shown, kept in meta and only ever raised, except when a person says the date is right.
import { clockProblem } from '../../shared/app/clock-check.js';
import type { ClockCheck } from '../../shared/domain/types.js';
import { dayOf } from '../../shared/progress/days.js';
import type { BackendContext } from '../context.js';
import { readMeta, writeMeta } from '../meta.js';

const LATEST_SEEN = 'clock_latest_seen';

/** Checks the clock and, when it looks right, remembers it as the latest seen. */
export const checkClock = ({ db, clock }: BackendContext): ClockCheck => {
  const now = clock();
  const latestSeen = readMeta(db, LATEST_SEEN) ?? null;
  const problem = clockProblem(now, { latestSeen });
  if (problem === null && (latestSeen === null || now.toISOString() > latestSeen)) writeMeta(db, LATEST_SEEN, now.toISOString());
  return { problem: problem?.message ?? null, canAccept: problem !== null && !problem.isImplausible, today: dayOf(now) };
};

/** 日期无误: the person checked the PC's date (say it ran ahead once and was corrected); start again from now. */
export const acceptClock = (ctx: BackendContext): ClockCheck => {
  writeMeta(ctx.db, LATEST_SEEN, ctx.clock().toISOString());
  return checkClock(ctx);
};
