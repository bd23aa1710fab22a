// An indicator table printed sideways (a row of names, a row of targets, a row of attributes), split out of
// indicator-shapes.ts, whose other shapes give rows the usual way round.
import { roleOfWord, type IndicatorRole } from './indicator-roles.js';
import { barCells, type CellRow } from './indicator-shapes.js';

/**
 * A table printed sideways: `主要指标 |` then a row of names, `2022年目标值 |` then a row of values,
 * `属性 | 约束性 | 预期性 |` with its values on the same line. Blocks of such rows may repeat.
 * Returns the header roles and one row per indicator, or null.
 */
export const transposedTable = (
  lines: { line: number; text: string }[],
): { roles: IndicatorRole[]; rows: CellRow[]; used: number } | null => {
  const columns: { role: IndicatorRole; label: string; values: string[] }[] = [];
  let i = 0;
  let line0 = lines[0]?.line ?? 0;
  while (i < lines.length) {
    const cells = barCells(lines[i]?.text ?? '');
    const label = cells[0] ?? '';
    const role = roleOfWord(label);
    if (role === null || cells.length === 0) break;
    // The next block of the same table starts with its own row of names.
    if (role === 'name' && columns.length > 0) break;
    let values = cells.slice(1);
    let step = 1;
    if (values.length === 0) {
      values = barCells(lines[i + 1]?.text ?? '');
      step = 2;
    }
    if (values.length === 0 || values.every((v) => roleOfWord(v) !== null)) break;
    if (columns.length === 0) line0 = lines[i]?.line ?? 0;
    columns.push({ role: role === 'year' ? 'target' : role, label, values });
    i += step;
  }
  const names = columns[0];
  if (!names || names.role !== 'name' || columns.length < 2) return null;
  const width = names.values.length;
  const used = columns.filter((c, k) => k === 0 || c.values.length === width);
  if (!used.some((c) => c.role === 'target' || c.role === 'baseline')) return null;
  const roles = used.map((c) => c.role);
  const rows = names.values.map((_, k) => ({ line: line0, cells: used.map((c) => c.values[k] ?? '') }));
  return { roles, rows, used: i };
};
