// A three-column table (序号 / 项目 / 责任单位) that lost its cell borders line by line, as yearbooks print it: the
// header glued into one word run (`序号项目名称责任单位`), each row one line with its number glued to the text and
// its first unit glued after the text's full stop (`1切实解决……万平方米。市房管局`), and each further unit of the
// row on a line of its own (`市建设局`). Rewritten here into bar rows (`1 | 切实解决…… | 市房管局、市建设局`), so the
// table readers read it as the table it was: the first unit leads, the others take part. The last row may be cut
// (no unit). A hook in normalise-document.ts.
import type { DocBlock } from './document.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

const HEADER = /^序号((?:项目|工作|任务|实事)?(?:名称|内容|任务|事项|项目)(?:及(?:目标|内容|要求))?)(责任单位|牵头单位|责任部门|承办单位|实施单位|牵头部门)$/;
// The text up to its last full stop, then the units glued after it.
const GLUED_TAIL = /^(.+[。;])([^。;,,:]{2,40})$/;

const UNIT_END = /(?:部门|单位|支部|总支)$/;

const PAGE_NUMBER = /^[—–\-]*\s*(?:第\s*)?\d{1,3}\s*(?:页)?\s*[—–\-]*$/;

type Row = { number: number; at: number; text: string; units: string[] };

const unitList = (text: string): string[] => {
  const t = text.trim();
  if (t.length < 2 || t.length > 40 || /[。;,,:\d]/.test(t)) return [];
  const names = splitUnitList(t);
  // A group (`省直有关部门`) or a small unit (`各村支部`, `村建所`) stands in such a cell as well as a bureau does.
  return names.length > 0 && names.every((n) => isUnitInList(n, names) || isDepartmentLike(n) || UNIT_END.test(n)) ? names : [];
};

/** The row numbered `n` at the start of `text` (`3进一步推进……。市卫生局`), or null. */
const rowAt = (text: string, n: number, at: number): Row | null => {
  const t = text.trim();
  const digits = String(n);
  if (!t.startsWith(digits) || !/^[\u4e00-\u9fff“"《(]/.test(t.slice(digits.length))) return null;
  const body = t.slice(digits.length);
  const m = GLUED_TAIL.exec(body);
  const units = m?.[2] ? unitList(m[2]) : [];
  return { number: n, at, text: units.length > 0 && m?.[1] ? m[1] : body, units };
};

/** The rows under a glued header at `start`, and where they end; null when they are not this shape. */
const rowsUnder = (lines: readonly { text: string }[], start: number): { rows: Row[]; unitLines: number[] } | null => {
  const rows: Row[] = [];
  const unitLines: number[] = [];
  for (let k = start + 1; k < lines.length; k += 1) {
    const text = lines[k]?.text.trim() ?? '';
    // A page number between rows (`— 3 —`, `-5-`, `第2页`) is where a page ended, no part of the table.
    if (text === '' || PAGE_NUMBER.test(text)) continue;
    const row = rowAt(text, rows.length + 1, k);
    if (row) {
      rows.push(row);
      continue;
    }
    const units = rows.length > 0 ? unitList(text) : [];
    if (units.length === 0) break;
    rows[rows.length - 1]?.units.push(...units);
    unitLines.push(k);
  }
  // Every row but a cut last one names its units.
  if (rows.length < 3 || rows.slice(0, -1).some((r) => r.units.length === 0)) return null;
  return { rows, unitLines };
};

/** The line blocks with such a table rewritten as bar rows (the unit lines left empty); other blocks as they were. */
export const unglueRowLines = (blocks: DocBlock[]): DocBlock[] => {
  const lines = blocks.flatMap((b, i) => (b.kind === 'line' ? [{ text: b.text, index: i }] : []));
  const start = lines.findIndex((l) => HEADER.test(l.text.trim().replace(/\s+/g, '')));
  if (start < 0) return blocks;
  const found = rowsUnder(lines, start);
  const header = HEADER.exec(lines[start]?.text.trim().replace(/\s+/g, '') ?? '');
  if (!found || !header) return blocks;
  const texts = new Map<number, string>();
  texts.set(lines[start]?.index ?? -1, `序号 | ${header[1] ?? ''} | ${header[2] ?? ''}`);
  for (const r of found.rows) texts.set(lines[r.at]?.index ?? -1, `${r.number} | ${r.text} | ${[...new Set(r.units)].join('、')}`);
  for (const k of found.unitLines) texts.set(lines[k]?.index ?? -1, '');
  return blocks.map((b, i) => (b.kind === 'line' && texts.has(i) ? { ...b, text: texts.get(i) ?? b.text } : b));
};
