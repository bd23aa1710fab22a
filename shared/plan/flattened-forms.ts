// Shapes of a table that reached us as text: one task printed as a `标签: | 值 |` form, a header glued into
// one run, cells broken over lines. Used by flattened.ts and document.ts (spaced tables: spaced-table.ts).
import type { SourceLine } from './body.js';
import { guessHeaderRole } from './header-guess.js';
import { roleOfHeader } from './table-rows.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

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
