// A division-of-work matrix (分工矩阵): the tasks down the side, one column per unit across the top, and in each
// cell the unit's part in that task — 牵头 / 配合, or a mark (●/★ lead, ○/☆/√ part). Rewritten as the usual
// table (序号 | 工作任务 | 牵头单位 | 配合单位 | the other columns) so table-rows.ts reads it as any other.
import { roleOfHeader, type TableRow } from './table-rows.js';
import { isDepartmentLike, isTownName } from './unit-names.js';

const LEAD_MARK = /^(牵头|牵头单位|主办|主责|主|●|★|◆|■|◎)$/;
const PART_MARK = /^(配合|配合单位|参与|协办|协同|协|○|☆|◇|□|△)$/;
/** A tick says only that the unit answers for the task: the units ticked are a bare list, the first leads. */
const TICK = /^(√|✓|✔|☑|v|V|是|负责|责任)$/;

const isUnitColumn = (header: string): boolean => {
  const t = header.trim();
  return t.length >= 2 && roleOfHeader(t) === null && (isDepartmentLike(t) || isTownName(t) || /^各[\u4e00-\u9fff]{1,6}$/.test(t));
};

/**
 * The matrix as a usual table, or null when `header` is not one: at least two unit columns, a task column, and
 * marks in the unit columns' cells (every non-empty one a mark, at least one of them in some row).
 */
export const unfoldMatrix = (header: string[], rows: TableRow[]): { header: string[]; rows: TableRow[] } | null => {
  const isMark = (m: string): boolean => LEAD_MARK.test(m) || PART_MARK.test(m) || TICK.test(m);
  const strict = header.map((h, k) => (isUnitColumn(h) ? k : -1)).filter((k) => k >= 0);
  if (strict.length < 2) return null;
  // Beside such columns, a short name the reader does not take for a unit (`省新闻出版`, as tables shorten it)
  // whose cells hold only marks is a unit's column too.
  const marksOnly = (k: number): boolean => {
    const cells = rows.map((r) => (r.cells[k] ?? '').trim()).filter(Boolean);
    return cells.length > 0 && cells.every(isMark);
  };
  const unitAt = header.map((h, k) => (strict.includes(k) || (/^[\u4e00-\u9fff()()]{2,12}$/.test(h.trim()) && roleOfHeader(h) === null && marksOnly(k)) ? k : -1)).filter((k) => k >= 0);
  const kept = header.map((_, k) => k).filter((k) => !unitAt.includes(k));
  if (!kept.some((k) => ['task', 'content'].includes(roleOfHeader(header[k] ?? '') ?? ''))) return null;
  const marks = rows.flatMap((r) => unitAt.map((k) => (r.cells[k] ?? '').trim())).filter(Boolean);
  if (marks.length === 0 || !marks.every(isMark)) return null;
  // Ticks only, no 牵头/配合 mark anywhere: the ticked units are a 责任单位 list (its first unit is the inferred lead).
  const ticksOnly = !marks.some((m) => LEAD_MARK.test(m) || PART_MARK.test(m));
  const unitsMarked = (r: TableRow, mark: RegExp): string[] => unitAt.filter((k) => mark.test((r.cells[k] ?? '').trim())).map((k) => (header[k] ?? '').trim());
  const own = kept.map((k) => header[k] ?? '');
  if (ticksOnly) return { header: [...own, '责任单位'], rows: rows.map((r) => ({ line: r.line, cells: [...kept.map((k) => r.cells[k] ?? ''), unitsMarked(r, TICK).join('、')] })) };
  const unfolded = rows.map((r) => {
    const lead = unitsMarked(r, LEAD_MARK);
    const ticked = unitsMarked(r, TICK);
    // Ticks beside a lead mark take part; in a row with no lead mark the first tick leads.
    const leads = lead.length > 0 ? lead : ticked.slice(0, 1);
    const part = unitsMarked(r, PART_MARK);
    const parts = lead.length > 0 ? [...part, ...ticked] : [...ticked.slice(1), ...part];
    return { line: r.line, cells: [...kept.map((k) => r.cells[k] ?? ''), leads.join('、'), parts.join('、')] };
  });
  return { header: [...own, '牵头单位', '配合单位'], rows: unfolded };
};

/** A real table's rows (.docx, .xlsx) with a matrix header among its first rows, unfolded; null when none is. */
export const unfoldMatrixRows = (rows: TableRow[]): TableRow[] | null => {
  for (let at = 0; at < Math.min(rows.length, 8); at += 1) {
    const head = rows[at];
    const found = head ? unfoldMatrix(head.cells, rows.slice(at + 1)) : null;
    if (head && found) return [...rows.slice(0, at), { line: head.line, cells: found.header }, ...found.rows];
  }
  return null;
};
