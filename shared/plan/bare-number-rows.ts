// A table flattened into paragraphs under a header written on one line (`序号 具体点位 存在问题 整改责任单位`, often
// glued after the page's title): each row opens with its bare 序号 and a space (`2 某路口工地`, never `2.`), its
// problems follow as sub-items `1、…;2、…` (one row's content, not tasks), and its unit cell comes after the last
// sentence's stop on the same line (`…未建立. 区某局`, `…。 A街道 B分局`, `…. 请X协调解决`) or alone on the row's
// last line. Rewritten as items for the body reader: `N.<row's first line>`, the sub-items unnumbered under it,
// and `责任单位:<units>` (units parted by spaces listed with 、, the one named in a `请X协调解决` request alone).
import type { SourceLine } from './body.js';
import { isUnitRole, roleOfHeader } from './header-roles.js';
import { guessHeaderRole } from './header-guess.js';
import { isUnitCell } from './row-align.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** The header: 序号 then two to six words, one of them a unit column's. */
const headerAt = (text: string): boolean => {
  const at = text.lastIndexOf('序号');
  if (at < 0) return false;
  const words = text.slice(at + 2).trim().split(/\s+/).filter(Boolean);
  const roles = words.map((w) => roleOfHeader(w) ?? guessHeaderRole(w));
  return words.length >= 2 && words.length <= 6 && roles.some((r) => isUnitRole(r)) && roles.filter((r) => r !== null).length >= 2 && isUnitRole(roles[roles.length - 1]);
};

const ROW = /^(\d{1,3})\s+(\S.*)$/;
/** A group cell merged before the row's first cell, its characters spaced out (`滨江 街道 辖区`). */
const GROUP_CELL = /^(?:\S{1,4}\s+){1,3}辖区\s+/;
const SUB_NUMBER = /^(?:\d{1,2}[、.．]|[((]\d{1,2}[))])\s*/;
const REQUEST = /^请(.{2,20}?)(?:协调|督促|牵头)?(?:解决|处理|整改|落实)$/;

/** Words parted by spaces, every one a unit: the unit cell's names. */
const unitWords = (text: string): string[] | null => {
  const request = REQUEST.exec(text.trim());
  if (request && isUnitCell(request[1] ?? '')) return [request[1] ?? ''];
  const words = text.trim().split(/\s+/).filter(Boolean);
  const names = words.flatMap((w) => splitUnitList(w));
  return names.length <= 4 && isUnitNameList(names) ? names : null;
};

/** The row's last line cut at its last stop before a unit cell: the text and the units (null: none there). */
const unitTail = (text: string): { text: string; units: string[] } | null => {
  const m = /^(.*[.。．;;])\s+([^.。．;;]{2,40})$/.exec(text.trim());
  if (!m) return null;
  const units = unitWords(m[2] ?? '');
  return units ? { text: m[1] ?? '', units } : null;
};

type Row = { start: number; end: number };

export const numberBareRows = (lines: SourceLine[]): SourceLine[] => {
  const header = lines.findIndex((l) => headerAt(l.text.trim()));
  if (header < 0) return lines;
  const rows: Row[] = [];
  for (let k = header + 1; k < lines.length; k += 1) {
    const m = ROW.exec(lines[k]?.text.trim() ?? '');
    if (m && Number(m[1]) === rows.length + 1) {
      const last = rows[rows.length - 1];
      if (last) last.end = k;
      rows.push({ start: k, end: lines.length });
    }
  }
  if (rows.length < 3) return lines;
  const out: SourceLine[] = lines.slice(0, header + 1);
  let withUnits = 0;
  rows.forEach((row, r) => {
    const own = lines.slice(row.start, row.end).filter((l) => l.text.trim().length > 0);
    const texts = own.map((l) => l.text.trim());
    texts[0] = (ROW.exec(texts[0] ?? '')?.[2] ?? '').replace(GROUP_CELL, '');
    let units: string[] = [];
    const alone = texts.length > 1 ? unitWords(texts[texts.length - 1] ?? '') : null;
    if (alone) {
      units = alone;
      texts.pop();
    } else {
      const tail = unitTail(texts[texts.length - 1] ?? '');
      if (tail) {
        units = tail.units;
        texts[texts.length - 1] = tail.text;
      }
    }
    if (units.length > 0) withUnits += 1;
    const lineOf = (k: number): number => own[k]?.line ?? own[0]?.line ?? 0;
    out.push({ line: lineOf(0), text: `${r + 1}.${texts[0] ?? ''}` });
    texts.slice(1).forEach((t, k) => out.push({ line: lineOf(k + 1), text: t.replace(SUB_NUMBER, '') }));
    if (units.length > 0) out.push({ line: lineOf(texts.length - 1), text: `责任单位:${units.join('、')}` });
  });
  out.push(...lines.slice(rows[rows.length - 1]?.end ?? lines.length));
  return withUnits >= 2 ? out : lines;
};
