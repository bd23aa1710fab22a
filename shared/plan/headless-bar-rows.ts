// A decomposition table printed only as its rows, one per line, cells split by bars, with NO header row:
// `1 | 任务 | 县X局 | 进展 | 评价 |`, `2 | … |`, often with a lone `|` line after each row (a page copied
// from a web table). Nothing names a column, so the rows' own cells tell them: the column whose cells are
// unit lists in most rows is who does the work, the task is the column of sentences before it (else the
// longest). Only a run of at least three rows numbered 1, 2, 3 … with nothing like a header above it.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { splitRow } from './bar-rows.js';
import { titleBefore } from './flattened-forms.js';
import { isUnitCell } from './row-align.js';
import { looksLikeDeadline } from './unit-names.js';
import { isGroupCell } from './seq-cell-rows.js';
import type { Role, TableRow } from './table-rows.js';

/** A line that is only a bar or two (a row's closing border printed on its own line), or blank. */
const isFiller = (text: string): boolean => /^[||\s]*$/.test(text);

const SEQ = /^(\d{1,3})[.、]?$/;

/** `一、主要预期目标` / `(二)…` alone on its line, no bar: a group heading, not a row. */
const isGroupLine = (text: string): boolean => !/[||]/.test(text) && isGroupCell(text.trim());

/** A numbered row of at least `fewest` cells (two: the page's last row, cut after its task cell). */
const rowCells = (text: string, fewest = 3): string[] | null => {
  const cells = splitRow(text.trim());
  return cells && cells.length >= fewest && SEQ.test(cells[0] ?? '') ? cells : null;
};

/** The previous line that is not filler is itself a bar row: line `i` is inside a run, not its start. */
const insideRun = (lines: SourceLine[], i: number): boolean => {
  for (let k = i - 1; k >= 0; k -= 1) {
    const t = lines[k]?.text ?? '';
    if (isFiller(t)) continue;
    return splitRow(t.trim()) !== null;
  }
  return false;
};

const share = (cells: string[], test: (c: string) => boolean): number => cells.filter(test).length / Math.max(cells.length, 1);

/** The table whose first row is line `i`, or null. */
export const headlessBarTable = (lines: SourceLine[], i: number): FoundTable | null => {
  // A group's heading line just above the first row (seq-cell-rows.ts puts a merged group cell there).
  const start = isGroupLine(lines[i]?.text ?? '') ? i + 1 : i;
  const first = rowCells(lines[start]?.text ?? '');
  if (!first || insideRun(lines, start)) return null;
  const rows: TableRow[] = [];
  const groups = new Set<TableRow>();
  const used: number[] = [];
  let expect = Number(SEQ.exec(first[0] ?? '')?.[1]);
  for (let j = i; j < lines.length; j += 1) {
    const t = lines[j]?.text ?? '';
    if (isFiller(t)) {
      if (rows.length > 0 && t.trim()) used.push(lines[j]?.line ?? 0);
      continue;
    }
    // A group heading between rows: a row of its one cell, which table-rows.ts reads as a section.
    if (isGroupLine(t) && rowCells(lines[j + 1]?.text ?? '') !== null) {
      const group = { line: lines[j]?.line ?? 0, cells: [t.trim()] };
      groups.add(group);
      rows.push(group);
      used.push(group.line);
      continue;
    }
    // The page's last row may be cut short after its task cell (`9 | 加强… |`); asked only of a short row.
    const cells = rowCells(t) ?? (rows.length >= 3 && lines.slice(j + 1).every((l) => isFiller(l.text)) ? rowCells(t, 2) : null);
    if (!cells || Number(SEQ.exec(cells[0] ?? '')?.[1]) !== expect) break;
    rows.push({ line: lines[j]?.line ?? 0, cells });
    used.push(lines[j]?.line ?? 0);
    expect += 1;
  }
  // A heading after the last row heads whatever follows the table.
  while (rows.length > 0 && groups.has(rows[rows.length - 1] as TableRow)) used.splice(used.indexOf(rows.pop()?.line ?? -1), 1);
  const data = rows.filter((r) => !groups.has(r));
  if (data.length < 3) return null;
  const width = Math.max(...data.map((r) => r.cells.length));
  // Rows of one width (one row may lack a cell, and the page's last row may be cut short of its last cells).
  const whole = data.filter((r) => r.cells.length > 2 || r !== data[data.length - 1]);
  if (whole.filter((r) => r.cells.length === width).length < whole.length - 1) return null;
  const column = (k: number): string[] => data.map((r) => (r.cells[k] ?? '').trim()).filter((c) => c.length > 0);
  const enough = Math.ceil(data.length * 0.6);
  const unitAt = Array.from({ length: width }, (_, k) => k).find((k) => k > 0 && column(k).length >= enough && share(column(k), isUnitCell) >= 0.6);
  if (unitAt === undefined) return null;
  const isText = (c: string): boolean => c.length >= 6 && !isUnitCell(c) && !looksLikeDeadline(c);
  const textColumns = Array.from({ length: width }, (_, k) => k).filter((k) => k > 0 && k !== unitAt && column(k).length >= enough && share(column(k), isText) >= 0.6);
  const average = (k: number): number => column(k).reduce((n, c) => n + c.length, 0) / Math.max(column(k).length, 1);
  const before = textColumns.filter((k) => k < unitAt);
  const task = (before.length > 0 ? before : textColumns).sort((a, b) => average(b) - average(a))[0];
  if (task === undefined) return null;
  const roles = Array.from({ length: width }, (_, k): Role => (k === 0 ? 'seq' : k === task ? 'task' : k === unitAt ? 'responsibility' : 'other'));
  const padded = rows.map((r) => ({ ...r, cells: [...r.cells, ...Array<string>(width - r.cells.length).fill('')] }));
  return { title: titleBefore(lines, i), roles, rows: padded, lines: used, headerLine: lines[i]?.line ?? 0, stray: [] };
};
