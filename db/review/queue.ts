// The office's review queue: every submitted report of a plan's period, its state read from versions
// (a decision counts only for the version it names), its light from the report's own status and percent.
import { dayOf } from '../../shared/progress/days.js';
import { computeLight } from '../../shared/progress/lights.js';
import { parsePeriodId } from '../../shared/progress/periods.js';
import type { ReportStatus } from '../../shared/progress/report-status.js';
import type { ReviewQueue, ReviewQueueItem, ReviewQueueState } from '../../shared/review/types.js';
import type { BackendContext } from '../context.js';
import { readSettings } from '../progress/settings.js';
import { prepared } from '../statements.js';

export type QueueFilter = {
  planId: string;
  periodId?: string;
  departmentId?: string;
  state: ReviewQueueState | 'all';
  light: ReviewQueueItem['light'] | 'all';
};

type Row = {
  task_id: string;
  code: string;
  title: string;
  seq: number;
  deadline_date: string | null;
  department_id: string;
  department_name: string;
  period_id: string;
  row_version: number;
  status: ReportStatus;
  percent: number | null;
  submitted_at: string;
  decision: 'accept' | 'return' | null;
  reason: string | null;
  report_version: number | null;
  imported_at: string;
};

// Two latest reviews per report: the one on the current version (its state) and the last return before it.
const SQL = `
  SELECT r.task_id, t.code, t.title, t.seq, t.deadline_date, r.department_id, d.name AS department_name, r.period_id,
    r.row_version, r.status, r.percent, r.submitted_at, v.decision, v.reason, v.report_version, p.imported_at
  FROM reports r
  JOIN tasks t ON t.id = r.task_id AND t.deleted = 0
  JOIN plans p ON p.id = t.plan_id
  JOIN departments d ON d.id = r.department_id
  LEFT JOIN reviews v ON v.id = (
    SELECT id FROM reviews x WHERE x.task_id = r.task_id AND x.department_id = r.department_id AND x.period_id = r.period_id AND x.deleted = 0
    ORDER BY x.report_version DESC, x.row_version DESC, x.id LIMIT 1)
  WHERE r.deleted = 0 AND t.plan_id = @planId AND (@periodId IS NULL OR r.period_id = @periodId)
  ORDER BY t.seq, d.name`;

const PERIODS_SQL = `
  SELECT DISTINCT r.period_id FROM reports r JOIN tasks t ON t.id = r.task_id
  WHERE r.deleted = 0 AND t.deleted = 0 AND t.plan_id = ? ORDER BY r.period_id DESC`;

const stateOf = (row: Row): ReviewQueueState =>
  row.decision === null || row.report_version !== row.row_version ? 'pending' : row.decision === 'accept' ? 'accepted' : 'returned';

export const queueItemOf = (ctx: BackendContext, row: Row): ReviewQueueItem => {
  const { thresholds } = readSettings(ctx.db);
  const { light, reason } = computeLight({
    status: row.status,
    percent: row.percent,
    start: dayOf(new Date(row.imported_at)),
    deadline: row.deadline_date ? row.deadline_date.slice(0, 10) : null,
    today: dayOf(ctx.clock()),
    thresholds,
  });
  const state = stateOf(row);
  return {
    taskId: row.task_id,
    departmentId: row.department_id,
    periodId: row.period_id,
    taskCode: row.code,
    taskTitle: row.title,
    departmentName: row.department_name,
    periodLabel: parsePeriodId(row.period_id)?.label ?? row.period_id,
    reportVersion: row.row_version,
    status: row.status,
    percent: row.percent,
    submittedAt: row.submitted_at,
    light,
    lightReason: reason,
    state,
    answersReturn: state === 'pending' && row.decision === 'return' ? (row.reason ?? '') : null,
  };
};

const rowsOf = (ctx: BackendContext, planId: string, periodId: string | null): Row[] =>
  prepared(ctx.db, SQL).all({ planId, periodId }) as Row[];

export const reviewQueue = (ctx: BackendContext, filter: QueueFilter): ReviewQueue => {
  const periodIds = (prepared(ctx.db, PERIODS_SQL).all(filter.planId) as { period_id: string }[]).map((r) => r.period_id);
  const periods = periodIds.map((id) => ({ id, label: parsePeriodId(id)?.label ?? id }));
  const periodId = filter.periodId ?? periodIds[0] ?? null;
  const all = periodId ? rowsOf(ctx, filter.planId, periodId).map((row) => queueItemOf(ctx, row)) : [];
  const counts: Record<ReviewQueueState, number> = { pending: 0, accepted: 0, returned: 0 };
  const units = new Map<string, { id: string; name: string; pending: number }>();
  for (const item of all) {
    const unit = units.get(item.departmentId) ?? { id: item.departmentId, name: item.departmentName, pending: 0 };
    if (item.state === 'pending') unit.pending += 1;
    units.set(item.departmentId, unit);
  }
  const byUnit = all.filter((i) => !filter.departmentId || i.departmentId === filter.departmentId);
  for (const item of byUnit) counts[item.state] += 1;
  const items = byUnit.filter((i) => (filter.state === 'all' || i.state === filter.state) && (filter.light === 'all' || i.light === filter.light));
  return {
    items,
    periods,
    units: [...units.values()].sort((a, b) => b.pending - a.pending || a.name.localeCompare(b.name, 'zh-CN')),
    counts,
  };
};

/** One report's queue line, wherever it stands (decided or not). */
export const queueItem = (ctx: BackendContext, key: { taskId: string; departmentId: string; periodId: string }): ReviewQueueItem | null => {
  const planRow = prepared(ctx.db, 'SELECT plan_id FROM tasks WHERE id = ?').get(key.taskId) as { plan_id: string } | undefined;
  if (!planRow) return null;
  const row = rowsOf(ctx, planRow.plan_id, key.periodId).find((r) => r.task_id === key.taskId && r.department_id === key.departmentId);
  return row ? queueItemOf(ctx, row) : null;
};
