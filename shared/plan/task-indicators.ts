// A task list whose rows are also indicators: a 考核清单 or 目标任务书 that gives each task its measuring unit and
// its year's target beside its responsible units (`考核内容 | 单位 | 年度目标 | 责任部门`, rows `粮食播种面积 | 万亩
// | 0.07 | 县农业农村局`). The rows are read as tasks as before; here each is read as an indicator too: the task's
// cell names it, the 单位 column gives its unit, the 目标 column its target, the unit column its owner.
import { indicatorRoles, roleOfWord, type IndicatorRole } from './indicator-roles.js';
import type { IndicatorTable } from './indicators.js';
import { isUnitCell } from './row-align.js';
import type { Role, TableRow } from './table-rows.js';

const UNIT_ROLES = new Set<Role>(['lead', 'responsibility']);

/** A measuring unit's cell (`%`, `万亩`, `万元/人`, `-`): short, no unit name, no sentence. */
const isMeasureCell = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.length <= 6 && !/[。;,,、]/.test(t) && !isUnitCell(t);
};

/** A target's cell: a figure or a short phrase (`≥2%`, `0.07`, `良好以上`), no sentence. */
const isTargetCell = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.length <= 16 && !/[。;]/.test(t);
};

/** Most of the rows that print the column hold such cells (and at least three do). */
const mostly = (rows: TableRow[], at: number, test: (t: string) => boolean): boolean => {
  const printed = rows.map((r) => (r.cells[at] ?? '').trim()).filter((t) => t !== '');
  return printed.length >= 3 && printed.filter(test).length >= 0.8 * printed.length;
};

/**
 * The indicator table such a task table holds, or null. Needs a header word for a measuring unit (`单位`,
 * `计量单位`) over a column the task reader keeps aside, a target word (`年度目标`, `目标值`) over a column that
 * holds no units, a task column, and the cells to match: short measuring units, short targets.
 */
export const taskTableIndicators = (roles: Role[], rows: TableRow[], headers: string[] | undefined): IndicatorTable | null => {
  if (!headers || headers.length !== roles.length) return null;
  const words = headers.map((h) => roleOfWord(h));
  const unitAt = words.findIndex((w, k) => w === 'unit' && roles[k] === 'other');
  const targetAt = words.findIndex((w, k) => w === 'target' && (roles[k] === 'content' || roles[k] === 'other'));
  const nameAt = roles.includes('task') ? roles.indexOf('task') : roles.indexOf('content');
  if (targetAt < 0 && nameAt >= 0 && words.includes('year')) return byYearColumns(headers, rows, nameAt);
  if (unitAt < 0 || targetAt < 0 || nameAt < 0 || nameAt === targetAt) return null;
  if (!mostly(rows, unitAt, isMeasureCell) || !mostly(rows, targetAt, isTargetCell)) return null;
  const ownerAt = roles.findIndex((r) => UNIT_ROLES.has(r));
  const rowRoles = roles.map((_, k): IndicatorRole => (k === nameAt ? 'name' : k === unitAt ? 'unit' : k === targetAt ? 'target' : k === ownerAt ? 'owner' : 'note'));
  return keptRows(rowRoles, rows, nameAt, targetAt);
};

/** Only rows that name a task and print a target: a group row or a row cut before its target is no indicator. */
const keptRows = (roles: IndicatorRole[], rows: TableRow[], nameAt: number, targetAt: number): IndicatorTable | null => {
  const kept = rows.filter((r) => (r.cells[nameAt] ?? '').trim() !== '' && (r.cells[targetAt] ?? '').trim() !== '' && new Set(r.cells.filter((c) => c.trim() !== '')).size > 1);
  return kept.length > 0 ? { title: '', roles, rows: kept, lines: [] } : null;
};

/**
 * A 目标责任清单 (`指标名称 | 单位 | 2022年 | 2025年 | 2027年 | 牵头单位 | 责任单位`, or `目前水平 | 2021年 | … | 牵头部门 |
 * 协作部门`): its header names the indicator's columns, read as an indicator table reads them (the first year or
 * 目前水平 the baseline, the last year the target, a unit inside the name when no 单位 column).
 */
const byYearColumns = (headers: string[], rows: TableRow[], nameAt: number): IndicatorTable | null => {
  const read = indicatorRoles(headers);
  if (!read) return null;
  const roles = read.map((r, k): IndicatorRole => (k === nameAt ? 'name' : r));
  const targetAt = roles.lastIndexOf('target');
  return targetAt > nameAt ? keptRows(roles, rows, nameAt, targetAt) : null;
};
