// An item whose first sentence is only a unit's name (`(五)市X局。对…要…;…` / `3.县Y中心。负责…` / `(二)區Z辦。…`):
// the item is that unit's share of a division of duties, its name the head and its duties the rest, as
// `(五)市X局:…` is written elsewhere. Rewritten so, the unit before the colon leads the item and the title is
// taken from the duties (unit-first.ts reads the colon form).
import type { SourceLine } from './body.js';
import { readHeading } from './numbering.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

/**
 * The unit's name, a full stop, then the duties on the same line (a name alone on its line is a heading). The
 * name opens with its level (市/县/区/镇…, also in traditional script): a title that merely ends like a unit
 * (`优化产业布局。`) is a task's own.
 */
const UNIT_HEAD = /^([省市县縣区區州旗乡鄉镇鎮][^。;;::,,、()()“”《》\s]{2,40})。\s*(\S.{3,})$/;

const colonHead = (line: SourceLine): SourceLine => {
  const text = line.text.trim();
  const heading = readHeading(text);
  if (!heading || heading.kind === 'dash') return line;
  const m = UNIT_HEAD.exec(heading.rest);
  const name = m?.[1];
  if (!m || !name || !isDepartmentLike(name)) return line;
  const names = splitUnitList(name);
  if (!isUnitNameList(names)) return line;
  return { ...line, text: `${heading.code}${name}:${m[2] ?? ''}` };
};

export const colonUnitHeads = (lines: SourceLine[]): SourceLine[] => lines.map(colonHead);
