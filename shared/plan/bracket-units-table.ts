// A bar table with no unit column (`序号 | 目标任务 | 推进情况 |`) whose task cells each close with their units
// in a bracket (`…发展。(责任单位:市建设局、市金融办)`): the bracket is the row's responsibility cell. Without a unit
// column the header read as no task table at all, and the rows as preamble; the progress cells' `1.… 2.…`
// points then became the document's numbered tasks.
import type { SourceLine } from './body.js';
import { findResponsibilityClause } from './clause.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { isUnitRole } from './header-roles.js';


/** The cells of a bar row; a row the page cut off keeps its opening cells with no closing bar (`3 | … | 1.…`). */
const cellsOf = (text: string): string[] | null => {
  if (!/[||]/.test(text)) return null;
  const cells = text.split(/[||]/).map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 ? cells : null;
};

/**
 * The table whose header is `header` on line `i`, each row's units taken from the bracket closing its task
 * cell and kept in a responsibility column added after the header's; null unless the header names a task
 * (or content) column and no unit column, and most rows (two at least) close their task cell with units.
 */
export const bracketUnitsTable = (lines: SourceLine[], i: number, header: string[]): { table: FoundTable; next: number } | null => {
  const named = header.map((c) => roleOfHeader(c) ?? guessHeaderRole(c) ?? 'other');
  if (named.some(isUnitRole)) return null;
  const task = named.includes('task') ? named.indexOf('task') : named.indexOf('content');
  if (task < 0) return null;
  const rows: TableRow[] = [];
  const used = [lines[i]?.line ?? 0];
  let j = i + 1;
  for (; j < lines.length; j += 1) {
    const text = lines[j]?.text.trim() ?? '';
    if (text === '') continue;
    const cells = cellsOf(text);
    if (!cells || cells.length > header.length) break;
    const padded = [...cells, ...Array<string>(header.length - cells.length).fill('')];
    const clause = findResponsibilityClause(padded[task] ?? '');
    const units = clause ? clause.raws.map((r) => r.replace(/^[((]|[))]$/g, '')).join(';') : '';
    if (clause) padded[task] = clause.rest;
    rows.push({ line: lines[j]?.line ?? 0, cells: [...padded, units] });
    used.push(lines[j]?.line ?? 0);
  }
  const assigned = rows.filter((r) => (r.cells[header.length] ?? '') !== '').length;
  if (assigned < 2 || assigned < rows.length * 0.6) return null;
  const roles: Role[] = [...named, 'responsibility'];
  return { table: { title: titleBefore(lines, i), roles, rows, lines: used, headerLine: lines[i]?.line ?? 0, stray: [] }, next: j };
};
