// A bar table whose header names one column fewer than its rows print: one header cell spans two of the rows'
// cells (`年度任务` over a project's name and its content), so from there on every cell sits one column right of
// its name, and the unit cell, printed last, falls beyond the header (`序号 | 年度任务 | 进展 | 责任单位 | |` over
// `1 | 绿道建设 | 新建绿道20公里。 | 已开工。 | 区城建局 |`). The header is widened at the cell that spans.
import type { Role } from './header-roles.js';
import { isUnitRole } from './header-roles.js';
import { isUnitOnlyCell, rowScore } from './row-align.js';


const printedWidth = (cells: string[]): number => {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
  return n;
};


/**
 * The header's roles widened by one column where a header cell spans two, or null when the rows do not show that
 * shape: the header's last named cell is its only unit column; the rows (two or more, all but a cut one) print one
 * cell more than the header names, none more; in every such row the cell under the unit column is no unit and the
 * one after it is.
 */
export const spannedHeaderRoles = (header: string[], roles: Role[], rows: string[][]): Role[] | null => {
  const named = printedWidth(header);
  const units = roles.flatMap((r, i) => (isUnitRole(r) ? [i] : []));
  if (named < 3 || units.length !== 1 || units[0] !== named - 1) return null;
  const unitAt = named - 1;
  const widths = rows.map(printedWidth).filter((w) => w > 0);
  const over = rows.filter((r) => printedWidth(r) === named + 1);
  // The last row may be cut by the page; every other row prints the extra cell.
  const others = widths.slice(0, -1).filter((w) => w !== named + 1).length;
  if (over.length < 2 || others > 0 || widths.some((w) => w > named + 1)) return null;
  if (!over.every((r) => !isUnitOnlyCell(r[unitAt] ?? '') && isUnitOnlyCell(r[unitAt + 1] ?? ''))) return null;
  // The spanning cell: the one that makes the rows' cells suit their columns best (a task's name and its content
  // under one 任务 cell on a tie, the usual case).
  let best: { roles: Role[]; score: number } | null = null;
  for (let k = 0; k < unitAt; k += 1) {
    const added: Role = roles[k] === 'task' ? 'content' : 'other';
    const widened = [...roles.slice(0, k + 1), added, ...roles.slice(k + 1, named)];
    const score = over.reduce((n, r) => n + rowScore(r.slice(0, named + 1), widened), 0) + (roles[k] === 'task' ? 0.5 : 0);
    if (!best || score > best.score) best = { roles: widened, score };
  }
  if (!best) return null;
  // The header's own trailing empty cells stay, one fewer: the rows' width is kept.
  const tail = roles.slice(named + 1);
  return [...best.roles, ...tail];
};

/** `roles` for the header `cells`, widened when the rows under it (`lines`, cut by `split`) show a spanning cell. */
export const spannedHeader = (cells: string[] | null, roles: Role[] | null, lines: { text: string }[], split: (t: string) => string[] | null): Role[] | null => {
  if (!cells || !roles) return roles;
  const rows: string[][] = [];
  for (const { text } of lines) {
    if (text.trim() === '') continue;
    const row = split(text.trim());
    if (!row) break;
    rows.push(row);
  }
  return spannedHeaderRoles(cells, roles, rows) ?? roles;
};
