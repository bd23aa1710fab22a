// adoption.previewReturns: each returned file read, its unit and period checked, each row placed on a
// task (hidden id, else 序号 + title similarity, else listed with its row number and why), read into a
// report, and compared with what the office holds. A row that would overwrite a report the unit sent
// itself (its own Duban's package) is not applied and says so. Nothing is written here.
import { ApiError } from '../../shared/api/errors.js';
import type { ReturnedFile, ReturnedMatch, ReturnedUnplaced, ReturnsPreview } from '../../shared/api/methods/adoption.js';
import type { SheetChange } from '../../shared/api/methods/sheet.js';
import { periodLabel, type Period } from '../../shared/progress/periods.js';
import { reportStatusLabel } from '../../shared/progress/report-status.js';
import { placeReturnedRow, readReturnedValues, type MatchCandidate, type ReturnedValues } from '../../shared/progress/returned-rows.js';
import { sheetValueLabels } from '../../shared/progress/sheet.js';
import type { ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { findDepartmentId } from '../departments/directory.js';
import { requireDepartment, requirePeriod } from '../progress/lookup.js';
import { readReport, stateOfReport } from '../progress/report-read.js';
import type { SheetSource } from '../progress/sheet-read.js';
import { planOf, sheetScope } from '../progress/sheet-scope.js';
import { prepared } from '../statements.js';
import { readSelf } from '../sync/state.js';
import { currentProxyEntry } from './proxy-store.js';
import { readReturnedFile, type ReadReturned } from './read-returned.js';

export type ReturnsArgs = { periodId: string; departmentId?: string; isBulletin?: boolean; sources: SheetSource[] };

export type PlannedWrite = { key: ReportKey; values: ReturnedValues; rowNumber: number };
export type PlannedFile = { read: ReadReturned; kind: ReturnedFile['kind']; writes: PlannedWrite[] };

type Task = MatchCandidate;
type Unit = { id: string; name: string };

const refused = (fileName: string, sha256: string, reason: string): ReturnedFile => ({
  fileName,
  sha256,
  kind: 'sheet',
  refusal: reason,
  departmentNames: [],
  matched: [],
  unplaced: [],
  counts: { toWrite: 0, unchanged: 0, empty: 0, unplaced: 0 },
  summary: `未导入:${reason}`,
});

const shown = (field: keyof ReturnedValues, value: string | number | null): string => {
  if (value === null || value === '') return '';
  if (field === 'status') return reportStatusLabel[value as keyof typeof reportStatusLabel];
  return field === 'percent' ? `${value}%` : String(value);
};

const changesOf = (values: ReturnedValues, base: ReturnedValues | null): SheetChange[] =>
  (['status', 'percent', 'progress', 'problems', 'nextSteps'] as const)
    .filter((f) => (base ? String(base[f] ?? '') : '') !== String(values[f] ?? ''))
    .map((f) => ({ field: f, label: sheetValueLabels[f], before: base ? shown(f, base[f]) : '', after: shown(f, values[f]) }));

const planTasks = (ctx: BackendContext, planId: string): Task[] =>
  prepared(ctx.db, `SELECT t.id AS taskId, t.code, t.title FROM tasks t WHERE t.plan_id = ? AND t.deleted = 0
    AND EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND a.deleted = 0) ORDER BY t.seq`).all(planId) as Task[];

const isOnTask = (ctx: BackendContext, taskId: string, departmentId: string): boolean =>
  prepared(ctx.db, 'SELECT 1 FROM assignments WHERE task_id = ? AND department_id = ? AND deleted = 0').get(taskId, departmentId) !== undefined;

/** The units a bulletin row names in 责任单位 that are on the task (牵头:/参与: labels and separators ignored). */
const namedUnits = (ctx: BackendContext, text: string, taskId: string): Unit[] => {
  const names = text.replace(/(牵头|参与|配合|责任)(单位|部门)?[::]/g, '、').split(/[、,,;;\s/]+/).map((n) => n.trim()).filter(Boolean);
  const units = new Map<string, Unit>();
  for (const name of names) {
    const id = findDepartmentId(ctx.db, name);
    if (id && isOnTask(ctx, taskId, id)) units.set(id, requireDepartment(ctx.db, id));
  }
  return [...units.values()];
};

/** Which unit a file is for: its hidden identity, else the unit the office chose. */
const unitOfFile = (ctx: BackendContext, read: ReadReturned, chosen: string | undefined): Unit => {
  const fromFile = read.identity?.departmentId;
  if (fromFile && chosen && fromFile !== chosen) {
    const name = read.identity?.departmentName || (prepared(ctx.db, 'SELECT name FROM departments WHERE id = ?').get(fromFile) as { name: string } | undefined)?.name || '其他单位';
    throw new ApiError('refused', `这是“${name}”的填报表,与所选的单位“${requireDepartment(ctx.db, chosen).name}”不符,未导入。`);
  }
  const id = fromFile ?? chosen;
  if (!id) {
    throw new ApiError('refused', '文件中没有督办的识别信息,无法确定是哪个单位的。请在“文件来自”中选择单位;如果是办公室发布的进展通报,请选择“进展通报”。');
  }
  const row = prepared(ctx.db, 'SELECT id, name FROM departments WHERE id = ? AND deleted = 0').get(id) as Unit | undefined;
  if (!row) throw new ApiError('refused', `这份文件所属的单位“${read.identity?.departmentName || id}”不在本机的部门目录中,未导入。`);
  return row;
};

type Seen = Map<string, string>;

const planFile = (ctx: BackendContext, read: ReadReturned, arg: ReturnsArgs, period: Period, planId: string, seen: Seen): { file: ReturnedFile; writes: PlannedWrite[] } => {
  if (read.identity && read.identity.periodId !== period.id) {
    throw new ApiError('refused', `这是${periodLabel(read.identity.periodId)}的填报表,当前导入的是${period.label},未导入。请让单位填写本期的填报表。`);
  }
  if (read.identity && read.identity.planId !== planId) throw new ApiError('refused', '这份文件属于另一个规划,不是当前规划的填报表,未导入。');
  const isBulletin = arg.isBulletin === true;
  if (isBulletin && !read.hasUnitColumn) throw new ApiError('refused', '进展通报的表格中没有“责任单位”列,无法确定每行是哪个单位的进展,未导入。');
  const unit = isBulletin ? null : unitOfFile(ctx, read, arg.departmentId);
  const candidates: Task[] = unit ? sheetScope(ctx, { departmentId: unit.id, planId, periodId: period.id }).tasks : planTasks(ctx, planId);
  const byId = new Map(candidates.map((t) => [t.taskId, t]));
  const matched: ReturnedMatch[] = [];
  const unplaced: ReturnedUnplaced[] = [];
  const writes: PlannedWrite[] = [];
  const rowLabel = read.kind === 'sheet' ? '行' : '表格行';
  for (const row of read.rows) {
    const text = [row.seq, row.title].filter(Boolean).join(' ').slice(0, 60);
    const skip = (reason: string): void => void unplaced.push({ rowNumber: row.rowNumber, text, reason });
    const inPlan = row.taskId !== '' && !byId.has(row.taskId) ? (prepared(ctx.db, 'SELECT code, title FROM tasks WHERE id = ? AND deleted = 0').get(row.taskId) as { code: string; title: string } | undefined) : undefined;
    if (inPlan && unit) {
      skip(`任务“${inPlan.code} ${inPlan.title}”不是${unit.name}牵头或参与的任务`);
      continue;
    }
    const placed = placeReturnedRow(row, candidates, byId);
    if ('reason' in placed) {
      skip(placed.reason);
      continue;
    }
    const units = unit ? [unit] : namedUnits(ctx, row.unit, placed.task.taskId);
    if (units.length === 0) {
      skip(row.unit === '' ? '没有写明责任单位' : `责任单位“${row.unit.slice(0, 40)}”中没有这项任务的牵头或参与单位`);
      continue;
    }
    const values = readReturnedValues(row);
    if (values.ok === false) {
      skip(values.reason);
      continue;
    }
    for (const u of units) {
      const key: ReportKey = { taskId: placed.task.taskId, departmentId: u.id, periodId: period.id };
      const where = `${key.taskId}|${key.departmentId}`;
      const earlier = seen.get(where);
      if (earlier) {
        skip(`与${earlier}是同一项任务${unit ? '' : `(${u.name})`},只导入前者`);
        continue;
      }
      seen.set(where, `${arg.sources.length > 1 ? `“${read.fileName}”` : ''}第 ${row.rowNumber} ${rowLabel}`);
      const base = readReport(ctx.db, key);
      const isOwn = base !== null && currentProxyEntry(ctx.db, key) === null;
      const entry = { rowNumber: row.rowNumber, taskId: key.taskId, code: placed.task.code, title: placed.task.title, departmentId: u.id, departmentName: u.name, matchedBy: placed.matchedBy };
      if (values.ok === 'empty') {
        matched.push({ ...entry, values: { status: 'on_track', percent: null, progress: '', problems: '', nextSteps: '' }, isStatusInferred: false, changes: [], outcome: 'empty' });
        continue;
      }
      const baseValues = base ? { status: base.status, percent: base.percent, progress: base.progress, problems: base.problems, nextSteps: base.nextSteps } : null;
      const changes = changesOf(values.values, baseValues);
      if (changes.length > 0 && isOwn) {
        skip(`${u.name}已用督办自己报送了本期这项任务的报告(进度包),文件中的内容不覆盖单位自己的报告`);
        continue;
      }
      if (changes.length > 0 && stateOfReport(ctx.db, key) === 'accepted') {
        skip(`${u.name}本期这项任务的代录报告已审核通过,不再修改;如需更正,请先在审核中退回`);
        continue;
      }
      const outcome = changes.length > 0 ? 'write' : 'unchanged';
      matched.push({ ...entry, values: values.values, isStatusInferred: values.isStatusInferred, changes, outcome });
      if (outcome === 'write') writes.push({ key, values: values.values, rowNumber: row.rowNumber });
    }
  }
  if (!read.identity && matched.length === 0 && read.rows.length > 0) {
    throw new ApiError('refused', `文件中没有督办的识别信息,且没有一行能对应到${unit ? `${unit.name}的` : ''}任务(${unplaced.length} 行均无法对应),已拒绝。请确认选择的单位和文件是否正确。`);
  }
  if (read.rows.length === 0) throw new ApiError('refused', '文件的表格中没有任何任务行,没有可以导入的内容。');
  const count = (o: ReturnedMatch['outcome']): number => matched.filter((m) => m.outcome === o).length;
  const counts = { toWrite: count('write'), unchanged: count('unchanged'), empty: count('empty'), unplaced: unplaced.length };
  const names = [...new Set(matched.map((m) => m.departmentName))];
  const file: ReturnedFile = {
    fileName: read.fileName,
    sha256: read.sha256,
    kind: isBulletin ? 'bulletin' : read.kind,
    refusal: null,
    departmentNames: unit ? [unit.name] : names,
    matched,
    unplaced,
    counts,
    summary:
      `${unit ? unit.name : `进展通报(涉及 ${names.length} 个单位)`} · 读到 ${read.rows.length} 行:${counts.toWrite} 项将代录为报告、${counts.unchanged} 项与已有报告相同、` +
      `${counts.empty} 项未填写${counts.unplaced > 0 ? `、${counts.unplaced} 行未导入(原因见下)` : ''}`,
  };
  return { file, writes };
};

export const previewReturns = async (ctx: BackendContext, arg: ReturnsArgs): Promise<{ preview: ReturnsPreview; planned: PlannedFile[] }> => {
  if (readSelf(ctx.db, ctx.identity).role !== 'office') throw new ApiError('refused', '只有牵头办公室可以代录单位交回的填报表');
  const plan = planOf(ctx, undefined);
  const period = requirePeriod(ctx, plan, arg.periodId);
  const files: ReturnedFile[] = [];
  const planned: PlannedFile[] = [];
  const seen: Seen = new Map();
  for (const source of arg.sources) {
    const name = 'name' in source ? source.name : (source.path.split(/[\\/]/).pop() ?? source.path);
    let read: ReadReturned;
    try {
      read = await readReturnedFile(source);
    } catch (error) {
      if (error instanceof ApiError && error.code !== 'internal') {
        files.push(refused(name, '', error.message));
        continue;
      }
      throw error;
    }
    try {
      const { file, writes } = planFile(ctx, read, arg, period, plan.id, seen);
      files.push(file);
      planned.push({ read, kind: file.kind, writes });
    } catch (error) {
      if (error instanceof ApiError && error.code !== 'internal') files.push({ ...refused(name, read.sha256, error.message), kind: arg.isBulletin ? 'bulletin' : read.kind });
      else throw error;
    }
  }
  const toWrite = planned.reduce((n, f) => n + f.writes.length, 0);
  const refusedCount = files.filter((f) => f.refusal !== null).length;
  const summary = `${period.label} · ${files.length} 个文件:${toWrite} 项将代录为各单位的报告${refusedCount > 0 ? `,${refusedCount} 个文件未导入` : ''}。代录的报告仍需在“审核”中审核。`;
  return { preview: { period: { id: period.id, label: period.label }, files, toWrite, summary }, planned };
};
