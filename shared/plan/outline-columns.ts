// A bar table that lays out an outline, one column per level (`工作要求 | 一级要点 | 二级要点 | 责任科室` over
// `一、… | (一)… | 1.… | X牵头,Y配合`), its upper levels merged down: a row under the same `一、` prints from its
// `(一)` on, a row under the same `(一)` from its `1.` on. Read by width, each short row's cells slid into the wrong
// columns and the group heading titled the task. Here each cell goes to the column of its number's level, the
// deepest level is the task's, and the levels above it are the group columns merged down.
import type { Role } from './header-roles.js';
import { readHeading, type HeadingKind } from './numbering.js';
import type { TableRow } from './table-rows.js';
import { isUnitOnlyCell } from './row-align.js';

/** Outline levels, outermost first. */
const RANK: Partial<Record<HeadingKind, number>> = { chapter: 0, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, circled: 5 };

const rankOf = (text: string): number | null => {
  const h = readHeading(text.trim());
  return h ? (RANK[h.kind] ?? null) : null;
};

const printedOf = (cells: string[]): string[] => {
  const out = cells.map((c) => c.trim());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};


/**
 * Re-places `rows` (as bar-rows.ts built them; `short` holds the printed cells of the rows that came short) when
 * they are such a table, and turns `roles` (in place) into the outline's: the deepest column the task's, the ones
 * before it group columns. Needs: a unit column last, two or more columns before it; a row that prints them all,
 * each opening with a number of a deeper level than the one before; every row's cells before its unit cell
 * opening with one of those levels, in order, and no other cell; a row that prints fewer. Otherwise untouched.
 */
export const placeOutlineRows = (rows: TableRow[], short: Map<number, string[]>, roles: Role[]): TableRow[] => {
  const unitAt = roles.length - 1;
  if (unitAt < 2 || (roles[unitAt] !== 'responsibility' && roles[unitAt] !== 'lead') || roles.slice(0, unitAt).some((r) => r !== 'task' && r !== 'content' && r !== 'other')) return rows;
  const printed = rows.map((r, at) => printedOf(short.get(at) ?? r.cells));
  const full = printed.find((p) => p.length === unitAt + 1 && isUnitOnlyCell(p[unitAt] ?? ''));
  const levels = full?.slice(0, unitAt).map(rankOf) ?? [];
  if (!full || levels.some((l, k) => l === null || (k > 0 && l <= (levels[k - 1] ?? 0)))) return rows;
  const columnOf = new Map(levels.map((l, k) => [l, k]));
  const placed: string[][] = [];
  for (const p of printed) {
    if (p.length === 0) {
      placed.push([]);
      continue;
    }
    const unit = isUnitOnlyCell(p[p.length - 1] ?? '') ? (p[p.length - 1] ?? '') : null;
    const texts = unit === null ? p : p.slice(0, -1);
    const cols = texts.map((t) => columnOf.get(rankOf(t) ?? -1));
    if (texts.length === 0 || cols.some((c, k) => c === undefined || (k > 0 && c <= (cols[k - 1] ?? 0)))) return rows;
    const cells = Array<string>(unitAt + 1).fill('');
    texts.forEach((t, k) => (cells[cols[k] ?? 0] = t));
    cells[unitAt] = unit ?? '';
    // The table's last row with no unit cell is one the page cut off: its merged group cells are the row
    // above's, not a sign that it shares that row's merged unit cell too.
    const above = placed[placed.length - 1];
    if (unit === null && placed.length === printed.length - 1 && above) for (let c = 0; c < (cols[0] ?? 0); c += 1) cells[c] = above[c] ?? '';
    placed.push(cells);
  }
  if (!printed.some((p) => p.length > 0 && p.length < unitAt + 1)) return rows;
  roles.splice(0, unitAt, ...levels.map((_, k): Role => (k === unitAt - 1 ? 'task' : 'other')));
  return rows.map((r, at) => ((placed[at]?.length ?? 0) > 0 ? { ...r, cells: placed[at] ?? r.cells } : r));
};
