// The header of a table flattened one cell per line: where it starts and ends, words split over two
// lines joined back, unknown words kept as columns, a two-level header unfolded, a glued header cut into its
// words, the header printed again after a page break taken out (flattened.ts reads the rows).
import { splitGluedHeader } from './flattened-forms.js';
import { guessHeaderRole, YEAR_BEFORE_WORD } from './header-guess.js';
import type { SourceLine } from './body.js';
import type { Cell } from './flattened.js';
import { tableCell } from './text.js';
import { headerRoles, roleOfHeader, type Role } from './table-rows.js';
import { isIndicatorNameHeader } from './header-roles.js';

const GUESSED_KNOWN = new Set<Role | null>(['lead', 'participant', 'responsibility', 'deadline']);
/**
 * An indicator's columns (`指标名称`, `单位`, `2025年`, `目标值`) in a header that goes on to its 牵头单位 and 责任单位
 * (a 目标责任清单): words of the header, so the units' columns after them are still reached. header-roles.ts decides
 * whether the table is one of tasks.
 */
const INDICATOR_VALUE_WORD = /^(?:(?:计量)?单位|\d{4}年(?:目标值?|基期值?|预期值?)?|目标值|基期值|现状值)$/;
const isIndicatorWord = (text: string): boolean => isIndicatorNameHeader(text) || INDICATOR_VALUE_WORD.test(text.replace(/\s+/g, ''));

/** Could this cell be a header word we do not know (本月进展, 评分部门)? Short, no sentence, no number. */
const mayBeHeader = (text: string): boolean => {
  // A year before a short word (`2025年重点工作目标`) does not make it a sentence; a title (`2022年某县…任务清单`) stays one.
  const t = text.replace(/\s+/g, '').replace(YEAR_BEFORE_WORD, '');
  return t.length > 0 && t.length <= 10 && !/[。;,、]/.test(t) && !/^\d+[.、]?$/.test(t);
};

/**
 * `项目` / `类别`: a text word whose second line is a kind word (类别) that together name a group column (项目类别,
 * merged down the rows and often not printed in them) — joined when a text column (具体内容) still follows.
 */
const kindSplit = (first: string, second: string, cells: Cell[], at: number): boolean => {
  const role = roleOfHeader(first);
  if ((role !== 'task' && role !== 'content') || roleOfHeader(second) !== 'other' || roleOfHeader(`${first}${second}`.replace(/\s+/g, '')) !== 'other') return false;
  return cells.slice(at + 2, at + 10).some((c) => { const r = roleOfHeader(c.text); return r === 'task' || r === 'content'; });
};

/**
 * The header cells at the start of a flattened table. Header words split over two lines (责任 / 领导)
 * are joined back; words the reader does not know stay as columns of their own instead of ending the
 * header, as long as known words follow them.
 */
export const headerRun = (cells: Cell[], from: number, seqFirst = false): { header: Cell[]; used: number } => {
  const run: Cell[] = [];
  /** Raw cells taken up to and including each header cell (a rejoined word takes two). */
  const ends: number[] = [];
  let lastKnown = -1;
  for (let i = from; i < cells.length; i += 1) {
    const cell = cells[i];
    if (!cell) break;
    const next = cells[i + 1];
    const joined = next ? `${cell.text}${next.text}`.replace(/\s+/g, '') : '';
    // So is a short known word whose short second half names nothing alone (`项目` / `名称`): the two make one word.
    const halves = roleOfHeader(cell.text) === null || (/^[\u4e00-\u9fff]{2,4}$/.test(cell.text.replace(/\s+/g, '')) && /^[\u4e00-\u9fff]{2,4}$/.test(next?.text.trim() ?? '') && roleOfHeader(next?.text ?? '') === null && guessHeaderRole(next?.text ?? '') === null);
    if (next && (halves || kindSplit(cell.text, next.text, cells, i)) && mayBeHeader(next.text) && roleOfHeader(joined) !== null) {
      run.push({ line: cell.line, text: joined });
      lastKnown = run.length - 1;
      i += 1;
      ends.push(i + 1 - from);
      continue;
    }
    // `责任股室` / `(单位)`: a bracketed note on its own line belongs to the header word above it.
    if (run.length > 0 && /^[((][^()()]{1,6}[))]$/.test(cell.text.trim())) {
      const last = run[run.length - 1];
      if (last) run[run.length - 1] = { line: last.line, text: `${last.text}${cell.text.trim()}` };
      ends[ends.length - 1] = i + 1 - from;
      continue;
    }
    // Inside a header a unit or deadline word read by its parts (主管单位, 协管单位, 办结时限) counts as known
    // too; text-column words (…任务, …内容) are not, as a row's cells say the same.
    if (roleOfHeader(cell.text) !== null || (run.length > 0 && (GUESSED_KNOWN.has(guessHeaderRole(cell.text)) || isIndicatorWord(cell.text)))) lastKnown = run.length;
    else if (!mayBeHeader(cell.text) || run.length - lastKnown > 2) break;
    run.push(cell);
    ends.push(i + 1 - from);
  }
  // Unknown words after the last known one belong to the header only when the data then starts (a number).
  // Without a 序号 word in the header the number is printed after them, so they are the first row's
  // group cell (`工作任务 | 具体要求 | 责任科室` then `规范公开 | 1 | …`, seq-inside.ts), not columns.
  const following = cells[from + (ends[ends.length - 1] ?? 0)]?.text.trim() ?? '';
  const hasSeq = seqFirst || run.some((c) => roleOfHeader(c.text) === 'seq');
  // Under a group column before 序号 (`分类 / 序号 / 事项 / …`) the unknown word before the first number is
  // that group's name, printed once on its first row (group-column-rows.ts).
  // So under group words the reader does not know, printed before 序号 (`考核项目 / 序号 / …`, unknownHeadStart).
  const seqAt = run.findIndex((c) => roleOfHeader(c.text) === 'seq');
  const groupFirst = (seqAt === 1 || seqAt === 2) && run.slice(0, seqAt).every((c) => roleOfHeader(c.text) === null || roleOfHeader(c.text) === 'other');
  const keep = run.length > lastKnown + 1 && hasSeq && !groupFirst && /^\d{1,3}[.、]?$/.test(following) ? run.length : lastKnown + 1;
  return { header: unfoldSpannedHeader(run.slice(0, keep)), used: keep > 0 ? (ends[keep - 1] ?? 0) : 0 };
};

/**
 * A two-level header flattened row by row: `序号 / 任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位`, where
 * 责任单位 spans the 牵头 and 配合 columns printed after the first row. The sub-columns take the spanning
 * cell's place, so the data rows (序号, 任务, 牵头, 配合, 时限) line up with the header.
 */
const unfoldSpannedHeader = (header: Cell[]): Cell[] => {
  const roles = header.map((c) => roleOfHeader(c.text));
  const span = roles.indexOf('responsibility');
  let tail = roles.length;
  while (tail > 0 && (roles[tail - 1] === 'lead' || roles[tail - 1] === 'participant')) tail -= 1;
  const subs = header.slice(tail);
  const isSpan = span >= 0 && span < tail - 1 && subs.length >= 2 && roles.slice(tail).includes('lead') && !roles.slice(0, tail).some((r) => r === 'lead' || r === 'participant');
  return isSpan ? [...header.slice(0, span), ...subs, ...header.slice(span + 1, tail)] : header;
};


const ROW_NUMBER = (n: number): RegExp => new RegExp(`^${n}[.、]?$`);

/**
 * `工作目标任务 / 完成时间 / 牵头部门 / 配合部门`: the one word before the known ones is read by its parts as the task
 * column, which the known words alone lack: without it the header would name units but no task at all.
 */
const namesTheTasks = (cells: Cell[], k: number, roles: Role[]): boolean => {
  const guessed = guessHeaderRole(cells[0]?.text ?? '');
  const isText = (r: Role | null | undefined): boolean => r === 'task' || r === 'content';
  return k === 1 && isText(guessed) && isText(roles[0]) && !roles.slice(1).some(isText) && roles.some((r) => r === 'lead' || r === 'responsibility');
};

/**
 * Header words the reader does not know printed before the first one it knows (`任务项 / 重点工作内容 /
 * 牵头责任单位 / …`, then rows `1 / …`): they are the table's first columns when its known words name no
 * 序号 and the first row, from its `1` to the next row's `2`, has as many cells as the header with them.
 * Returns the line the header starts at (`at` when no word before it belongs to it); the first of those
 * words then heads the number column.
 */
export const unknownHeadStart = (lines: SourceLine[], at: number, marked: boolean): number => {
  const cellOf = (t: string): string | null => (marked ? tableCell(t) : t);
  const before: number[] = [];
  for (let j = at - 1; j >= 0 && before.length < 2; j -= 1) {
    const t = lines[j]?.text.trim() ?? '';
    if (t.length === 0) continue;
    const c = cellOf(t);
    if (c === null || !mayBeHeader(c) || roleOfHeader(c) !== null) break;
    before.push(j);
  }
  for (let k = before.length; k >= 1; k -= 1) {
    const from = before[k - 1] ?? at;
    const cells: Cell[] = [];
    for (const l of lines.slice(from, from + 80)) {
      const t = l.text.trim();
      if (t.length === 0) continue;
      const c = cellOf(t);
      if (c === null) break;
      cells.push({ line: l.line, text: c });
    }
    const { header, used } = headerRun(cells, 0, true);
    const roles = headerRoles(header.map((c) => c.text));
    // Group words before 序号 (`考核项目 / 序号 / …`): the first row opens with its group's name, then 1.
    if (roles && before.length === 1 && roles[k] === 'seq' && header.length > k + 2 && mayBeHeader(cells[used]?.text ?? '') && ROW_NUMBER(1).test(cells[used + 1]?.text ?? '')) return from;
    if (roles && namesTheTasks(cells, k, roles)) return from;
    if (!roles || header.length <= k || roles.includes('seq') || !ROW_NUMBER(1).test(cells[used]?.text ?? '')) continue;
    const next = cells.slice(used).findIndex((c) => ROW_NUMBER(2).test(c.text));
    if (next === header.length) return from;
  }
  return at;
};

/** Does a full table header (known words making a task and a responsibility column) start at line `at`? */
export const headerStartsAt = (lines: SourceLine[], at: number): boolean => {
  const cells = lines.slice(at, at + 24).filter((l) => l.text.trim().length > 0).slice(0, 12).map((l) => ({ line: l.line, text: l.text.trim() }));
  const { header } = headerRun(cells, 0);
  return header.length >= 3 && headerRoles(header.map((c) => c.text)) !== null;
};

/**
 * A header glued into one run becomes one line per word (same line number), and a second header row
 * glued under it (`一季度二季度三季度四季度`, all columns the importer keeps aside) is left out of the table.
 */
export const unglueHeaders = (lines: SourceLine[]): SourceLine[] => {
  const out: SourceLine[] = [];
  let afterHeader = false;
  for (const l of lines) {
    // Only a run with no separator at all: a header split by spaces is spacedTable's.
    const words = roleOfHeader(l.text) === null && !/\s/.test(l.text.trim()) ? splitGluedHeader(l.text) : null;
    if (words && afterHeader && words.every((w) => roleOfHeader(w) === 'other' || roleOfHeader(w) === 'deadline')) continue;
    afterHeader = words !== null && headerRoles(words) !== null;
    if (afterHeader && words) out.push(...words.map((text) => ({ line: l.line, text })));
    else out.push(l);
  }
  return out;
};

/**
 * The header printed again after a page break (a PDF repeats a table's header row on every page): the same
 * cells in the same order inside the body are no row.
 */
export const withoutRepeatedHeader = (body: Cell[], header: string[]): Cell[] => {
  if (header.length < 2) return body;
  const out: Cell[] = [];
  for (let k = 0; k < body.length; k += 1) {
    if (header.every((h, i) => body[k + i]?.text === h)) {
      k += header.length - 1;
      continue;
    }
    const cell = body[k];
    if (cell) out.push(cell);
  }
  return out;
};
