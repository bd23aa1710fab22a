// The period the office is collecting (sync.md: periods a department works to come from the office's
// packages, never from its own calendar). The office names it (a person opened it, or else its own
// calendar's period) in every package it sends; the department keeps the one from the office's latest
// package, by the office's sequence number, never by a date. Only a PC that has neither falls back to
// its clock.
import { ApiError } from '../../shared/api/errors.js';
import { parsePeriodId, periodOfInstant, type Cadence, type Period } from '../../shared/progress/periods.js';
import type { CollectingPeriod } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { readMeta, writeMeta } from '../meta.js';
import type { Db } from '../open.js';
import { readSettings } from '../progress/settings.js';

/** Office: the period a person opened (`duban period --open`, 数据交换); unset means its calendar's period. */
const OPENED_KEY = 'sync.collecting_period';
/** Department: the period named by the office's latest package, with the office seq it came with. */
const RECEIVED_KEY = 'sync.office_period';

type Stored = { periodId: string; due: string; seq?: number };

const readStored = (db: Db, key: string): Stored | null => {
  try {
    const raw = readMeta(db, key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Stored>;
    return typeof value.periodId === 'string' && typeof value.due === 'string' ? { periodId: value.periodId, due: value.due, seq: Number(value.seq) || 0 } : null;
  } catch {
    return null;
  }
};

const isDepartment = (db: Db): boolean => readMeta(db, 'role') === 'department';

/** What the office's packages carry: the opened period, or its calendar's period for the plan's cadence. */
export const officeCollecting = (ctx: BackendContext, cadence: Cadence): { periodId: string; due: string } => {
  const opened = readStored(ctx.db, OPENED_KEY);
  const parsed = opened ? parsePeriodId(opened.periodId) : null;
  if (opened && parsed && parsed.cadence === cadence) return { periodId: opened.periodId, due: opened.due };
  const period = periodOfInstant(ctx.clock(), cadence, readSettings(ctx.db).dueOffsetDays);
  return { periodId: period.id, due: period.due };
};

/** Office: a person opens the period to collect (its due date defaults to the plan's rule). */
export const openCollecting = (ctx: BackendContext, cadence: Cadence, periodId: string, due: string | undefined): CollectingPeriod => {
  const period = parsePeriodId(periodId, readSettings(ctx.db).dueOffsetDays);
  if (!period || period.cadence !== cadence) throw new ApiError('bad_input', `本规划的报告期应按${cadenceWord[cadence]},如 ${periodOfInstant(ctx.clock(), cadence).id}`);
  if (due !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(due)) throw new ApiError('bad_input', '截止日期格式应为 2027-01-05');
  if (due !== undefined && due < period.start) throw new ApiError('bad_input', `截止日期不能早于${period.label}的开始`);
  writeMeta(ctx.db, OPENED_KEY, JSON.stringify({ periodId: period.id, due: due ?? period.due }));
  return describe(ctx, cadence) as CollectingPeriod;
};

/** Department, inside an import's transaction: the office's period from a package, if it is the latest. */
export const receiveCollecting = (db: Db, collecting: { periodId: string; due: string } | null | undefined, officeSeq: number): void => {
  if (!collecting) return;
  const stored = readStored(db, RECEIVED_KEY);
  if (stored && (stored.seq ?? 0) > officeSeq) return;
  writeMeta(db, RECEIVED_KEY, JSON.stringify({ ...collecting, seq: officeSeq }));
};

/** The period this PC works to now: the office's (department), the opened one (office), else the calendar's. */
export const workingPeriod = (ctx: BackendContext, cadence: Cadence): Period => {
  const offset = readSettings(ctx.db).dueOffsetDays;
  const stored = readStored(ctx.db, isDepartment(ctx.db) ? RECEIVED_KEY : OPENED_KEY);
  const period = stored ? parsePeriodId(stored.periodId, offset) : null;
  if (stored && period && period.cadence === cadence) return { ...period, due: stored.due };
  return periodOfInstant(ctx.clock(), cadence, offset);
};

/** For the screens: which period is being collected and where that comes from. */
export const describe = (ctx: BackendContext, cadence: Cadence | null): CollectingPeriod | null => {
  if (!cadence) return null;
  const isDept = isDepartment(ctx.db);
  const stored = readStored(ctx.db, isDept ? RECEIVED_KEY : OPENED_KEY);
  const period = workingPeriod(ctx, cadence);
  const source: CollectingPeriod['source'] = stored && stored.periodId === period.id ? (isDept ? 'office' : 'opened') : 'calendar';
  return { periodId: period.id, label: period.label, due: period.due, source };
};

const cadenceWord: Record<Cadence, string> = { month: '月(如 2026-M03)', quarter: '季度(如 2026-Q4)', half: '半年(如 2026-H2)', year: '年度(如 2026-Y)' };

export const planCadence = (db: Db, planId: string | null): Cadence | null =>
  planId ? ((db.prepare('SELECT cadence FROM plans WHERE id = ?').get(planId) as { cadence: Cadence } | undefined)?.cadence ?? null) : null;
