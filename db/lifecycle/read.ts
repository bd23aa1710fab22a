// Reading requests with their decisions: the office's queue and one task's lifecycle on either side.
// A request and its decision meet by request id (the decision also names the version it judged).
import { ApiError } from '../../shared/api/errors.js';
import { extensionNote } from '../../shared/lifecycle/labels.js';
import type { LifecycleQueue, LifecycleRequestView, TaskLifecycle } from '../../shared/lifecycle/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { requireTask, roleOf } from '../progress/lookup.js';
import { prepared } from '../statements.js';
import { lifecycleStateOf } from './state.js';
import { isDemo } from '../progress/authorship.js';
import { readSelf } from '../sync/state.js';

type RequestRow = {
  id: string;
  row_version: number;
  task_id: string;
  task_code: string;
  task_title: string;
  department_id: string;
  department_name: string;
  kind: 'extension' | 'closure';
  current_deadline: string | null;
  requested_deadline: string | null;
  reason: string;
  final_report: string;
  requested_by: string;
  created_at: string;
  d_id: string | null;
  d_action: 'approve' | 'refuse' | 'reopen' | null;
  d_reason: string | null;
  d_by: string | null;
  d_at: string | null;
  d_deadline: string | null;
};

const SELECT = `
  SELECT q.id, q.row_version, q.task_id, t.code AS task_code, t.title AS task_title, q.department_id,
    COALESCE(u.name, '未知单位') AS department_name, q.kind, q.current_deadline, q.requested_deadline, q.reason,
    q.final_report, q.requested_by, q.created_at,
    d.id AS d_id, d.action AS d_action, d.reason AS d_reason, d.decided_by AS d_by, d.decided_at AS d_at, d.new_deadline AS d_deadline
  FROM lifecycle_requests q
  JOIN tasks t ON t.id = q.task_id
  LEFT JOIN departments u ON u.id = q.department_id
  LEFT JOIN lifecycle_decisions d ON d.id = (
    SELECT x.id FROM lifecycle_decisions x WHERE x.request_id = q.id AND x.deleted = 0 ORDER BY x.ordinal DESC LIMIT 1)
  WHERE q.deleted = 0`;

const attachmentsOf = (db: Db, requestId: string): { sha256: string; fileName: string }[] =>
  (
    prepared(db, 'SELECT sha256, file_name FROM lifecycle_attachments WHERE request_id = ? AND deleted = 0 ORDER BY file_name').all(requestId) as {
      sha256: string;
      file_name: string;
    }[]
  ).map((a) => ({ sha256: a.sha256, fileName: a.file_name }));

const viewOf = (db: Db, r: RequestRow): LifecycleRequestView => ({
  id: r.id,
  version: r.row_version,
  taskId: r.task_id,
  taskCode: r.task_code,
  taskTitle: r.task_title,
  departmentId: r.department_id,
  departmentName: r.department_name,
  kind: r.kind,
  currentDeadline: r.current_deadline,
  requestedDeadline: r.requested_deadline,
  reason: r.reason,
  finalReport: r.final_report,
  requestedBy: r.requested_by,
  createdAt: r.created_at,
  attachments: attachmentsOf(db, r.id),
  state: r.d_action === 'approve' ? 'approved' : r.d_action === 'refuse' ? 'refused' : 'pending',
  decision:
    r.d_id && r.d_action
      ? { id: r.d_id, action: r.d_action, reason: r.d_reason ?? '', decidedBy: r.d_by ?? '', decidedAt: r.d_at ?? '', newDeadline: r.d_deadline }
      : null,
});

export const readRequest = (db: Db, requestId: string): LifecycleRequestView | undefined => {
  const row = prepared(db, `${SELECT} AND q.id = ?`).get(requestId) as RequestRow | undefined;
  return row ? viewOf(db, row) : undefined;
};

/** The office's list: pending first (oldest request first by the unit's own order of writing), then decided. */
export const lifecycleQueue = (ctx: BackendContext, planId: string, state: 'pending' | 'decided' | 'all'): LifecycleQueue => {
  const rows = prepared(ctx.db, `${SELECT} AND t.plan_id = ? ORDER BY t.seq, q.department_id, q.created_at`).all(planId) as RequestRow[];
  const all = rows.map((r) => viewOf(ctx.db, r));
  const items = all.filter((r) => state === 'all' || (state === 'pending' ? r.state === 'pending' : r.state !== 'pending'));
  return { pending: all.filter((r) => r.state === 'pending').length, items };
};

const pendingOf = (requests: LifecycleRequestView[], departmentId: string, kind: 'extension' | 'closure'): boolean =>
  requests.some((r) => r.departmentId === departmentId && r.kind === kind && r.state === 'pending');

/** One task: its deadlines and closure, every request on it, and what `departmentId` may still ask. */
export const taskLifecycle = (ctx: BackendContext, taskId: string, departmentId: string | undefined): TaskLifecycle => {
  const task = requireTask(ctx.db, taskId);
  const state = lifecycleStateOf(ctx.db, task.id);
  const requests = (prepared(ctx.db, `${SELECT} AND q.task_id = ? ORDER BY q.created_at`).all(task.id) as RequestRow[]).map((r) => viewOf(ctx.db, r));
  const isLead = departmentId !== undefined && roleOf(ctx.db, task.id, departmentId) === 'lead';
  const reopen = prepared(
    ctx.db,
    "SELECT action, reason FROM lifecycle_decisions WHERE task_id = ? AND deleted = 0 AND (action = 'reopen' OR request_kind = 'closure') ORDER BY ordinal DESC LIMIT 1",
  ).get(task.id) as { action: string; reason: string } | undefined;
  // An office PC decides and does not ask (except in the demo, where one person plays every role).
  const self = readSelf(ctx.db, ctx.identity);
  const isOfficeOnly = self.role === 'office' && !isDemo(ctx);
  const common = isOfficeOnly ? '申请由牵头单位提出,办公室在“审核”中审批' : !isLead ? '只有牵头单位可以提出申请' : state.closedAt ? '任务已办结销号' : null;
  return {
    taskId: task.id,
    originalDeadline: state.originalDeadline,
    effectiveDeadline: state.effectiveDeadline,
    extensionNote: extensionNote(state.originalDeadline, state.effectiveDeadline),
    closedAt: state.closedAt,
    reopenedReason: reopen?.action === 'reopen' ? reopen.reason : null,
    isLead,
    extensionBlocked: common ?? (departmentId && pendingOf(requests, departmentId, 'extension') ? '已有一份延期申请等待办公室审批' : null),
    closureBlocked: common ?? (departmentId && pendingOf(requests, departmentId, 'closure') ? '已有一份办结申请等待办公室审批' : null),
    requests,
  };
};

export const requireRequest = (db: Db, requestId: string): LifecycleRequestView => {
  const found = readRequest(db, requestId);
  if (!found) throw new ApiError('not_found', '本机没有收到这份申请,请先导入该单位的进度包');
  return found;
};
