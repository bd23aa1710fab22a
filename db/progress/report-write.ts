// Writing a report: drafts (local, never logged), submit and resubmit (through the change log, one
// transaction). The office's review is db/review/decide.ts. Every refusal names the problem in Chinese and writes nothing.
import { ApiError } from '../../shared/api/errors.js';
import { indicatorValueProblem, missingForSubmit, percentProblem } from '../../shared/progress/draft-check.js';
import { parseNumber } from '../../shared/progress/numbers.js';
import { isEditable, reportStateLabel } from '../../shared/progress/report-status.js';
import type { ReportStatus } from '../../shared/progress/report-status.js';
import type { ReportDraft, ReportKey } from '../../shared/progress/types.js';
import { writeProxyReport } from '../adoption/proxy-write.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { readSelf } from '../sync/state.js';
import { insertSynced, updateSynced, upsertSynced } from '../sync/synced-write.js';
import { attachmentMeta, integrityOf } from './attachment-store.js';
import { listTaskIndicators } from './indicators.js';
import { requireDepartment, requirePeriod, requireRole, requireTask } from './lookup.js';
import { stateOfReport } from './report-read.js';

const pkOf = (key: ReportKey): string => `${key.taskId}|${key.departmentId}|${key.periodId}`;

/** Checks shared by saving a draft and submitting: who, which period, may it change, are the values sane. */
const checkWritable = (ctx: BackendContext, key: ReportKey, draft: ReportDraft): void => {
  const task = requireTask(ctx.db, key.taskId);
  const department = requireDepartment(ctx.db, key.departmentId);
  requireRole(ctx.db, task, department);
  const period = requirePeriod(ctx, task, key.periodId);
  const state = stateOfReport(ctx.db, key);
  if (!isEditable(state)) {
    throw new ApiError('refused', `${period.label}的报告${reportStateLabel[state]},不能再修改;如需修改,请联系办公室退回`);
  }
  const percent = percentProblem(draft.percent);
  if (percent) throw new ApiError('bad_input', percent);
  const indicators = new Map(listTaskIndicators(ctx.db, task.id).map((i) => [i.id, i]));
  for (const [id, value] of Object.entries(draft.indicatorValues)) {
    const indicator = indicators.get(id);
    if (!indicator) throw new ApiError('bad_input', '填报了不属于这项任务的指标,请刷新后重试');
    const problem = indicatorValueProblem(indicator.name, value);
    if (problem) throw new ApiError('bad_input', problem);
  }
  for (const file of draft.attachments) {
    if (!attachmentMeta(ctx, file.sha256)) throw new ApiError('bad_input', `佐证材料“${file.fileName}”未保存成功,请重新添加`);
  }
};

export const saveDraft = (ctx: BackendContext, key: ReportKey, draft: ReportDraft): { savedAt: string } => {
  checkWritable(ctx, key, draft);
  const savedAt = ctx.clock().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO report_drafts (task_id, department_id, period_id, draft_json, saved_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (task_id, department_id, period_id) DO UPDATE SET draft_json = excluded.draft_json, saved_at = excluded.saved_at`,
  ).run(key.taskId, key.departmentId, key.periodId, JSON.stringify(draft), savedAt);
  return { savedAt };
};

export const discardDraft = (ctx: BackendContext, key: ReportKey): boolean =>
  prepared(ctx.db, 'DELETE FROM report_drafts WHERE task_id = ? AND department_id = ? AND period_id = ?').run(
    key.taskId,
    key.departmentId,
    key.periodId,
  ).changes > 0;

const requireComplete = (ctx: BackendContext, draft: ReportDraft): void => {
  const missing = missingForSubmit(draft);
  if (missing.length > 0) {
    // The path of each missing field lets the form mark it (renderer/api/errors.ts).
    const issues = missing.map((m) => ({ path: `draft.${m.field}`, message: `请填写${m.label}` }));
    throw new ApiError('bad_input', `请先填写:${missing.map((m) => m.label).join('、')}`, { issues });
  }
  for (const file of draft.attachments) {
    const integrity = integrityOf(ctx, file.sha256);
    if (integrity === 'missing') throw new ApiError('bad_input', `佐证材料“${file.fileName}”的文件已丢失,请移除后重新添加`);
    if (integrity === 'altered') throw new ApiError('bad_input', `佐证材料“${file.fileName}”的文件已被改动,请移除后重新添加`);
  }
};

const writeIndicatorValues = (ctx: BackendContext, key: ReportKey, values: Record<string, string>): void => {
  const origin = ctx.identity.originId;
  for (const indicator of listTaskIndicators(ctx.db, key.taskId)) {
    const text = (values[indicator.id] ?? '').trim();
    const rowKey = { indicator_id: indicator.id, department_id: key.departmentId, period_id: key.periodId };
    const pk = `${indicator.id}|${key.departmentId}|${key.periodId}`;
    const existing = prepared(
      ctx.db,
      'SELECT value_text, deleted FROM indicator_values WHERE indicator_id = ? AND department_id = ? AND period_id = ?',
    ).get(indicator.id, key.departmentId, key.periodId) as { value_text: string; deleted: number } | undefined;
    if (text === '') {
      if (existing && existing.deleted === 0) updateSynced(ctx.db, origin, 'indicator_values', pk, rowKey, { deleted: 1 });
      continue;
    }
    if (existing && existing.deleted === 0 && existing.value_text === text) continue;
    upsertSynced(ctx.db, origin, 'indicator_values', { ...rowKey, value_text: text, value_num: parseNumber(text), deleted: 0 });
  }
};

const writeAttachments = (ctx: BackendContext, key: ReportKey, files: ReportDraft['attachments']): void => {
  const origin = ctx.identity.originId;
  const existing = prepared(
    ctx.db,
    'SELECT sha256, file_name, deleted FROM report_attachments WHERE task_id = ? AND department_id = ? AND period_id = ?',
  ).all(key.taskId, key.departmentId, key.periodId) as { sha256: string; file_name: string; deleted: number }[];
  const wanted = new Map(files.map((f) => [f.sha256, f.fileName]));
  const rowKey = (sha256: string) => ({ task_id: key.taskId, department_id: key.departmentId, period_id: key.periodId, sha256 });
  for (const row of existing) {
    const name = wanted.get(row.sha256);
    const pk = `${pkOf(key)}|${row.sha256}`;
    if (name === undefined && row.deleted === 0) updateSynced(ctx.db, origin, 'report_attachments', pk, rowKey(row.sha256), { deleted: 1 });
    if (name !== undefined && (row.deleted === 1 || row.file_name !== name)) {
      updateSynced(ctx.db, origin, 'report_attachments', pk, rowKey(row.sha256), { file_name: name, deleted: 0 });
    }
    wanted.delete(row.sha256);
  }
  for (const [sha256, fileName] of wanted) {
    insertSynced(ctx.db, origin, 'report_attachments', `${pkOf(key)}|${sha256}`, { ...rowKey(sha256), file_name: fileName, deleted: 0 });
  }
};

/**
 * Freezes the report for the period: one transaction writes report, values and files, and drops the draft.
 * isProxy: the office's 代填 for a unit without Duban. It goes through writeProxyReport like a returned sheet's
 * 代录, so both ways of entering a unit's report record the same thing (the office as author, a proxy entry
 * of kind 'form') and count the same on the dashboard, the timeline and in review.
 */
export const submitReport = (ctx: BackendContext, key: ReportKey, draft: ReportDraft, isProxy = false): void => {
  checkWritable(ctx, key, draft);
  requireComplete(ctx, draft);
  const origin = ctx.identity.originId;
  const isOfficeEntry = isProxy && readSelf(ctx.db, ctx.identity).role === 'office';
  ctx.db.transaction(() => {
    const values = { status: draft.status as ReportStatus, percent: Number(draft.percent.trim()), progress: draft.progress, problems: draft.problems, nextSteps: draft.nextSteps };
    if (isOfficeEntry) writeProxyReport(ctx, key, values, { kind: 'form', fileName: '', fileSha256: null, rowNumber: null });
    else
      upsertSynced(ctx.db, origin, 'reports', {
        task_id: key.taskId,
        department_id: key.departmentId,
        period_id: key.periodId,
        status: values.status,
        percent: values.percent,
        progress: values.progress,
        problems: values.problems,
        next_steps: values.nextSteps,
        submitted_at: ctx.clock().toISOString(),
        deleted: 0,
      });
    writeIndicatorValues(ctx, key, draft.indicatorValues);
    writeAttachments(ctx, key, draft.attachments);
    discardDraft(ctx, key);
  })();
};
