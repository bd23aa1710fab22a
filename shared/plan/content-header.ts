// A real table (.docx, .xlsx) whose header words the reader does not know (`考评事项 | 承接处室 | 备注`): the
// columns are told by what their cells hold. One unknown word used to cost the whole table, and an Excel
// file was refused outright; the cells still say which column lists units and which holds the work.
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { isUnitCell } from './row-align.js';
import { looksLikeDeadline } from './unit-names.js';
import { shortTaskColumn } from './short-task-column.js';

type Column = { units: number; long: number; average: number; filled: number };

const columnsOf = (data: TableRow[], width: number): Column[] =>
  Array.from({ length: width }, (_, k) => {
    const cells = data.map((r) => (r.cells[k] ?? '').trim()).filter((c) => c.length > 0);
    const filled = cells.length;
    const unit = cells.map(isUnitCell);
    return {
      filled,
      units: unit.filter(Boolean).length / Math.max(filled, 1),
      long: cells.filter((c, n) => c.length >= 6 && !unit[n] && !looksLikeDeadline(c)).length / Math.max(filled, 1),
      average: cells.reduce((n, c) => n + c.length, 0) / Math.max(filled, 1),
    };
  });

/**
 * The header row (one of the first three) and its roles read from the rows under it: the column whose cells
 * are unit lists is who is responsible (the first unit leads, by inference, as with 责任单位), the column of
 * the longest sentences is the task. The header row's own words keep the roles they name (序号, 完成时限).
 * Null unless at least three rows follow and both columns stand out.
 */
export const headerByContent = (rows: TableRow[]): { at: number; roles: Role[] } | null => {
  for (let at = 0; at < Math.min(3, rows.length - 3); at += 1) {
    const header = (rows[at]?.cells ?? []).map((c) => c.trim());
    // A header row names its columns in a few words; a row of long text or of units is data.
    if (header.filter(Boolean).length < 2 || header.some((c) => c.length > 16 || isUnitCell(c))) continue;
    const data = rows.slice(at + 1, at + 31);
    const columns = columnsOf(data, header.length);
    const enough = (c: Column): boolean => c.filled >= Math.min(3, data.length);
    const unitColumns = columns.map((c, k) => ({ c, k })).filter(({ c }) => enough(c) && c.units >= 0.6);
    const responsible = unitColumns[0]?.k;
    if (responsible === undefined) continue;
    const task = columns
      .map((c, k) => ({ c, k }))
      .filter(({ c, k }) => k !== responsible && enough(c) && c.long >= 0.6 && c.units < 0.3)
      .sort((a, b) => b.c.average - a.c.average)[0]?.k ?? shortTaskColumn(header, data, responsible);
    if (task === undefined) continue;
    const roles = header.map((word, k): Role => {
      if (k === task) return 'task';
      if (k === responsible) return 'responsibility';
      const named = roleOfHeader(word) ?? guessHeaderRole(word);
      // Other unit columns (a 评分部门, a second list) are kept, not read as who does the work.
      return named === 'seq' || named === 'deadline' || named === 'content' || named === 'other' ? named : 'other';
    });
    return { at, roles };
  }
  return null;
};
