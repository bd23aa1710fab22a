// A bar table's second header row: under `… | 7月进展情况 | 责任单位 |` the row `完成投资 | 完成率 | 实施情况 |`
// names the columns one header cell spans. The row is no task, and the header is widened there, so the rows
// (which print every spanned column, and often lack a merged 类别 cell) fit their columns: the 项目名称 cell
// under the task column, not the one next to it.
import { roleOfHeader, type Role } from './header-roles.js';
import { fitRow, isUnitCell, rowScore } from './row-align.js';

/** A header cell's words with their bracketed notes out (`投(筹)资完成率` → `投资完成率`). */
const bare = (cell: string): string => cell.replace(/\s+/g, '').replace(/[((][^()()]{1,6}[))]/g, '');

/** A column word: short, no sentence, no number, no unit. */
const isColumnWord = (cell: string): boolean => {
  const t = bare(cell);
  return t.length >= 2 && t.length <= 10 && !/[,,。;;::、!!\d%%]/.test(t) && !isUnitCell(t);
};

/** A progress table's column words for figures and their progress (已完成投资, 完成比例, 进展描述). */
const PROGRESS_WORD = /完成|进展|进度|情况|投资|资金|金额|比例|(?:比|效)率$/;

/**
 * The second header row's cells, when `cells` (the row right under the header) are two or more column words,
 * at least one of them a known header word or a word of figures or progress, and fewer than the header's.
 */
export const secondHeaderCells = (cells: string[] | null, width: number): string[] | null => {
  const filled = (cells ?? []).filter((c) => c.trim() !== '');
  if (filled.length < 2 || filled.length >= width || filled.length !== (cells ?? []).length) return null;
  if (!filled.every(isColumnWord) || !filled.some((c) => roleOfHeader(bare(c)) !== null || PROGRESS_WORD.test(bare(c)))) return null;
  return filled;
};

const printedWidth = (cells: string[]): number => {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
  return n;
};

/**
 * The header's roles widened by the second header row under it (`lines[0]`): its cells replace one of the
 * header's own 'other' cells, the one that makes the rows below fit best. Null when line 0 is no such row, or
 * when the rows do not print more cells than the header names (two rows at least), or fit no better widened.
 */
export const secondHeaderRoles = (header: string[], roles: Role[], lines: { text: string }[], split: (t: string) => string[] | null): Role[] | null => {
  const named = printedWidth(header);
  const sub = secondHeaderCells(split(lines[0]?.text.trim() ?? ''), named);
  if (!sub || named !== roles.length) return null;
  const rows: string[][] = [];
  for (const { text } of lines.slice(1)) {
    const t = text.trim();
    if (t === '' || /^[||\s]+$/.test(t)) continue;
    const row = split(t);
    if (!row) break;
    rows.push(row);
    if (rows.length >= 30) break;
  }
  const wide = rows.filter((r) => printedWidth(r) > named);
  const most = named + sub.length - 1;
  if (wide.length < 2 || rows.some((r) => printedWidth(r) > most)) return null;
  const score = (rs: Role[]): number => wide.reduce((n, r) => n + rowScore(fitRow(r, rs).cells, rs), 0);
  let best: { roles: Role[]; score: number } = { roles, score: score(roles) };
  for (let k = 0; k < named; k += 1) {
    if (roles[k] !== 'other') continue;
    const widened: Role[] = [...roles.slice(0, k + 1), ...Array<Role>(sub.length - 1).fill('other'), ...roles.slice(k + 1)];
    const s = score(widened);
    if (s > best.score) best = { roles: widened, score: s };
  }
  return best.roles === roles ? null : best.roles;
};

/**
 * A row printed far short of the widened header (the page's last row cut after its name, `3 | 农村住房保险`):
 * its cells kept together, at the place where they suit their columns best (its number under 序号).
 */
export const placeShortRow = (cells: string[], roles: Role[]): string[] => {
  const printed = cells.slice(0, printedWidth(cells));
  if (printed.length === 0 || roles.length - printed.length <= 5) return fitRow(cells, roles).cells;
  let best: { cells: string[]; score: number } | null = null;
  for (let at = 0; at + printed.length <= roles.length; at += 1) {
    const row = [...Array<string>(at).fill(''), ...printed, ...Array<string>(roles.length - at - printed.length).fill('')];
    const s = rowScore(row, roles);
    if (!best || s > best.score) best = { cells: row, score: s };
  }
  return best?.cells ?? cells;
};
