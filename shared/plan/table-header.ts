// Where a table's header row is among its first rows, and what its columns are: a task table's roles
// (table-rows.ts), an indicator table's (indicators.ts), and headers spread over two rows.
import { indicatorRoles } from './indicators.js';
import { headerRoles, roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { headerByContent } from './content-header.js';

export type HeaderHit =
  | { kind: 'tasks'; at: number; roles: Role[] }
  | { kind: 'indicators'; at: number; roles: ReturnType<typeof indicatorRoles> & object };

/** Looks for the header row among a table's first rows. */
export const findTableHeader = (rows: TableRow[]): HeaderHit | null => {
  for (let at = 0; at < Math.min(rows.length, 8); at += 1) {
    const cells = rows[at]?.cells ?? [];
    const distinct = cells.map((c) => c.trim());
    const indicator = indicatorRoles(distinct.filter((c) => c.length > 0));
    if (indicator && distinct.every((c) => c.length > 0)) return indicatorHeaderBelow(rows, at) ?? { kind: 'indicators', at, roles: indicator };
    const roles = headerRoles(distinct);
    if (!roles) continue;
    const sub = subHeaderRoles(rows[at + 1]?.cells ?? [], cells, roles);
    return sub ? { kind: 'tasks', at: at + 1, roles: sub } : { kind: 'tasks', at, roles };
  }
  // No header words the reader knows: the columns told by their cells (content-header.ts).
  const byContent = headerByContent(rows);
  return byContent ? { kind: 'tasks', ...byContent } : null;
};

/**
 * An indicator header over two rows (`目标值` spanning `2020年 | 2025年`, the other cells merged down): the
 * grid repeats the spanning word over its columns, and the lower row names them. The lower row, its empty
 * cells taken from the row above, is the header when it reads as one.
 */
const indicatorHeaderBelow = (rows: TableRow[], at: number): HeaderHit | null => {
  const above = (rows[at]?.cells ?? []).map((c) => c.trim());
  const below = (rows[at + 1]?.cells ?? []).map((c) => c.trim());
  if (below.length === 0 || below.every((c, k) => c === '' || c === above[k])) return null;
  const cells = above.map((c, k) => below[k] || c);
  const roles = indicatorRoles(cells);
  return roles ? { kind: 'indicators', at: at + 1, roles } : null;
};

/**
 * A two-level header (`责任单位` spanning `牵头单位` | `配合单位` in the row below): the lower row names the
 * spanned columns, and the data start after it. The grid repeats a spanned cell across its columns, so a
 * spanned cell is one whose neighbour holds the same text.
 */
const subHeaderRoles = (below: string[], above: string[], roles: Role[]): Role[] | null => {
  const spanned = (k: number): boolean => (above[k - 1] ?? '') === above[k] || (above[k + 1] ?? '') === above[k];
  const named = below.map((c, k) => (spanned(k) ? roleOfHeader(c) : null));
  if (!named.some((r) => r === 'lead' || r === 'participant')) return null;
  return roles.map((r, k) => named[k] ?? r);
};
