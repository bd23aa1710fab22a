// A 目标责任分解书 flattened one cell per line with nothing to mark the cells (`领域 / 主要目标 / 主要责任
//单位 / 责任单位`): a unit cell printed one unit per line, the merged 领域 cell printed once or not at all,
// and under a numbered goal its sub-goals (`——…`) each with units of their own. The row width tells
// nothing here; the lines themselves do: a numbered goal opens a row, text lines are its goal, and the
// run of unit lines after them are its units — the first for the first unit column (主要责任单位), the
// rest for the last. A goal with several runs of sub-goal and units is a group of one task per run.
import { isGroupHeading, readHeading, splitTitle } from './numbering.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';
import type { Cell } from './flattened.js';
import type { Role, TableRow } from './table-rows.js';

const isUnitColumn = (r: Role): boolean => r === 'lead' || r === 'participant' || r === 'responsibility';
const isNumbered = (text: string): boolean => {
  const h = readHeading(text);
  return h !== null && h.kind === 'num' && h.rest.length > 0;
};
/** A unit line: a unit's name, or a short name (`省人口计生`, as tables shorten) next to one. */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,8}$/;

type Run = { texts: string[]; units: string[]; line: number };

/**
 * Rows for such a table, or null when it is not one: nothing but unit columns after the text column, at
 * least three numbered goals, and rows that do not keep the header's width.
 */
export const rowsFromUnitLines = (cells: Cell[], headerRoles: Role[]): { roles: Role[]; rows: TableRow[] } | null => {
  // Each row's first line is its task; the whole text goes to a content column after the others, so a
  // table with only a 目标 column still gives one task per row instead of one run of merged rows.
  const hasTask = headerRoles.includes('task');
  const roles: Role[] = hasTask ? headerRoles : [...headerRoles.map((r, i) => (i === headerRoles.indexOf('content') ? 'task' : r)), 'content'];
  const textCol = roles.findIndex((r) => r === 'task' || r === 'content');
  const unitCols = roles.flatMap((r, i) => (isUnitColumn(r) ? [i] : []));
  if (textCol < 0 || unitCols.length === 0 || unitCols.some((c) => c < textCol)) return null;
  // Only the goal and its unit columns after it: a deadline or a leader's column would be read as text.
  if (headerRoles.slice(textCol + 1).some((r) => !isUnitColumn(r))) return null;
  const starts = cells.flatMap((c, i) => (isNumbered(c.text) ? [i] : []));
  if (starts.length < 3) return null;
  const widths = starts.map((s, k) => (starts[k + 1] ?? cells.length) - s);
  if (widths.every((w) => w === roles.length - textCol)) return null;
  const isUnit = (i: number): boolean => {
    const t = cells[i]?.text.trim() ?? '';
    if (isDepartmentLike(t)) return true;
    // A unit cell printed whole on its line (`省发改委、长沙市政府`): every name in it a unit's.
    const names = t.includes('、') ? splitUnitList(t) : [];
    if (names.length > 1 && isUnitNameList(names)) return true;
    const near = (j: number): boolean => isDepartmentLike(cells[j]?.text.trim() ?? '');
    return SHORT_NAME.test(t) && !isNumbered(t) && (near(i - 1) || near(i + 1));
  };
  const width = roles.length;
  const rows: TableRow[] = [];
  const rowOf = (run: Run, text: string[]): TableRow => {
    const out = Array<string>(width).fill('');
    out[textCol] = hasTask ? text.join('\n') : splitTitle(text[0] ?? '').title;
    if (!hasTask) out[width - 1] = text.join('\n');
    const [first, ...rest] = run.units;
    const firstCol = unitCols[0] ?? textCol;
    const lastCol = unitCols[unitCols.length - 1] ?? textCol;
    // Each line was judged a unit of its own: joined as a list, so no line is read as half a name.
    if (firstCol === lastCol) out[firstCol] = run.units.join('、');
    else {
      out[firstCol] = first ?? '';
      out[lastCol] = rest.join('、');
    }
    return { line: run.line, cells: out };
  };
  // A group row printed across the table (`二、持续改善民生福祉`) between numbered rows: a section row, not
  // the end of the row above it.
  const sections = cells.flatMap((c, i) => (isGroupHeading(c.text) ? [i] : []));
  const boundaries = [...starts, ...sections].sort((a, b) => a - b);
  for (const at of sections.filter((i) => i < (starts[0] ?? 0))) rows.push({ line: cells[at]?.line ?? 0, cells: Array<string>(width).fill(cells[at]?.text.trim() ?? '') });
  starts.forEach((s) => {
    const end = boundaries.find((b) => b > s) ?? cells.length;
    const runs: Run[] = [];
    for (let i = s; i < end; i += 1) {
      const cell = cells[i];
      if (!cell) continue;
      const unit = isUnit(i);
      const last = runs[runs.length - 1];
      if (unit && last) last.units.push(cell.text.trim());
      else if (!unit && (!last || last.units.length > 0)) runs.push({ texts: [cell.text.trim()], units: [], line: cell.line });
      else if (!unit && last) last.texts.push(cell.text.trim());
    }
    // Text after the last units (a cut-off number) stays with the task above it.
    const tail = runs[runs.length - 1];
    if (runs.length > 1 && tail && tail.units.length === 0) {
      runs.pop();
      runs[runs.length - 1]?.texts.push(...tail.texts);
    }
    const head = runs[0];
    if (!head) return;
    const group = cells[end];
    const groupRow = (): void => {
      if (group && sections.includes(end)) rows.push({ line: group.line, cells: Array<string>(width).fill(group.text.trim()) });
    };
    if (runs.length === 1) {
      rows.push(rowOf(head, head.texts));
      groupRow();
      return;
    }
    // The numbered goal heads a group; each run of sub-goals and units is one task under it.
    const goal = head.texts[0] ?? '';
    rows.push({ line: head.line, cells: Array<string>(width).fill(goal) });
    runs.forEach((run, n) => {
      const texts = n === 0 ? run.texts.slice(1) : run.texts;
      if (texts.length > 0) rows.push(rowOf(run, texts.map((t) => t.replace(/^[—–-]{1,2}/, ''))));
    });
    groupRow();
  });
  return { roles, rows };
};
