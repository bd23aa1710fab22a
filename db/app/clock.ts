// The PC date check (shared/app/clock-check.ts) with its evidence: the latest time this installation's own
// clock has shown, kept in meta and only ever raised, except when a person says the date is right.
import { clockProblem } from '../../shared/app/clock-check.js';
import type { ClockCheck } from '../../shared/domain/types.js';
import { dayOf } from '../../shared/progress/days.js';
import { formatDay } from '../../shared/progress/deadline.js';
import type { BackendContext } from '../context.js';
import { readMeta, writeMeta } from '../meta.js';

const LATEST_SEEN = 'clock_latest_seen';

/** Received packages dated more than this ahead of our clock say our clock is behind (a week: not time zones). */
const AHEAD_MS = 7 * 24 * 3_600_000;

/** The latest date on a package received here, by its sender's clock (sync_packages.created_at, display only). */
const aheadOfUs = (db: BackendContext['db'], now: Date): string | null => {
  const row = db
    .prepare(
      `SELECT p.created_at, COALESCE(s.name, '') AS name, COALESCE(s.role, '') AS role FROM sync_packages p
       LEFT JOIN sync_peers s ON s.origin_id = p.from_origin ORDER BY p.created_at DESC LIMIT 1`,
    )
    .get() as { created_at: string; name: string; role: string } | undefined;
  const stamp = row ? Date.parse(row.created_at) : NaN;
  if (!row || !Number.isFinite(stamp) || stamp - now.getTime() <= AHEAD_MS) return null;
  const days = Math.round((stamp - now.getTime()) / 86_400_000);
  const who = row.role === 'office' ? '牵头办公室' : row.name || '对方';
  return `${who}发来的数据包日期为 ${formatDay(dayOf(new Date(stamp)))},比本机日期 ${formatDay(dayOf(now))} 晚 ${days} 天:本机日期可能不对,请校正。报告期以牵头办公室为准,不受本机日期影响。`;
};

/** Checks the clock and, when it looks right and isRecording, remembers it as the latest seen. */
export const checkClock = ({ db, clock }: BackendContext, isRecording = true): ClockCheck => {
  const now = clock();
  const latestSeen = readMeta(db, LATEST_SEEN) ?? null;
  const problem = clockProblem(now, { latestSeen });
  if (isRecording && problem === null && (latestSeen === null || now.toISOString() > latestSeen)) writeMeta(db, LATEST_SEEN, now.toISOString());
  const ahead = aheadOfUs(db, now);
  return { problem: problem?.message ?? null, canAccept: problem !== null && !problem.isImplausible, today: dayOf(now), ...(ahead ? { aheadOfUs: ahead } : {}) };
};

/** 日期无误: the person checked the PC's date (say it ran ahead once and was corrected); start again from now. */
export const acceptClock = (ctx: BackendContext): ClockCheck => {
  writeMeta(ctx.db, LATEST_SEEN, ctx.clock().toISOString());
  return checkClock(ctx);
};
