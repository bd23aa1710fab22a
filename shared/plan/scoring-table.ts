// A scoring table (考评表 / 考核细则) printed one cell per paragraph: header `考评项目 / 具体内容 / 考评标准 / 责任科室`,
// then for each row its item cell (`强化组织领导` with `(5分)` under it, or `1.持续深化理论武装(8分)`), the numbered
// scoring sentences of its content cell (`1.…,2分。未…扣0.5分。`, numbering restarting at 1. in every row, two of
// them sometimes in one paragraph) and last, alone, the unit cell (机关纪委). Group lines (`一、突出政治引领(25分)`)
// stand between rows. The usual reading took the first scoring sentence for the unit; here each item is a task,
// its sentences the content, the unit cell its responsible unit. A row the page cut before its unit is kept.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { titleBefore } from './flattened-forms.js';
import { roleOfHeader, isUnitRole, type TableRow } from './header-roles.js';
import { isUnitCellText } from './unnumbered-rows.js';

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The header: three to five short words, the last naming units, one naming the scoring (考评标准, 评分细则). */
const headerAt = (cells: string[]): number => {
  for (let n = 3; n <= 5 && n <= cells.length; n += 1) {
    const words = cells.slice(0, n).map(squeeze);
    if (!words.every((w) => w.length >= 2 && w.length <= 8 && !/[,,。;;、\d]/.test(w))) return 0;
    if (!isUnitRole(roleOfHeader(words[n - 1] ?? ''))) continue;
    const middle = words.slice(1, -1);
    // The first word names the item scored (考评项目, 考核内容, 评价指标), a scoring word stands before the units.
    if (/(项目|内容|指标|事项)$/.test(words[0] ?? '') && middle.some((w) => /标准|细则|评分|分值|计分/.test(w)) && !middle.some((w) => isUnitRole(roleOfHeader(w)))) return n;
    return 0;
  }
  return 0;
};

/** `(5分)`, `(25分)`, `(5 分 )`: the points an item or group is worth. */
const POINTS = /[((]\s*\d+(?:\.\d+)?\s*分\s*[))]$/;
/** `一、突出政治引领(25分)`: a group line between rows. */
const isGroupLine = (t: string): boolean => /^[一二三四五六七八九十]+、/.test(t) && squeeze(t).length <= 30;
/** An item cell: short, no sentence stop, not a unit; a number and its points allowed. */
const isItemCell = (t: string): boolean => {
  const s = squeeze(t);
  return s.length >= 2 && s.length <= 30 && !/[。;;]/.test(s) && !isUnitCellText(s) && !isGroupLine(s) && !/^[((]/.test(s);
};
/** A scoring sentence of a content cell: numbered, and saying its points (`,2分。`, `扣0.5分`). */
const isScoringLine = (t: string): boolean => /^\d{1,2}[.、.]/.test(squeeze(t)) && /\d\s*分/.test(t) && squeeze(t).length > 30;
/** The document's last paragraph, cut inside a scoring sentence before its points. */
const isCutScoring = (cells: { text: string }[], n: number, toEnd: boolean): boolean => toEnd && n === cells.length - 1 && /^\d{1,2}[.、.]/.test(squeeze(cells[n]?.text ?? '')) && squeeze(cells[n]?.text ?? '').length > 10;
const itemTitle = (t: string): string => t.trim().replace(POINTS, '').replace(/^\d{1,2}[.、.]\s*/, '').trim();

export const scoringTable = (lines: SourceLine[], at: number): FoundTable | null => {
  const first = squeeze(lines[at]?.text ?? '');
  if (!/(项目|内容|指标|事项)$/.test(first) || first.length > 8) return null;
  const cells: { line: number; text: string }[] = [];
  let k = at;
  for (; k < lines.length && cells.length < 600; k += 1) {
    const t = lines[k]?.text.trim() ?? '';
    if (t.length > 0) cells.push({ line: lines[k]?.line ?? 0, text: t });
  }
  /** Do the cells run to the document's end (so that the last one may be a sentence the page cut)? */
  const toEnd = lines.slice(k).every((l) => l.text.trim().length === 0);
  const width = headerAt(cells.slice(0, 5).map((c) => c.text));
  if (width === 0) return null;
  const rows: TableRow[] = [];
  const used = cells.slice(0, width).map((c) => c.line);
  let item: { line: number; title: string } | null = null;
  let content: string[] = [];
  let rowLines: number[] = [];
  let closed = 0;
  let n = width;
  for (; n < cells.length; n += 1) {
    const cell = cells[n];
    if (!cell) break;
    const t = cell.text;
    if (item === null) {
      if (isGroupLine(t)) {
        rows.push({ line: cell.line, cells: ['', '', ''].fill(t.trim()) });
        used.push(cell.line);
        continue;
      }
      const opensContent = (k: number): boolean => isScoringLine(cells[k]?.text ?? '') || isCutScoring(cells, k, toEnd);
      const pointsUnder = /^[((]\d+(?:\.\d+)?分[))]$/.test(squeeze(cells[n + 1]?.text ?? ''));
      if (!isItemCell(t) || !opensContent(pointsUnder ? n + 2 : n + 1)) break;
      item = { line: cell.line, title: itemTitle(t) };
      rowLines = [cell.line];
      content = [];
      // The item's points printed under it, a paragraph of their own.
      if (pointsUnder) {
        n += 1;
        rowLines.push(cells[n]?.line ?? 0);
      }
      continue;
    }
    if (isScoringLine(t) || isCutScoring(cells, n, toEnd)) {
      content.push(t);
      rowLines.push(cell.line);
      continue;
    }
    // The unit cell closes the row; anything else ends the table (the row before it stays unread).
    if (content.length === 0 || !isUnitCellText(t) || squeeze(t).length > 30) break;
    rows.push({ line: item.line, cells: [item.title, content.join(''), t] });
    used.push(...rowLines, cell.line);
    closed += 1;
    item = null;
  }
  // The page cut inside the last row: its item and what it kept, with no unit.
  if (item && toEnd && n >= cells.length && content.length > 0) {
    rows.push({ line: item.line, cells: [item.title, content.join(''), ''] });
    used.push(...rowLines);
  }
  if (closed < 2) return null;
  const header = cells.slice(0, width).map((c) => c.text);
  return {
    title: titleBefore(lines, at),
    roles: ['task', 'content', 'responsibility'],
    rows,
    lines: used,
    headerLine: lines[at]?.line ?? 0,
    stray: [],
    headers: [header[0] ?? '', header.slice(1, -1).join('/'), header[width - 1] ?? ''],
  };
};
