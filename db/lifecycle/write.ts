// The three writes of issue 21 part 1, each checked first and then done in one transaction:
// a lead unit's request (延期 or 办结, with evidence), the office's decision on a request it received,
// and the office reopening a closed task. Refusals say why in Chinese and change nothing.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import { deadlineWords } from '../../shared/lifecycle/labels.js';
import type { DraftAttachment } from '../../shared/progress/types.js';
import type { LifecycleDecideResult, LifecycleKind, LifecycleRequestView, TaskLifecycle } from '../../shared/lifecycle/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { attachmentMeta } from '../progress/attachment-store.js';
import { isDemo } from '../progress/authorship.js';
import { requireDepartment, requireTask, roleOf } from '../progress/lookup.js';
import { prepared } from '../statements.js';
import { readSelf } from '../sync/state.js';
import { insertSynced } from '../sync/synced-write.js';
import { readRequest, requireRequest, taskLifecycle } from './read.js';
import { lifecycleStateOf } from './state.js';

export type RequestInput = {
  taskId: string;
  departmentId: string;
  kind: LifecycleKind;
  newDeadline?: string | undefined;
  reason: string;
  finalReport: string;
  attachments: DraftAttachment[];
  requestedBy: string;
};

const fieldError = (path: string, message: string): ApiError => new ApiError('bad_input', message, { issues: [{ path, message }] });

/** A department PC asks for its own unit; an office PC only in the demo, where one person plays every role. */
const checkAsker = (ctx: BackendContext, departmentId: string): void => {
  const self = readSelf(ctx.db, ctx.identity);
  if (self.role === 'department') {
    if (self.departmentId !== departmentId) throw new ApiError('refused', `本机是${self.name}的电脑,不能替其他单位提出申请`);
    return;
  }
  if (!isDemo(ctx)) throw new ApiError('refused', '延期和办结申请由牵头单位在本单位的督办中提出,办公室在“审核 → 延期与办结”中审批');
};

export const createRequest = (ctx: BackendContext, input: RequestInput): LifecycleRequestView => {
  const { db } = ctx;
  const task = requireTask(db, input.taskId);
  const unit = requireDepartment(db, input.departmentId);
  checkAsker(ctx, unit.id);
  if (roleOf(db, task.id, unit.id) !== 'lead') {
    throw new ApiError('refused', `${unit.name}不是任务“${task.code} ${task.title}”的牵头单位,不能为它申请${input.kind === 'extension' ? '延期' : '办结'}`);
  }
  const lifecycle = taskLifecycle(ctx, task.id, unit.id);
  const blocked = input.kind === 'extension' ? lifecycle.extensionBlocked : lifecycle.closureBlocked;
  if (blocked) throw new ApiError('refused', `${blocked},不能再提出${input.kind === 'extension' ? '延期' : '办结'}申请`);
  const current = lifecycle.effectiveDeadline;
  if (input.kind === 'extension') {
    const wanted = input.newDeadline ?? '';
    if (current && wanted <= current) {
      throw fieldError('newDeadline', `申请延至的日期须晚于现在的完成时限(${deadlineWords(current)})`);
    }
  }
  if (input.kind === 'closure' && input.finalReport.trim() === '') throw fieldError('finalReport', '申请办结须附办结报告');
  for (const file of input.attachments) {
    if (!attachmentMeta(ctx, file.sha256)) throw new ApiError('bad_input', `佐证材料“${file.fileName}”未保存成功,请重新添加`);
  }
  const id = randomUUID();
  const origin = ctx.identity.originId;
  db.transaction(() => {
    insertSynced(db, origin, 'lifecycle_requests', id, {
      id,
      task_id: task.id,
      department_id: unit.id,
      kind: input.kind,
      current_deadline: current,
      requested_deadline: input.kind === 'extension' ? (input.newDeadline ?? null) : null,
      reason: input.reason.trim(),
      final_report: input.kind === 'closure' ? input.finalReport.trim() : '',
      requested_by: input.requestedBy.trim(),
      created_at: ctx.clock().toISOString(),
    });
    const seen = new Set<string>();
    for (const file of input.attachments) {
      if (seen.has(file.sha256)) continue;
      seen.add(file.sha256);
      insertSynced(db, origin, 'lifecycle_attachments', `${id}|${file.sha256}`, {
        request_id: id,
        task_id: task.id,
        department_id: unit.id,
        sha256: file.sha256,
        file_name: file.fileName,
      });
    }
  })();
  return readRequest(db, id) as LifecycleRequestView;
};

const requireOffice = (ctx: BackendContext, what: string): void => {
  if (readSelf(ctx.db, ctx.identity).role !== 'office') throw new ApiError('refused', `只有牵头办公室可以${what}`);
};

/** The office's next number for a decision on this task: its order of deciding, kept in the row. */
const nextOrdinal = (db: Db, taskId: string): number =>
  ((prepared(db, 'SELECT MAX(ordinal) AS n FROM lifecycle_decisions WHERE task_id = ?').get(taskId) as { n: number | null }).n ?? 0) + 1;

export type DecideInput = { requestId: string; requestVersion: number; decision: 'approve' | 'refuse'; reason: string; decidedBy: string };

export const decideRequest = (ctx: BackendContext, input: DecideInput): LifecycleDecideResult => {
  const { db } = ctx;
  requireOffice(ctx, '审批延期和办结申请');
  const request = requireRequest(db, input.requestId);
  if (request.version !== input.requestVersion) throw new ApiError('conflict', '单位又改动了这份申请,请刷新后查看新内容再审批');
  if (request.decision) throw new ApiError('refused', `这份申请已经处理过(${request.state === 'approved' ? '已同意' : '未同意'}),不能再次审批`);
  const reason = input.reason.trim();
  if (input.decision === 'refuse' && reason === '') throw fieldError('reason', '不同意时请写明理由');
  const state = lifecycleStateOf(db, request.taskId);
  if (input.decision === 'approve') {
    if (state.closedAt) throw new ApiError('refused', '任务已办结销号,不能再批准这份申请;如需继续,请先重新启用任务');
    const wanted = request.requestedDeadline;
    if (request.kind === 'extension' && state.effectiveDeadline && (!wanted || wanted <= state.effectiveDeadline)) {
      throw new ApiError('refused', `申请延至的日期不晚于现在的完成时限(${deadlineWords(state.effectiveDeadline)}),不能批准;请写明理由不予批准`);
    }
  }
  db.transaction(() => {
    const id = randomUUID();
    insertSynced(db, ctx.identity.originId, 'lifecycle_decisions', id, {
      id,
      task_id: request.taskId,
      department_id: request.departmentId,
      action: input.decision,
      request_id: request.id,
      request_version: request.version,
      request_kind: request.kind,
      new_deadline: input.decision === 'approve' && request.kind === 'extension' ? request.requestedDeadline : null,
      reason,
      ordinal: nextOrdinal(db, request.taskId),
      decided_by: input.decidedBy.trim(),
      decided_at: ctx.clock().toISOString(),
    });
  })();
  return { request: requireRequest(db, request.id) };
};

export const reopenTask = (ctx: BackendContext, input: { taskId: string; reason: string; decidedBy: string }): TaskLifecycle => {
  const { db } = ctx;
  requireOffice(ctx, '重新启用已办结的任务');
  const task = requireTask(db, input.taskId);
  if (!lifecycleStateOf(db, task.id).closedAt) throw new ApiError('refused', `任务“${task.code} ${task.title}”没有办结销号,无需重新启用`);
  const reason = input.reason.trim();
  if (reason === '') throw fieldError('reason', '重新启用时请写明理由');
  // Sent to the unit whose 办结申请 closed the task: it is the one whose workbench stopped asking.
  const closing = prepared(
    db,
    "SELECT department_id FROM lifecycle_decisions WHERE task_id = ? AND deleted = 0 AND action = 'approve' AND request_kind = 'closure' ORDER BY ordinal DESC LIMIT 1",
  ).get(task.id) as { department_id: string };
  db.transaction(() => {
    const id = randomUUID();
    insertSynced(db, ctx.identity.originId, 'lifecycle_decisions', id, {
      id,
      task_id: task.id,
      department_id: closing.department_id,
      action: 'reopen',
      request_id: null,
      request_version: null,
      request_kind: null,
      new_deadline: null,
      reason,
      ordinal: nextOrdinal(db, task.id),
      decided_by: input.decidedBy.trim(),
      decided_at: ctx.clock().toISOString(),
    });
  })();
  return taskLifecycle(ctx, task.id, undefined);
};
