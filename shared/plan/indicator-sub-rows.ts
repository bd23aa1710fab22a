// A one-cell-per-line indicator row with `其中:` sub-rows whose values come column by column (split out of
// indicators.ts, which reads the table around it).
import type { SourceLine } from './body.js';
import { isValueCell } from './indicator-cells.js';
import type { IndicatorRole } from './indicator-roles.js';

type Row = { line: number; cells: string[] };

const VALUE_ROLES: IndicatorRole[] = ['baseline', 'target', 'achieved'];

/**
 * `4.义务教育标准班额比例(%)` / `其中:小学` / `初中` / 34.52% / 77.34% / 80%以上 / 85%以上 / 预期性: a row
 * with sub-rows whose values come column by column. Returns the rows and the cells used, or null.
 */
export const readSubRows = (cells: SourceLine[], at: number, roles: IndicatorRole[]): { rows: Row[]; used: number } | null => {
  if (!/^其中/.test(cells[at + 1]?.text.trim() ?? '')) return null;
  const names = [cells[at]?.text.trim() ?? ''];
  let j = at + 1;
  while (j < cells.length && !isValueCell(cells[j]?.text.trim() ?? '') && names.length < 8) names.push((cells[j++]?.text ?? '').trim().replace(/^其中[::]?/, ''));
  const values: string[] = [];
  while (j < cells.length && isValueCell(cells[j]?.text.trim() ?? '') && values.length < 40) values.push((cells[j++]?.text ?? '').trim());
  const nameAt = roles.indexOf('name');
  const after = roles.slice(nameAt + 1);
  const perName = after.filter((r) => VALUE_ROLES.includes(r)).length;
  const shared = after.length - perName;
  // Either every name has its values, or the parent line is only a heading for its sub-rows.
  const withValues = [names.length, names.length - 1].find((m) => m > 0 && perName * m + shared === values.length);
  if (withValues === undefined) return null;
  const parent = names[0] ?? '';
  const valued = withValues === names.length ? names : names.slice(1);
  // Cells come column by column: each value column has one cell per valued name, others one cell.
  let p = 0;
  const columns = after.map((role) => {
    const take = VALUE_ROLES.includes(role) ? valued.length : 1;
    const col = values.slice(p, p + take);
    p += take;
    return take === 1 ? Array<string>(valued.length).fill(col[0] ?? '') : col;
  });
  const parentUnit = /[((]([^()()]{1,6})[))]$/.exec(parent)?.[0] ?? '';
  const parentBase = parent.slice(0, parent.length - parentUnit.length);
  const rows = valued.map((name, k) => {
    const full = name === parent ? name : `${parentBase}:${name}${/[))]$/.test(name) ? '' : parentUnit}`;
    return { line: cells[at]?.line ?? 0, cells: [...roles.slice(0, nameAt).map(() => ''), full, ...columns.map((c) => c[k] ?? '')] };
  });
  return { rows, used: j - at };
};
