// The office's review: accept a submitted report or return it with a reason. A review names the report
// version it judged, so a resubmission (a newer version) is pending again without any clock involved.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ReviewItem, ReviewState } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { currentProxyEntry, markProxyReview } from '../adoption/proxy-store.js';
import { upsertSynced } from './synced-write.js';
import { readSelf } from './state.js';

type Row = {
  task_id: string;
  code: string;
  title: string;
  department_id: string;
  department_name: string;
  period_id: string;
  row_version: number;
  status: string;
  percent: number | null;
  progress: string;
  decision: 'accept' | 'return' | null;
  reason: string | null;
  report_version: number | null;
};

const SQL = `
  SELECT r.task_id, t.code, t.title, r.department_id, d.name AS department_name, r.period_id, r.row_version,
    r.status, r.percent, r.progress, v.decision, v.reason, v.report_version
  FROM reports r
  JOIN tasks t ON t.id = r.task_id
  JOIN departments d ON d.id = r.department_id
  LEFT JOIN reviews v ON v.id = (
    SELECT id FROM reviews x WHERE x.task_id = r.task_id AND x.department_id = r.department_id AND x.period_id = r.period_id AND x.deleted = 0
    ORDER BY x.report_version DESC, x.row_version DESC, x.id LIMIT 1)
  WHERE r.deleted = 0 AND (@departmentId IS NULL OR r.department_id = @departmentId)
  ORDER BY r.period_id DESC, t.seq, d.name`;

const stateOf = (row: Row): ReviewState =>
  row.decision === null || row.report_version !== row.row_version ? 'pending' : row.decision === 'accept' ? 'accepted' : 'returned';

export const listReviewItems = (db: Db, departmentId: string | null): ReviewItem[] =>
  (prepared(db, SQL).all({ departmentId }) as Row[]).map((row) => ({
    taskId: row.task_id,
    taskCode: row.code,
    taskTitle: row.title,
    departmentId: row.department_id,
    departmentName: row.department_name,
    periodId: row.period_id,
    reportVersion: row.row_version,
    status: row.status,
    percent: row.percent,
    progress: row.progress,
    state: stateOf(row),
    lastDecision: row.decision ? { decision: row.decision, reason: row.reason ?? '', reportVersion: row.report_version ?? 0 } : null,
  }));

export type ReviewInput = { task: string; department: string; periodId: string; decision: 'accept' | 'return'; reason: string; reviewer: string };

const resolveTaskId = (db: Db, task: string): string => {
  const row = prepared(
    db,
    `SELECT id FROM tasks WHERE deleted = 0 AND (id = @t OR code = @t) ORDER BY (id = @t) DESC, seq LIMIT 1`,
  ).get({ t: task }) as { id: string } | undefined;
  if (!row) throw new ApiError('not_found', `没有这项任务:${task}`);
  return row.id;
};

const resolveDepartmentId = (db: Db, department: string): string => {
  const row = prepared(
    db,
    `SELECT id FROM departments WHERE deleted = 0 AND (id = @t OR name = @t OR id IN (SELECT department_id FROM department_aliases WHERE alias = @t))`,
  ).get({ t: department }) as { id: string } | undefined;
  if (!row) throw new ApiError('not_found', `部门目录中没有“${department}”`);
  return row.id;
};

/** Records one decision on the report's current version (logged for sync, so it travels in the next review package). */
export const recordReview = (ctx: BackendContext, input: ReviewInput): ReviewItem => {
  const { db } = ctx;
  if (readSelf(db, ctx.identity).role !== 'office') throw new ApiError('refused', '只有牵头办公室可以审核');
  if (input.decision === 'return' && input.reason.trim() === '') throw new ApiError('bad_input', '退回时必须写明理由');
  const taskId = resolveTaskId(db, input.task);
  const departmentId = resolveDepartmentId(db, input.department);
  const report = prepared(db, 'SELECT row_version FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0').get(
    taskId,
    departmentId,
    input.periodId,
  ) as { row_version: number } | undefined;
  if (!report) throw new ApiError('not_found', `该部门在 ${input.periodId} 没有报送这项任务的进度`);
  const existing = prepared(
    db,
    'SELECT decision FROM reviews WHERE task_id = ? AND department_id = ? AND period_id = ? AND report_version = ? AND deleted = 0',
  ).get(taskId, departmentId, input.periodId, report.row_version) as { decision: string } | undefined;
  if (existing) throw new ApiError('conflict', `该版本的填报已审核过(${existing.decision === 'accept' ? '已通过' : '已退回'}),等部门重新报送后再审核`);
  db.transaction(() => {
    const id = randomUUID();
    // A review of the office's own 代录 stays on the office (db/adoption/proxy-store.ts says why).
    if (currentProxyEntry(db, { taskId, departmentId, periodId: input.periodId })) markProxyReview(db, id);
    upsertSynced(db, ctx.identity.originId, 'reviews', {
      id,
      task_id: taskId,
      department_id: departmentId,
      period_id: input.periodId,
      report_version: report.row_version,
      decision: input.decision,
      reason: input.reason.trim(),
      reviewer: input.reviewer,
      created_at: ctx.clock().toISOString(),
      deleted: 0,
    });
  })();
  const item = listReviewItems(db, departmentId).find((i) => i.taskId === taskId && i.periodId === input.periodId);
  if (!item) throw new ApiError('internal', '审核已记录但读取失败');
  return item;
};
