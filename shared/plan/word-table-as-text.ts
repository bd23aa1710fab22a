// A Word or Excel table whose header names no unit column is read as the text reader reads the same table
// printed with bars (`序号 | 目标任务 | 推进情况 |`). The text reader knows shapes the cell reader does not —
// a task cell that closes with its units in a bracket (`…发展。(责任单位:市建设局、市金融办)`), header words
// it tells by the cells under them — and a table does not say other things for being a .docx: the same page
// must give the same units whether it came as text or as the issuer's Word file.
import { findTextTables, type FoundTable } from './flattened.js';
import type { Role, TableRow } from './header-roles.js';
import { isUnitRole } from './header-roles.js';


export const namesUnits = (roles: readonly Role[]): boolean => roles.some(isUnitRole);

// The text reader tries each of its table shapes, about a millisecond a row; a plan's table is tens or hundreds of
// rows. A bigger table (a data dump, a sheet of 20 000 rows) keeps the cell reader's reading and costs no seconds.
const MAX_ROWS_AS_TEXT = 3000;

const readings = new WeakMap<TableRow[], FoundTable | null>();

/** A cell as one line of text: the paragraphs of a cell are one cell of a bar row. */
const flatCell = (cell: string): string => cell.replace(/\s*\n\s*/g, ' ').replace(/[||]/g, ' ').trim();

/**
 * The table read from its rows written as bar lines, when that reading finds a unit column and most of the
 * rows; null otherwise (the cell reader's reading stands). `lines`: the rows it took, the others are the
 * caller's (a title row above the header).
 */
export const readAsBarTable = (rows: TableRow[]): FoundTable | null => {
  if (rows.length > MAX_ROWS_AS_TEXT) return null;
  // A table at the top of a .docx is asked twice, once whether it is a letterhead (read-document.ts) and once
  // for its reading: the rows are the same array both times, so the second ask costs nothing.
  if (readings.has(rows)) return readings.get(rows) ?? null;
  const reading = readRows(rows);
  readings.set(rows, reading);
  return reading;
};

const readRows = (rows: TableRow[]): FoundTable | null => {
  const lines = rows.map((r) => ({ line: r.line, text: `${r.cells.map(flatCell).join(' | ')} |` }));
  const found = findTextTables(lines).filter((t) => namesUnits(t.roles) && t.rows.length > 0);
  if (found.length !== 1) return null;
  const table = found[0];
  return table && table.lines.length * 2 >= rows.length ? table : null;
};
