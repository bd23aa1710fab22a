// A space-separated progress table whose header names neither a task nor a unit column by words the reader
// knows (`序号 考评指标 计量 单位 年度目标 完成数 完成比例 备 注`): the columns are told by what the rows hold,
// as content-header.ts does for real tables. The units sit in the last cell of the rows (under 备注), the
// work in the first cell after the number; the cells between (a measure unit, figures, a share) are the
// office's own. Empty cells are not printed, so only the first and the last cell of a row can be placed.
// Unnumbered lines between numbered rows are more targets of the same item (序号 and 备注 merged down): each
// is a task of its own, with its own unit when it prints one and the item's unit otherwise.
import { isImprintLine } from './imprint.js';
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { readHeading } from './numbering.js';
import { isUnitCell } from './row-align.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { guessHeaderRole } from './header-guess.js';
import { joinSplitWords } from './text.js';
import { isUnitRole } from './header-roles.js';

/** Header words the page spaced out a character at a time (`单 位`, `备  注`): two single characters are one word. */
const isSingles = (word: string, next: string): boolean => /^[\u4e00-\u9fff]$/.test(word) && /^[\u4e00-\u9fff]$/.test(next);


/** A row's second cell that is text of its own (a target under the first cell's project), not a figure or a measure. */
const isTextCell = (w: string): boolean =>
  w.length >= 6 && (w.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 && !isUnitCell(w) && !/[。;]$/.test(w) && !/^(不低于|不少于|达到|完成)/.test(w);

/** Roles of the rebuilt rows: number, work, a sub-target's text, the office's own cells, units. */
const ROLES: Role[] = ['seq', 'task', 'content', 'other', 'responsibility'];

export const spacedTableByContent = (lines: SourceLine[], at: number): FoundTable | null => {
  const tokens = joinSplitWords((lines[at]?.text.trim() ?? '').split(/\s+/).filter(Boolean), isSingles);
  if (tokens.length < 4 || tokens.length > 12 || roleOfHeader(tokens[0] ?? '') !== 'seq') return null;
  // Short bare words, none naming a unit column (a header that does is read by spaced-table.ts).
  if (tokens.slice(1).some((t) => !/^[\u4e00-\u9fff]{2,8}$/.test(t) || isUnitRole(roleOfHeader(t) ?? guessHeaderRole(t)))) return null;
  const rows: TableRow[] = [];
  const used = [lines[at]?.line ?? 0];
  let numbered = 0;
  let withUnit = 0;
  let last = 0;
  for (let j = at + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    if (t.length === 0 || t.length > 200 || isImprintLine(t) || /^(cn|chapter)$/.test(readHeading(t)?.kind ?? '')) break;
    const m = /^(\d{1,3})\s+(.+)$/.exec(t);
    const n = m ? Number(m[1]) : null;
    // Numbers run on (an amount opening a line is no row's number).
    if (n !== null && n !== last + 1 && n !== 1) break;
    const words = (m?.[2] ?? t).split(/\s+/).filter(Boolean);
    // An unnumbered line is a row only with cells after its text, under a numbered row.
    if (n === null && (rows.length === 0 || words.length < 2 || /^[\d.%-]+$/.test(words[0] ?? ''))) break;
    const unit = words.length >= 2 && isUnitCell(words[words.length - 1] ?? '') ? (words.pop() ?? '') : '';
    // A numbered row's project over targets: `项目名 目标一 …`, the target the row's work.
    const sub = n !== null && words.length >= 2 && isTextCell(words[1] ?? '') ? (words.splice(1, 1)[0] ?? '') : '';
    const task = words.shift() ?? '';
    rows.push({ line: lines[j]?.line ?? 0, cells: [n === null ? '' : String(n), task, sub, words.join(' '), unit] });
    used.push(lines[j]?.line ?? 0);
    if (n !== null) {
      numbered += 1;
      last = n;
      if (unit) withUnit += 1;
    }
  }
  // Enough numbered rows, most of them ending in a unit: the last column is who does the work.
  if (numbered < 3 || withUnit < 0.6 * numbered) return null;
  return { title: titleBefore(lines, at), roles: ROLES, rows, lines: used, headerLine: lines[at]?.line ?? 0, stray: [] };
};
