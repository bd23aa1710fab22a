// A table flattened one cell per line (`cell |`, rows closed by bar-only lines) whose 序号 and group cells are
// merged down: a numbered row prints them (`1 | 主要目标 | 1.… | 张三 | 区发改局 |`), the rows under it only
// their own cells from the task on (`2.… | 区财政局 |`), some also without a merged 分管领导 cell, or with it
// left blank (`3.… | | 区工信局 |`). Read by the header's width every row after the first falls out of step.
// The task cells' own numbers (`1.`, `2.`, `3.`) tell where each row starts: the cells left of the task come
// from the numbered row above, the unit cell is the row's last one, and what lies between goes to the columns
// between, in order.
import { isGroupHeading, readHeading, type Heading } from './numbering.js';
import { fitRow, isUnitOnlyCell } from './row-align.js';
import type { Cell } from './flattened.js';
import type { Role, TableRow } from './table-rows.js';

const SEQ = /^\d{1,3}[.、]?$/;
const ITEM_KINDS = new Set<Heading['kind']>(['num', 'paren-num', 'circled']);


/** The rows, or null when the table is not of this shape (no row opened by its task's number alone). */
export const rowsAtTaskNumbers = (body: Cell[], roles: Role[]): TableRow[] | null => {
  const width = roles.length;
  const unitAt = width - 1;
  if (roles[0] !== 'seq' || width < 4 || !['lead', 'responsibility'].includes(roles[unitAt] ?? '')) return null;
  const rows: TableRow[] = [];
  let left: string[] | null = null;
  let taskAt = -1;
  let kind: Heading['kind'] | null = null;
  let last = 0;
  let subRows = 0;
  let k = 0;
  const texts = body.map((c) => c.text.trim());
  /**
   * Is cell `at` the next row's start: a bare 序号, a group heading, or the task number after `after` (a numbered
   * row's: only once it holds its `least` cells, since its own task cell goes on with the numbers above it).
   */
  const opens = (at: number, after: Heading | null, least: number): boolean => {
    const t = texts[at] ?? '';
    if (SEQ.test(t) || isGroupHeading(t)) return true;
    const h = readHeading(t);
    return h !== null && after !== null && h.kind === after.kind && h.number === after.number + 1 && least <= 0;
  };
  while (k < texts.length) {
    const t = texts[k] ?? '';
    let end = k + 1;
    const isSeqRow = SEQ.test(t);
    let after: Heading | null = isSeqRow ? null : readHeading(t);
    for (; end < texts.length; end += 1) {
      const filled = texts.slice(k, end).filter((c) => c !== '').length;
      if (opens(end, after, isSeqRow ? width - filled : 0)) break;
      // The numbered row's task number, which the next row's follows.
      const h = readHeading(texts[end] ?? '');
      if (isSeqRow && after === null && h && ITEM_KINDS.has(h.kind)) after = h;
    }
    const own = texts.slice(k, end).filter((c) => c !== '');
    const line = body[k]?.line ?? 0;
    k = end;
    if (own.length === 0) continue;
    if (isGroupHeading(t) && !SEQ.test(t)) {
      rows.push({ line, cells: Array<string>(width).fill(t) });
      left = null;
      kind = null;
      continue;
    }
    if (SEQ.test(t)) {
      // A numbered row: printed full, its task cell numbered.
      const cells = own.length === width ? own : fitRow(own, roles).cells;
      taskAt = cells.findIndex((c, at) => at > 0 && at < unitAt && ITEM_KINDS.has(readHeading(c)?.kind ?? 'dash'));
      const h = taskAt > 0 ? readHeading(cells[taskAt] ?? '') : null;
      left = h ? cells.slice(0, taskAt) : null;
      kind = h?.kind ?? null;
      last = h?.number ?? 0;
      rows.push({ line, cells });
      continue;
    }
    const h = readHeading(t);
    if (!left || !h || h.kind !== kind || h.number !== last + 1) return null;
    last = h.number;
    const isLast = k >= texts.length;
    const unit = isUnitOnlyCell(own[own.length - 1] ?? '') ? (own[own.length - 1] ?? '') : null;
    const between = own.slice(1, unit === null ? own.length : -1);
    // Every row names its unit, but the page may cut the last one; nothing left over between the columns.
    if ((unit === null && !isLast) || between.length > unitAt - taskAt - 1 || between.some(isUnitOnlyCell)) return null;
    const cells = [...left, t, ...between];
    while (cells.length < unitAt) cells.push('');
    rows.push({ line, cells: [...cells, unit ?? ''] });
    subRows += 1;
  }
  return subRows >= 2 ? rows : null;
};
