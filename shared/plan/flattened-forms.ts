// Two more shapes of a table that reached us as text: one task printed as a `标签: | 值 |` form, and a
// table whose header and cells are separated by spaces only. Used by flattened.ts and document.ts.
import { isImprintLine } from './imprint.js';
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { readHeading } from './numbering.js';
import { fitRow } from './row-align.js';
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader, type Role, type TableRow } from './table-rows.js';
import { isDepartmentLike, isUnitInList, isUnitNameList, looksLikeDeadline, splitUnitList } from './unit-names.js';

/** A table's caption: a short line naming a 表 just above its header. */
export const titleBefore = (lines: SourceLine[], index: number): string => {
  for (let i = index - 1; i >= Math.max(0, index - 3); i -= 1) {
    const t = lines[i]?.text.trim() ?? '';
    if (t.length > 0 && t.length <= 60 && /表/.test(t)) return t;
  }
  return '';
};

/**
 * A task printed as a two-column form, one `标签: | 值 |` line per field (重点工作 / 牵头单位 / 进展情况):
 * the task field becomes the task's own line, a responsibility field a `牵头单位:X` line, and any
 * other field its value, so the body reader sees the usual shape.
 */
export const unbarLabelledLines = (lines: SourceLine[]): SourceLine[] =>
  lines.flatMap((l) => {
    const m = /^([^|::]{2,24})[::]\s*\|\s*(.*?)\s*\|?\s*$/.exec(l.text.trim());
    if (!m) return [l];
    const label = (m[1] ?? '').replace(/\s+/g, '');
    const value = (m[2] ?? '').trim();
    // A label word the list does not spell out (`牵头处室`, `主管单位`) is read by its parts, as a header is.
    const role = roleOfHeader(label) ?? guessHeaderRole(label);
    if (role === null && !/进展|情况|目标|问题|建议|措施|备注/.test(label)) return [l];
    if (value === '') return [l];
    if (role === 'lead' || role === 'participant' || role === 'responsibility') return [{ line: l.line, text: `${label}:${value}` }];
    return [{ line: l.line, text: value }];
  });

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
  const isUnitsOrDate = (p: string): boolean => looksLikeDeadline(p) || splitUnitList(p).every((n, _, list) => isUnitInList(n, list));
  const cells = chunks.flatMap((c) => {
    if (/[。;]$/.test(c)) return [c];
    const parts = partsOf(c);
    return c.length <= 40 || parts.every(isUnitsOrDate) ? parts : [c];
  });
  const last = chunks[chunks.length - 1] ?? '';
  if (want === undefined || cells.length === want || /[。;]$/.test(last) || chunks.length < 2) return cells;
  const split = [...chunks.slice(0, -1).flatMap((c) => (/[。;]$/.test(c) ? [c] : partsOf(c))), ...partsOf(last)];
  return split.length === want ? split : cells;
};

/**
 * A table whose header words and cells are separated by spaces only. The header must be all known
 * words, start with 序号 and name the task; rows start with their number, cells end at a sentence end.
 * Such a table may have no unit column (a department's own progress table): its tasks have no units.
 */
export const spacedTable = (lines: SourceLine[], at: number): FoundTable | null => {
  const tokens = (lines[at]?.text.trim() ?? '').split(/\s+/).filter(Boolean);
  if (tokens.length < 3 || tokens.length > 8) return null;
  // Opened by 序号, every word a column (known, or read by its parts: 细化措施, 主管单位, 协管单位).
  const roles = tokens.map((t) => roleOfHeader(t) ?? guessHeaderRole(t));
  if (roles[0] !== 'seq' || !roles.some((r) => r === 'task' || r === 'content')) return null;
  // A column word the reader does not know (监督方式, 督办单位) is one of the office's own columns, as long as
  // it is a bare short word and the known words already name the task and its units: one unknown word
  // used to cost the whole table.
  const unknown = tokens.filter((_, k) => roles[k] === null);
  const namesUnits = roles.some((r) => r === 'lead' || r === 'responsibility' || r === 'participant');
  if (unknown.length > 0 && (!namesUnits || unknown.length > 2 || unknown.some((t) => !/^[\u4e00-\u9fff]{2,6}$/.test(t)))) return null;
  const known: Role[] = roles.map((r) => r ?? 'other');
  const rows: TableRow[] = [];
  const used = [lines[at]?.line ?? 0];
  for (let j = at + 1; j < lines.length; j += 1) {
    const t = lines[j]?.text.trim() ?? '';
    // The document's 版记 after the table ends it; it is no paragraph of the last row's cell.
    if (isImprintLine(t)) break;
    const m = /^(\d{1,3})\s+(.+)$/.exec(t);
    const row = rows[rows.length - 1];
    const unnumbered = m ? [] : spacedCells(t);
    if (m) {
      // Wide gaps between cells and single spaces inside them (`市生态环境局 各区政府`): when the wide gaps
      // alone give the header's count, they are the cell borders.
      const wide = (m[2] ?? '').split(/\s{2,}/).map((c) => c.trim()).filter(Boolean);
      const cells = wide.length === known.length - 1 && wide.length >= 2 ? [m[1] ?? '', ...wide] : [m[1] ?? '', ...spacedCells(m[2] ?? '', known.length - 1)];
      rows.push({ line: lines[j]?.line ?? 0, cells: fitRow(cells, known).cells });
    } else if (row && unnumbered.length >= 2 && /[。;]$/.test(unnumbered[0] ?? '') && isDepartmentLike(splitUnitList(unnumbered[unnumbered.length - 1] ?? '')[0] ?? '')) {
      // A row under a merged 序号 (`完成创建目标任务。 各科室`): a task of its own, the number left empty.
      rows.push({ line: lines[j]?.line ?? 0, cells: fitRow(['', ...unnumbered], known).cells });
    } else if (row && !readHeading(t)?.kind.match(/^(cn|chapter)$/) && t.length <= 400) {
      // A paragraph of the last row's last cell (`1.8月19日……`, `2.9月15日……`).
      row.cells[row.cells.length - 1] = `${row.cells[row.cells.length - 1] ?? ''}\n${t}`;
    } else break;
    used.push(lines[j]?.line ?? 0);
  }
  return rows.length > 0 ? { title: titleBefore(lines, at), roles: known, rows, lines: used, headerLine: lines[at]?.line ?? 0, stray: [] } : null;
};


/**
 * A word of a glued header. Column words the importer keeps aside match loosely (`…进展情况`), so one
 * of those that swallows a word naming a column (`工作任务责任单位进展情况`, `牵头单位配合单位`) is not a word.
 */
const gluedWord = (word: string): boolean => {
  const role = roleOfHeader(word);
  if (role === null || /^(单位|部门)/.test(word)) return false;
  if (role !== 'other' && role !== 'participant') return true;
  for (let len = 4; len < word.length; len += 1)
    for (let at = 0; at + len <= word.length; at += 1) {
      const inner = roleOfHeader(word.slice(at, at + len));
      if (inner !== null && inner !== 'other' && inner !== role && (role === 'other' || at === 0)) return false;
    }
  return true;
};

/**
 * A header row whose words were glued into one run (`实事内容工作任务责任单位进展情况`): cut back into
 * its words when the whole run is made of header words only (fewest words wins), there are at least
 * three, and they name a task and a unit column. Prose never splits into header words end to end.
 */
export const splitGluedHeader = (text: string): string[] | null => {
  const t = text.replace(/\s+/g, '');
  if (t.length < 8 || t.length > 80 || /[,。;、::]/.test(t)) return null;
  // best[k]: the fewest words that cover t[0..k), with the word lengths used.
  const best: (string[] | null)[] = [[], ...Array<string[] | null>(t.length).fill(null)];
  for (let end = 1; end <= t.length; end += 1) {
    for (let start = Math.max(0, end - 12); start <= end - 2; start += 1) {
      const before = best[start];
      const word = t.slice(start, end);
      if (!before || !gluedWord(word)) continue;
      const current = best[end];
      if (!current || before.length + 1 < current.length) best[end] = [...before, word];
    }
  }
  const words = best[t.length];
  return words && words.length >= 3 ? words : null;
};

/**
 * A unit cell printed vertically, one or two characters a line (`市政` / `府办` / `公厅`): consecutive
 * fragments that together make a unit's name are one cell again.
 */
export const joinBrokenCells = <C extends { line: number; text: string }>(cells: C[]): C[] => {
  const fragment = (t: string): boolean => /^[\u4e00-\u9fff]{1,2}$/.test(t);
  const out: C[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    let j = i;
    while (j < cells.length && fragment(cells[j]?.text ?? '')) j += 1;
    const run = cells.slice(i, j);
    const joined = run.map((c) => c.text).join('');
    const first = cells[i];
    if (run.length >= 2 && first && isDepartmentLike(joined)) {
      out.push({ ...first, text: joined });
      i = j - 1;
    } else if (first) out.push(first);
  }
  return joinOpenLists(out);
};

/** A list of units whose line ends in `、` (`区政府有关部门、`): names all, and more to come. */
const isOpenUnitList = (text: string): boolean => {
  if (!/、$/.test(text)) return false;
  const names = text.replace(/、$/, '').split('、');
  return names.length > 0 && names.every((n) => isDepartmentLike(n.trim()));
};

/**
 * A unit cell wrapped over two lines (`区政府有关部门、` / `各乡镇人民政府、街道办事处`): a line that is a
 * unit list ending in `、` goes on in the next line, which is one cell with it.
 */
const joinOpenLists = <C extends { line: number; text: string }>(cells: C[]): C[] => {
  const out: C[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    // The next line may open with a name a table shortens (`省新闻出版、省总工会`): a unit among the units it lists.
    if (last && isOpenUnitList(last.text) && (isDepartmentLike(cell.text.split('、')[0]?.trim() ?? '') || isUnitNameList(splitUnitList(cell.text)))) out[out.length - 1] = { ...last, text: `${last.text}${cell.text}` };
    else out.push(cell);
  }
  return out;
};
