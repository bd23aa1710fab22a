// sheet.preview and sheet.import: match the rows of a filled sheet to the unit's
// tasks (by the hidden task id, else by 序号 + 工作任务), read the values the way a person would, say
// for every row not placed why, and write the rows that changed as the period's drafts in one
// transaction. Never a submission: the clerk still opens each task, checks, adds evidence and submits.
import { ApiError } from '../../shared/api/errors.js';
import type { SheetChange, SheetImportResult, SheetMatch, SheetPreview, SheetUnplaced } from '../../shared/api/methods/sheet.js';
import { periodLabel } from '../../shared/progress/periods.js';
import { reportStateLabel, reportStatusLabel } from '../../shared/progress/report-status.js';
import {
  isBlankValues,
  parsePercentCell,
  parseStatusWord,
  sheetValueLabels,
  statusWords,
  textProblem,
  titleKey,
  type SheetValues,
} from '../../shared/progress/sheet.js';
import type { ReportDraft, ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { requireDepartment } from './lookup.js';
import { saveDraft } from './report-write.js';
import { readFillSheet, type RawSheetRow, type SheetSource } from './sheet-read.js';
import { resolveDepartmentId, sheetScope, type SheetTask } from './sheet-scope.js';

type Args = { departmentId?: string; periodId?: string; source: SheetSource };
type Pending = { key: ReportKey; draft: ReportDraft };

const norm = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

const shown = (field: keyof SheetValues, value: string): string => {
  if (field === 'status') return value === '' ? '' : reportStatusLabel[value as keyof typeof reportStatusLabel];
  return field === 'percent' && value !== '' ? `${value}%` : value;
};

const readValues = (raw: RawSheetRow): { values: SheetValues } | { problems: string[] } => {
  const problems: string[] = [];
  const status = parseStatusWord(raw.status);
  if (status === null) problems.push(`状态“${raw.status.slice(0, 20)}”不是可选的状态,请从下拉列表选择:${statusWords.join('、')}`);
  const percent = parsePercentCell(raw.percent);
  if (!percent.ok) problems.push(percent.reason);
  for (const field of ['progress', 'problems', 'nextSteps'] as const) {
    const problem = textProblem(sheetValueLabels[field], raw[field]);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0 || status === null || !percent.ok) return { problems };
  return { values: { status, percent: percent.value, progress: norm(raw.progress), problems: norm(raw.problems), nextSteps: norm(raw.nextSteps) } };
};

const changesOf = (values: SheetValues, base: ReportDraft): SheetChange[] =>
  (Object.keys(sheetValueLabels) as (keyof SheetValues)[])
    .filter((field) => norm(values[field]) !== norm(base[field]))
    .map((field) => ({ field, label: sheetValueLabels[field], before: shown(field, norm(base[field])), after: shown(field, values[field]) }));

/** Why a task id in the sheet is not one of this unit's tasks in the plan. */
const foreignTaskReason = (ctx: BackendContext, taskId: string, departmentName: string): string => {
  const row = prepared(ctx.db, 'SELECT code, title FROM tasks WHERE id = ? AND deleted = 0').get(taskId) as { code: string; title: string } | undefined;
  if (!row) return '找不到这项任务(任务识别码对不上,任务可能已被办公室删除)';
  return `任务“${row.code} ${row.title}”不是${departmentName}牵头或参与的任务`;
};

const placeRow = (
  ctx: BackendContext,
  raw: RawSheetRow,
  tasks: { byId: Map<string, SheetTask>; byTitle: Map<string, SheetTask[]>; departmentName: string },
): { task: SheetTask; matchedBy: 'id' | 'title' } | { reason: string } => {
  if (raw.taskId !== '') {
    const task = tasks.byId.get(raw.taskId);
    return task ? { task, matchedBy: 'id' } : { reason: foreignTaskReason(ctx, raw.taskId, tasks.departmentName) };
  }
  if (raw.title === '') return { reason: '这一行没有填写工作任务,无法对应到任务' };
  const candidates = (tasks.byTitle.get(titleKey(raw.title)) ?? []).filter((t) => raw.seq === '' || t.code === raw.seq);
  const [only] = candidates;
  if (only && candidates.length === 1) return { task: only, matchedBy: 'title' };
  if (candidates.length > 1) return { reason: '有多项任务同名,无法确定是哪一项;请保留隐藏的“任务识别码”列' };
  return { reason: `找不到这项任务:${tasks.departmentName}的任务中没有序号“${raw.seq}”、名称为“${raw.title.slice(0, 40)}”的任务` };
};

const previewWithDrafts = async (ctx: BackendContext, arg: Args): Promise<{ preview: SheetPreview; pending: Pending[] }> => {
  const sheet = await readFillSheet(arg.source);
  const department = requireDepartment(ctx.db, resolveDepartmentId(ctx, arg.departmentId));
  const { meta } = sheet;
  if (meta.departmentId !== department.id) {
    throw new ApiError('refused', `这是“${meta.departmentName || '其他单位'}”的填报表,当前单位是“${department.name}”,不能导入。请导入本单位导出的填报表。`);
  }
  if (arg.periodId && meta.periodId !== arg.periodId) {
    throw new ApiError('refused', `这是${meta.periodLabel || meta.periodId}的填报表,当前报告期是${periodLabel(arg.periodId)},不能导入。请导出本期的填报表重新填写。`);
  }
  if (!prepared(ctx.db, 'SELECT 1 FROM plans WHERE id = ? AND deleted = 0').get(meta.planId)) {
    throw new ApiError('refused', '这份填报表所属的规划已不在本机,不能导入。请重新导出填报表。');
  }
  const scope = sheetScope(ctx, { departmentId: department.id, planId: meta.planId, periodId: meta.periodId });
  const byId = new Map(scope.tasks.map((t) => [t.taskId, t]));
  const byTitle = new Map<string, SheetTask[]>();
  for (const t of scope.tasks) byTitle.set(titleKey(t.title), [...(byTitle.get(titleKey(t.title)) ?? []), t]);
  const matched: SheetMatch[] = [];
  const unplaced: SheetUnplaced[] = [];
  const pending: Pending[] = [];
  const seen = new Map<string, number>();
  for (const raw of sheet.rows) {
    const text = [raw.seq, raw.title].filter(Boolean).join(' ').slice(0, 60);
    const placed = placeRow(ctx, raw, { byId, byTitle, departmentName: department.name });
    if ('reason' in placed) {
      unplaced.push({ rowNumber: raw.rowNumber, text, reason: placed.reason });
      continue;
    }
    const { task, matchedBy } = placed;
    const earlier = seen.get(task.taskId);
    if (earlier !== undefined) {
      unplaced.push({ rowNumber: raw.rowNumber, text, reason: `与第 ${earlier} 行是同一项任务,只导入第 ${earlier} 行` });
      continue;
    }
    const read = readValues(raw);
    if ('problems' in read) {
      unplaced.push({ rowNumber: raw.rowNumber, text, reason: read.problems.join(';') });
      continue;
    }
    seen.set(task.taskId, raw.rowNumber);
    const isEmpty = isBlankValues(read.values);
    const changes = isEmpty ? [] : changesOf(read.values, task.base);
    if (changes.length > 0 && !task.isEditable) {
      unplaced.push({
        rowNumber: raw.rowNumber,
        text,
        reason: `本期报告${reportStateLabel[task.state]},不能再修改,表中的修改未导入;如需修改,请联系办公室退回`,
      });
      continue;
    }
    const outcome = isEmpty ? 'empty' : changes.length > 0 ? 'draft' : 'unchanged';
    matched.push({ rowNumber: raw.rowNumber, taskId: task.taskId, code: task.code, title: task.title, role: task.role, matchedBy, state: task.state, values: read.values, changes, outcome });
    if (outcome === 'draft') pending.push({ key: { taskId: task.taskId, departmentId: department.id, periodId: scope.period.id }, draft: { ...task.base, ...read.values } });
  }
  const count = (o: SheetMatch['outcome']): number => matched.filter((m) => m.outcome === o).length;
  const counts = { toWrite: count('draft'), unchanged: count('unchanged'), empty: count('empty'), unplaced: unplaced.length };
  const summary =
    `${scope.period.label} · 共读到 ${sheet.rows.length} 行:对应到任务 ${matched.length} 项,其中 ${counts.toWrite} 项有新内容将保存为草稿、` +
    `${counts.unchanged} 项与现有内容相同、${counts.empty} 项未填写;${counts.unplaced > 0 ? `${counts.unplaced} 行无法对应,未导入(原因见下)。` : '没有无法对应的行。'}`;
  return {
    preview: { fileName: sheet.fileName, department, period: { id: scope.period.id, label: scope.period.label }, plan: { id: scope.plan.id, title: scope.plan.title }, matched, unplaced, counts, summary },
    pending,
  };
};

export const previewSheet = async (ctx: BackendContext, arg: Args): Promise<SheetPreview> => (await previewWithDrafts(ctx, arg)).preview;

/** Writes the changed rows as drafts, all or none; importing the same sheet again finds nothing changed. */
export const importSheet = async (ctx: BackendContext, arg: Args & { periodId: string }): Promise<SheetImportResult> => {
  const { preview, pending } = await previewWithDrafts(ctx, arg);
  ctx.db.transaction(() => {
    for (const { key, draft } of pending) saveDraft(ctx, key, draft);
  })();
  const { counts } = preview;
  return {
    periodId: preview.period.id,
    written: pending.length,
    unchanged: counts.unchanged,
    empty: counts.empty,
    unplaced: counts.unplaced,
    summary:
      `已将 ${pending.length} 项任务的内容保存为${preview.period.label}的草稿` +
      `(${counts.unchanged} 项与现有内容相同未改动${counts.unplaced > 0 ? `,${counts.unplaced} 行无法对应未导入` : ''})。请逐项打开核对、添加佐证材料后提交。`,
  };
};
