// A table whose header words and cells are separated by spaces only (`序号 重点工作 责任单位 完成情况`,
// rows `3 新建口袋公园 园林局 80%`). Used by flattened.ts.
import { isImprintLine } from './imprint.js';
import { isPageCutRow } from './page-cut-row.js';
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { joinSplitWords } from './text.js';
import { joinSpacedLetters } from './spaced-letters.js';
import { withProblemColumnsAside } from './problem-header.js';
import { readHeading } from './numbering.js';
import { isSpacedGroupRow } from './spaced-groups.js';
import { fitRow, isUnitCell } from './row-align.js';
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { isDepartmentLike, isUnitInList, looksLikeDeadline, splitUnitList } from './unit-names.js';

/** A 完成时限 cell: a date, or a period word alone (`全年`, `四月份`, `上半年`, `二季度末`). */
const PERIOD_WORD = /^(?:全年|年内|常年|[上下]半年|[一二三四五六七八九十]{1,3}月份?(?:[上中下]旬|底|末)?前?|第?[一二三四]季度(?:末|底)?前?)$/;
export const isDateCell = (p: string): boolean => looksLikeDeadline(p) || PERIOD_WORD.test(p);

/**
 * A spaced row's cells: text cells end at a sentence end; after the text, short cells are split at
 * spaces (`基教科 各区教育局、 市局直属单位`), except a space after 、 or a comma inside one list.
 * `want` is the header's count of cells still to fill: a long run after the text whose spaces give
 * exactly that count is those cells (`专项督查 X中心 A产业园、B产业园…`), whatever names it holds.
 */
const spacedCells = (text: string, want?: number): string[] => {
  const chunks = text
    .split(/(?<=[。;])\s+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const partsOf = (c: string): string[] => c.split(/(?<![、,,])\s+/).filter((p) => p.length > 0);
  // A long run is one cell of text, unless every piece is a unit list or a deadline (long unit cells).
  // Towns (`昌化镇`, `天目山镇`) are units of a list as its departments are.
  const isUnitsOrDate = (p: string): boolean => isDateCell(p) || splitUnitList(p).every((n, _, list) => isUnitInList(n, list));
  const cells = chunks.flatMap((c) => {
    if (/[。;]$/.test(c)) {
      // Unit cells closed by a full stop (`区科技局 区经信局、区财政局,某管委会。`): still the units' cells.
      const closed = partsOf(c.slice(0, -1));
      return closed.length >= 2 && closed.every(isUnitsOrDate) ? closed : [c];
    }
    const parts = partsOf(c);
    if (c.length <= 40 || parts.every(isUnitsOrDate)) return parts;
    // A long run of text closed by unit lists and dates (`某项长任务 区A局,区B局,… 全年`): the text, then those cells.
    let k = parts.length;
    while (k > 1 && isUnitsOrDate(parts[k - 1] ?? '')) k -= 1;
    return k < parts.length && parts.slice(k).some((p) => !isDateCell(p)) ? [parts.slice(0, k).join(' '), ...parts.slice(k)] : [c];
  });
  const last = chunks[chunks.length - 1] ?? '';
  if (want === undefined || cells.length === want || /[。;]$/.test(last) || chunks.length < 2) return cells;
  const split = [...chunks.slice(0, -1).flatMap((c) => (/[。;]$/.test(c) ? [c] : partsOf(c))), ...partsOf(last)];
  return split.length === want ? split : cells;
};

/** A header word the page split at a space after its digits (`1- 8月完成情况`) is one word. */
const isSplitAfterDigits = (word: string, _next: string, at: number): boolean => at > 0 && /^[\d.]+[-—–~～至]$/.test(word);

/**
 * A header cell the page printed with spaces inside (`牵头  领导`, `配合   责任单位`): a role word and the unit or
 * person word after it make one column when together they name one and the role word is no column by
 * itself here (the next word names no role alone but a unit or a person).
 */
const isSpacedPair = (word: string, next: string): boolean =>
  /^[\u4e00-\u9fff]{2}$/.test(word) && /^(?:责任)?(?:单位|部门|领导|处室|科室)$/.test(next) && (roleOfHeader(word + next) ?? guessHeaderRole(word + next)) !== null;

/** `2023年10-12月份进展情况`, `2024年1-3月份进度安排`: one period's progress or plan, the office's own column. */
const PERIOD_PREFIX = /^\d{4,5}年(?:度|\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|第?[一二三四]季度|[上下]半年)(?=[\u4e00-\u9fff]{2,6}$)/;
/** `2025年重点工作`: the year the whole table is for names no column of its own. */
const YEAR_PREFIX = /^\d{4}年度?(?=[\u4e00-\u9fff]{2,10}$)/;
const roleOfWord = (t: string): Role | null => {
  const own = roleOfHeader(t) ?? guessHeaderRole(t);
  if (own !== null) return own;
  const rest = t.replace(PERIOD_PREFIX, '');
  if (rest !== t) return (roleOfHeader(rest) ?? guessHeaderRole(rest)) === null ? null : 'other';
  const bare = t.replace(YEAR_PREFIX, '');
  return bare === t ? null : (roleOfHeader(bare) ?? guessHeaderRole(bare));
};

type SpacedRow = TableRow & { sub?: string };
type AnchoredRow = { cells: string[]; sub?: string };

/**
 * A row read from its first unit cell (`文化惠民 送戏曲下乡20场 区文体局 20 29`): the words before it fill
 * the columns before the unit column, the words after it the columns after. One word more than the
 * columns before is a sub-item under the row's 项目 (a vertically merged 项目 cell over several
 * sub-items, each with its own units). Null when no word is a unit cell where it could be.
 */
const anchorOnUnit = (text: string, roles: Role[], unitAt: number, seq: string): AnchoredRow | null => {
  const words = text.split(/\s+/).filter(Boolean);
  const before = unitAt - 1;
  const at = words.findIndex((w, k) => k >= before && k <= before + 1 && isUnitCell(w));
  // The words before are the task's (a long one may end like a unit: `建设农村公办幼儿园`), not a unit list.
  if (at < 1 || words.slice(0, at).some((w) => (isUnitCell(w) && w.length < 8) || /[。;]$/.test(w))) return null;
  const tail = roles.length - unitAt - 1;
  const cells = [seq, ...words.slice(0, before), words[at] ?? '', ...intoColumns(spacedCells(words.slice(at + 1).join(' '), tail), tail)];
  // A sub-item: the 项目 word stays the row's task, the sub-item goes to the column added before the units.
  return at === before ? { cells } : { cells, sub: words[at - 1] ?? '' };
};

/** The cells after the units fill the `count` columns after them; more cells than columns run into the last. */
const intoColumns = (cells: string[], count: number): string[] =>
  cells.length <= count ? [...cells, ...Array<string>(count - cells.length).fill('')] : [...cells.slice(0, count - 1), cells.slice(count - 1).join(' ')];

/**
 * A row read by its run of unit words (`81 某任务。 王  平 李红 县卫健委 各乡镇 县直有关单位 已完成 …`): the
 * task's sentence first, then the short words of the columns between it and the unit columns (a 牵头领导's
 * names, one column), then every unit word in a row — one to each unit column, the rest to the last — and
 * the words after them fill the columns after. Null when the row has no such run where it could be.
 */
const readByUnitRun = (text: string, roles: Role[], unitAt: number, seq: string): string[] | null => {
  const words = text.split(/\s+/).filter(Boolean);
  const taskAt = roles.findIndex((r) => r === 'task' || r === 'content');
  const taskEnd = words.findIndex((w) => /[。;]$/.test(w));
  let unitEnd = unitAt;
  while (['lead', 'responsibility', 'participant'].includes(roles[unitEnd + 1] ?? '')) unitEnd += 1;
  const between = unitAt - taskAt - 1;
  if (taskAt !== 1 || taskEnd < 0 || between > 1) return null;
  const firstUnit = words.findIndex((w, k) => k > taskEnd && isUnitCell(w));
  const names = words.slice(taskEnd + 1, firstUnit);
  // Between the task and the units only a column of short words (people's names), never a sentence.
  if (firstUnit < 0 || (between === 0 && names.length > 0) || names.some((w) => !/^[\u4e00-\u9fff]{1,4}$/.test(w))) return null;
  let runEnd = firstUnit;
  while (runEnd < words.length && isUnitCell(words[runEnd] ?? '')) runEnd += 1;
  const units = words.slice(firstUnit, runEnd);
  const columns = unitEnd - unitAt + 1;
  const unitCells = Array.from({ length: columns }, (_, k) => (k < columns - 1 ? (units[k] ?? '') : units.slice(k).join('、')));
  const tail = roles.length - unitEnd - 1;
  // A word a cell, when the words are no more than the columns left (`已完成 完成备案 启动摸底`).
  const rest = words.length - runEnd <= tail ? words.slice(runEnd) : spacedCells(words.slice(runEnd).join(' '), tail);
  return [seq, words.slice(0, taskEnd + 1).join(' '), ...(between === 1 ? [names.join(' ')] : []), ...unitCells, ...intoColumns(rest, tail)];
};

/**
 * Rows with sub-items get a column of their own before the unit column (read as the row's 内容): a
 * 项目 over sub-items becomes a group of one task per sub-item, as a merged cell does in a Word table.
 */
const withSubColumn = (rows: SpacedRow[], roles: Role[], unitAt: number): { roles: Role[]; rows: TableRow[] } => {
  if (!rows.some((r) => r.sub !== undefined)) return { roles, rows: rows.map(({ line, cells }) => ({ line, cells })) };
  const insert = <T,>(list: T[], value: T): T[] => [...list.slice(0, unitAt), value, ...list.slice(unitAt)];
  const taskAt = unitAt - 1;
  return {
    roles: insert<Role>(roles, 'content'),
    rows: rows.map(({ line, cells, sub }, k) => {
      // A 项目 with one sub-item written (the rest cut off by the page): the sub-item is the task, the 项目 its text.
      const alone = sub !== undefined && (rows[k + 1]?.cells[0] ?? 'next') !== '';
      if (!alone) return { line, cells: insert(cells, sub ?? '') };
      const own = cells.map((c, i) => (i === taskAt ? sub : c));
      return { line, cells: insert(own, cells[taskAt] ?? '') };
    }),
  };
};

/**
 * A table whose header words and cells are separated by spaces only. The header must be all known
 * words, start with 序号 and name the task; rows start with their number, cells end at a sentence end.
 * Such a table may have no unit column (a department's own progress table): its tasks have no units.
 */
export const spacedTable = (lines: SourceLine[], at: number): FoundTable | null => {
  const words = (lines[at]?.text.trim() ?? '').split(/\s+/).filter(Boolean);
  // Characters spaced out (`工 作 任 务`) spell their header words again (spaced-letters.ts).
  const tokens = joinSplitWords(joinSplitWords(joinSpacedLetters(words, (w) => roleOfHeader(w) !== null, (w) => roleOfWord(w) !== null), isSplitAfterDigits), isSpacedPair);
  if (tokens.length < 3 || tokens.length > 12) return null;
  // Opened by 序号, every word a column (known, or read by its parts: 细化措施, 主管单位, 协管单位).
  const roles = tokens.map(roleOfWord);
  if (roles[0] !== 'seq' || !roles.some((r) => r === 'task' || r === 'content')) return null;
  // A column word the reader does not know (监督方式, 督办单位) is one of the office's own columns, as long as
  // it is a bare short word and the known words already name the task and its units: one unknown word
  // used to cost the whole table.
  const unknown = tokens.filter((_, k) => roles[k] === null);
  const namesUnits = roles.some((r) => r === 'lead' || r === 'responsibility' || r === 'participant');
  if (unknown.length > 0 && (!namesUnits || unknown.length > 2 || unknown.some((t) => !/^[\u4e00-\u9fff]{2,6}$/.test(t)))) return null;
  // 责任科室 with no 牵头 column beside it is the responsible column, as headerRoles reads it.
  // A problems column beside a named task column stays aside (problem-header.ts).
  const known: Role[] = withProblemColumnsAside(tokens, roles.map((r, k) => (r === 'participant' && !roles.includes('lead') && /^责任/.test(tokens[k] ?? '') ? 'responsibility' : (r ?? 'other'))));
  const rows: SpacedRow[] = [];
  const used = [lines[at]?.line ?? 0];
  const unitAt = known.findIndex((r) => r === 'lead' || r === 'responsibility');
  let lastSeq = 0;
  for (let j = at + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    // The document's 版记 after the table ends it; it is no paragraph of the last row's cell.
    if (isImprintLine(t)) break;
    // A group row between the rows (`一、…`, `(一)…` on a line of its own), spaced-groups.ts.
    if (isSpacedGroupRow(lines, j, lastSeq)) {
      rows.push({ line: lines[j]?.line ?? 0, cells: [t, ...Array<string>(known.length - 1).fill('')] });
      used.push(lines[j]?.line ?? 0);
      continue;
    }
    const m = /^(\d{1,3})\s+(.+)$/.exec(t);
    if (m) lastSeq = Number(m[1]);
    const row = rows[rows.length - 1];
    // A unit cell over several lines (`各乡镇` / `县开发区` / `县直有关单位 已完成 …`) with columns after it: the
    // row goes on while its text ends in a unit word and the next line opens with one.
    let rowText = m?.[2] ?? '';
    const rowLine = lines[j]?.line ?? 0;
    const endsInUnit = (text: string): boolean => isUnitCell(text.split(/\s+/).pop() ?? '');
    while (m && unitAt > 0 && unitAt < known.length - 1 && endsInUnit(rowText)) {
      const next = lines[j + 1]?.text.trim() ?? '';
      if (!next || /^\d{1,3}\s/.test(next) || isImprintLine(next) || !isUnitCell(next.split(/\s+/)[0] ?? '')) break;
      rowText = `${rowText} ${next}`;
      used.push(lines[j]?.line ?? 0);
      j += 1;
    }
    const unnumbered = m ? [] : spacedCells(t);
    // A row under a merged 序号 and 项目 cell (`完成征缴基金1亿元 区人社局 1亿 0.8亿`): its own task and units.
    const underMerged = !m && row && unitAt > 1 ? anchorOnUnit(t, known, unitAt, '') : null;
    if (m) {
      // Wide gaps between cells and single spaces inside them (`市生态环境局 各区政府`): when the wide gaps
      // alone give the header's count, they are the cell borders.
      const wide = rowText.split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
      const cells = wide.length === known.length - 1 && wide.length >= 2 ? [m[1] ?? '', ...wide] : [m[1] ?? '', ...spacedCells(rowText, known.length - 1)];
      const fitted = fitRow(cells, known).cells;
      // The unit cell lost among the row's spaces: the row is read from its first unit cell instead, or
      // from its run of unit words after the task's sentence.
      const lost = unitAt > 0 && !isUnitCell(fitted[unitAt] ?? '');
      const anchored = lost ? anchorOnUnit(rowText, known, unitAt, m[1] ?? '') : null;
      const byRun = lost && !anchored ? readByUnitRun(rowText, known, unitAt, m[1] ?? '') : null;
      rows.push({ line: rowLine, cells: anchored?.cells ?? byRun ?? fitted, sub: anchored?.sub });
    } else if (row && unnumbered.length >= 2 && /[。;]$/.test(unnumbered[0] ?? '') && isDepartmentLike(splitUnitList(unnumbered[unnumbered.length - 1] ?? '')[0] ?? '')) {
      // A row under a merged 序号 (`完成创建目标任务。 各科室`): a task of its own, the number left empty.
      rows.push({ line: lines[j]?.line ?? 0, cells: fitRow(['', ...unnumbered], known).cells });
    } else if (underMerged && underMerged.sub === undefined) {
      rows.push({ line: lines[j]?.line ?? 0, cells: underMerged.cells });
    } else if (row?.sub !== undefined && unnumbered.length === 1 && isPageCutRow(lines, j)) {
      // The text's last line after a row of sub-items (`送戏曲下乡20场` under `文化惠民`): the next sub-item, its
      // unit cell cut off by the page.
      rows.push({ line: lines[j]?.line ?? 0, cells: known.map((_, k) => (k === unitAt - 1 ? t : '')) });
    } else if (row && !readHeading(t)?.kind.match(/^(cn|chapter)$/) && t.length <= 400) {
      // A paragraph of the last row's last cell (`1.8月19日……`, `2.9月15日……`).
      row.cells[row.cells.length - 1] = `${row.cells[row.cells.length - 1] ?? ''}\n${t}`;
    } else break;
    used.push(lines[j]?.line ?? 0);
  }
  if (!rows.some((r) => /^\d*$/.test(r.cells[0] ?? ''))) return null;
  const table = withSubColumn(rows, known, unitAt);
  return { title: titleBefore(lines, at), roles: table.roles, rows: table.rows, lines: used, headerLine: lines[at]?.line ?? 0, stray: [] };
};

