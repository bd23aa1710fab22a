// Where a flattened table's rows start and where the table ends: the first cell of a row (a 序号 or a
// numbered task), a numbered row a few lines on past group rows, a signature date after the last row, and a
// 序号 column the page printed empty in every row. Shared by flattened.ts's row grouping and its table walk.
import { isGroupHeading, readHeading } from './numbering.js';
import type { SourceLine } from './body.js';
import type { Cell } from './flattened.js';
import type { Role } from './table-rows.js';

/** Does this cell open a new row (a sequence number, or a numbered task when the first column is the task)? */
export const startTest = (role: Role | undefined): ((text: string) => boolean) => {
  // A starred number (`9*`, rows a footnote qualifies) opens its row too.
  if (role === 'seq') return (t) => /^(\d{1,3}|[一二三四五六七八九十]+)[*＊※]?[.、]?$/.test(t);
  if (role === 'task') return (t) => {
    const h = readHeading(t);
    return h !== null && (h.kind === 'num' || h.kind === 'paren-num') && h.rest.length <= 200;
  };
  return () => false;
};

/** Does a numbered table row start within the next few lines after `at` (group rows in between allowed)? */
export const rowsFollow = (lines: SourceLine[], at: number, firstRole: Role | undefined, groupCells = 0): boolean => {
  const isStart = startTest(firstRole);
  const next = lines.slice(at + 1).filter((l) => l.text.trim().length > 0).slice(0, 8);
  let cellsLeft = groupCells;
  for (const l of next) {
    const t = l.text.trim();
    if (isStart(t)) return true;
    // A group column's cell before the number (`1.全面推行…` under 二级指标) stands between them too.
    if (!isGroupHeading(t) && (cellsLeft -= 1) < 0) return false;
  }
  return false;
};

export const SIGNATURE_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[〇零O○o一二三四五六七八九]{4}\s*年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$/;

/**
 * A 序号 column the page printed empty in every row (`序号 / 目标与任务 / 牵头责任单位 / 责任单位`, then rows
 * of three cells): one cell per line without markers drops empty cells, so no row has its number and every
 * row is one cell short. The table is read without that column; a marked table keeps its empty cells.
 */
export const withoutEmptySeq = (body: Cell[], roles: Role[], marked: boolean): Role[] => {
  if (marked || roles[0] !== 'seq' || roles.length < 3) return roles;
  const isSeq = startTest('seq');
  const cells = body.filter((c) => !isGroupHeading(c.text));
  return cells.length >= roles.length - 1 && !cells.some((c) => isSeq(c.text)) ? roles.slice(1) : roles;
};

