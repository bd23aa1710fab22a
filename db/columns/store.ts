// The office's own columns (issue 19): plan_columns and task_values are synced, office-written tables
// (shared/sync/tables.ts), so every change here goes through the change log and reaches the departments
// in the next plan-update package. A department PC reads them only.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ColumnDiff } from '../../shared/plan/column-diff.js';
import { MAX_CELL_TEXT, checkCellValue, parseChoices, type CustomColumn, type CustomColumnKind } from '../../shared/plan/custom-columns.js';
import { TASK_COLUMNS } from '../../shared/plan/task-columns.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { currentVersion, updateSynced, upsertSynced } from '../sync/synced-write.js';

type ColumnDbRow = {
  id: string;
  plan_id: string;
  name: string;
  kind: CustomColumnKind;
  choices: string;
  position: number;
  is_hidden: number;
  in_bulletin: number;
};

const toColumn = (r: ColumnDbRow): CustomColumn => ({
  id: r.id,
  planId: r.plan_id,
  name: r.name,
  kind: r.kind,
  choices: r.choices === '' ? [] : r.choices.split('\n'),
  position: r.position,
  isHidden: r.is_hidden === 1,
  isInBulletin: r.in_bulletin === 1,
});

/** The office's columns of a plan and each task's values in them (task id → column id → value). */
export type ColumnValues = { columns: CustomColumn[]; values: Map<string, Record<string, string>> };

export const listColumns = (db: Db, planId: string): CustomColumn[] =>
  (prepared(db, 'SELECT * FROM plan_columns WHERE plan_id = ? AND deleted = 0 ORDER BY position, id').all(planId) as ColumnDbRow[]).map(toColumn);

const requireColumn = (db: Db, id: string): CustomColumn => {
  const row = prepared(db, 'SELECT * FROM plan_columns WHERE id = ? AND deleted = 0').get(id) as ColumnDbRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这一列,它可能已被删除');
  return toColumn(row);
};

const assertOffice = (ctx: BackendContext): void => {
  if (ctx.identity.role !== 'office') throw new ApiError('refused', '自定义列由牵头办公室设置和填写;本机是部门端,只能查看。');
};

const assertFreeName = (db: Db, planId: string, name: string, except: string | null): void => {
  const builtIn = TASK_COLUMNS.map((c) => c.header);
  const taken = prepared(db, 'SELECT 1 FROM plan_columns WHERE plan_id = ? AND name = ? AND deleted = 0 AND id IS NOT ?').get(planId, name, except);
  if (taken || builtIn.includes(name)) throw new ApiError('conflict', `已有名为“${name}”的列,请换一个列名`);
};

const tx = <T>(db: Db, work: () => T): T => db.transaction(work)();

export type NewColumn = { name: string; kind: CustomColumnKind; choices: string[] };

/** Adds a column at the right end; inside a caller's transaction when there is one (the plan import). */
export const addColumnRow = (db: Db, originId: string, planId: string, column: NewColumn): string => {
  assertFreeName(db, planId, column.name, null);
  if (column.kind === 'choice' && column.choices.length === 0) throw new ApiError('bad_input', '选项列至少要有一个选项,如:是、否');
  const id = randomUUID();
  const last = prepared(db, 'SELECT MAX(position) AS p FROM plan_columns WHERE plan_id = ?').get(planId) as { p: number | null };
  upsertSynced(db, originId, 'plan_columns', {
    id,
    plan_id: planId,
    name: column.name,
    kind: column.kind,
    choices: column.kind === 'choice' ? parseChoices(column.choices.join('\n')).join('\n') : '',
    position: (last.p ?? 0) + 1,
    is_hidden: 0,
    in_bulletin: 0,
    deleted: 0,
  });
  return id;
};

export const addColumn = (ctx: BackendContext, planId: string, column: NewColumn): CustomColumn => {
  assertOffice(ctx);
  const id = tx(ctx.db, () => addColumnRow(ctx.db, ctx.identity.originId, planId, column));
  return requireColumn(ctx.db, id);
};

export type ColumnChange = { name?: string; choices?: string[]; isHidden?: boolean; isInBulletin?: boolean };

export const updateColumn = (ctx: BackendContext, id: string, change: ColumnChange): CustomColumn => {
  assertOffice(ctx);
  const { db } = ctx;
  const column = requireColumn(db, id);
  const values: Record<string, string | number> = {};
  if (change.name !== undefined && change.name !== column.name) {
    assertFreeName(db, column.planId, change.name, id);
    values.name = change.name;
  }
  if (change.choices !== undefined) {
    if (column.kind !== 'choice') throw new ApiError('bad_input', `“${column.name}”不是选项列,没有选项可改`);
    const choices = parseChoices(change.choices.join('\n'));
    if (choices.length === 0) throw new ApiError('bad_input', '选项列至少要有一个选项');
    values.choices = choices.join('\n');
  }
  if (change.isHidden !== undefined) values.is_hidden = change.isHidden ? 1 : 0;
  if (change.isInBulletin !== undefined) values.in_bulletin = change.isInBulletin ? 1 : 0;
  tx(db, () => updateSynced(db, ctx.identity.originId, 'plan_columns', id, { id }, values));
  return requireColumn(db, id);
};

export const moveColumn = (ctx: BackendContext, id: string, direction: 'left' | 'right'): CustomColumn[] => {
  assertOffice(ctx);
  const { db } = ctx;
  const column = requireColumn(db, id);
  const columns = listColumns(db, column.planId);
  const at = columns.findIndex((c) => c.id === id);
  const to = direction === 'left' ? at - 1 : at + 1;
  if (to < 0 || to >= columns.length) return columns;
  const order = [...columns];
  [order[at], order[to]] = [order[to]!, order[at]!];
  // Renumbered 1..n, so equal or gapped positions (from an old package) never make a move ambiguous.
  tx(db, () => order.forEach((c, i) => updateSynced(db, ctx.identity.originId, 'plan_columns', c.id, { id: c.id }, { position: i + 1 })));
  return listColumns(db, column.planId);
};

/** Writes one cell, checked against its column's kind; inside a caller's transaction when there is one. */
export const setValueRow = (db: Db, originId: string, taskId: string, column: Pick<CustomColumn, 'id' | 'name' | 'kind' | 'choices'>, raw: string): string => {
  const checked = checkCellValue(column, raw);
  if ('problem' in checked) throw new ApiError('bad_input', checked.problem);
  const key = { task_id: taskId, column_id: column.id };
  if (currentVersion(db, 'task_values', key) === null) {
    if (checked.value !== '') upsertSynced(db, originId, 'task_values', { ...key, value: checked.value, deleted: 0 });
  } else {
    updateSynced(db, originId, 'task_values', `${taskId}|${column.id}`, key, { value: checked.value, deleted: checked.value === '' ? 1 : 0 });
  }
  return checked.value;
};

export const setValue = (ctx: BackendContext, taskId: string, columnId: string, raw: string): { taskId: string; columnId: string; value: string } => {
  assertOffice(ctx);
  const { db } = ctx;
  const column = requireColumn(db, columnId);
  const task = prepared(db, 'SELECT plan_id FROM tasks WHERE id = ? AND deleted = 0').get(taskId) as { plan_id: string } | undefined;
  if (!task) throw new ApiError('not_found', '找不到这项任务,它可能已被删除');
  if (task.plan_id !== column.planId) throw new ApiError('bad_input', '这一列不属于该任务所在的规划');
  const value = tx(db, () => setValueRow(db, ctx.identity.originId, taskId, column, raw));
  return { taskId, columnId, value };
};

/** The columns kept and every task's values in them only (a hidden column's values never leave). */
const columnValues = (db: Db, planId: string, keep: (c: CustomColumn) => boolean): ColumnValues => {
  const columns = listColumns(db, planId).filter(keep);
  const kept = new Set(columns.map((c) => c.id));
  const values = new Map<string, Record<string, string>>();
  if (kept.size === 0) return { columns, values };
  const rows = prepared(
    db,
    `SELECT v.task_id, v.column_id, v.value FROM task_values v JOIN plan_columns c ON c.id = v.column_id
     WHERE c.plan_id = ? AND c.deleted = 0 AND v.deleted = 0`,
  ).all(planId) as { task_id: string; column_id: string; value: string }[];
  for (const r of rows) if (kept.has(r.column_id)) values.set(r.task_id, { ...values.get(r.task_id), [r.column_id]: r.value });
  return { columns, values };
};

/** The visible columns of a plan and every task's values in them, for the Excel export. */
export const visibleColumnValues = (db: Db, planId: string): ColumnValues => columnValues(db, planId, (c) => !c.isHidden);

/** The columns the office chose for the bulletin, in its order; a hidden column never prints. */
export const bulletinColumnValues = (db: Db, planId: string): ColumnValues => columnValues(db, planId, (c) => !c.isHidden && c.isInBulletin);

/**
 * A new plan's table columns the importer did not know (备注, 责任领导 …): kept as text columns of the
 * office's own, with each task's cell, inside the import's transaction.
 */
export const keepExtraColumns = (db: Db, originId: string, planId: string, headers: string[], cells: { taskId: string; extra: Record<string, string> }[]): void => {
  for (const name of headers) {
    const id = addColumnRow(db, originId, planId, { name, kind: 'text', choices: [] });
    const column = { id, name, kind: 'text' as const, choices: [] };
    for (const { taskId, extra } of cells) {
      const value = extra[name];
      if (value) setValueRow(db, originId, taskId, column, value.slice(0, MAX_CELL_TEXT));
    }
  }
};

/**
 * A revised plan document's named columns (shared/plan/column-diff.ts): its new headers become text columns,
 * and every cell it sets is written; cells it leaves empty keep the office's values. Inside the update's
 * transaction; a built-in plain cell is the task row's own (update-plan.ts) and a refused value stays out.
 */
export const applyDocumentColumns = (db: Db, originId: string, planId: string, diff: ColumnDiff, taskIdByPath: Map<string, string>): void => {
  for (const name of diff.added) addColumnRow(db, originId, planId, { name, kind: 'text', choices: [] });
  const byName = new Map(listColumns(db, planId).map((c) => [c.name, c]));
  for (const cell of diff.changed) {
    const column = byName.get(cell.column);
    const taskId = taskIdByPath.get(cell.path);
    if (cell.stored === undefined && cell.problem === undefined && column && taskId) setValueRow(db, originId, taskId, column, cell.after);
  }
};
