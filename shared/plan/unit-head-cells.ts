// A unit column that also names each unit's head: header `牵头单位及主要负责人` / `责任单位和责任人`, cells
// `市某某局 王某某` (the unit, a space, the person). The header is the unit column's (the person is said after
// 及/和/与), and the words after the unit that are no unit are the person's name, not a second unit.
import { isDepartmentLike, isTownName } from './unit-names.js';

/** `牵头单位及主要负责人`: a unit word, then 及/和/与/、 and a word for the person at its head. */
const UNIT_AND_HEAD = /^(.{2,8}?(?:单位|部门|处室|科室|股室))(?:及|和|与|、|\/)(?:其)?(?:主要|具体|第一)?(?:负责人|责任人|联系人|负责同志|责任领导|领导)(?:姓名)?$/;

/** The header cells with each unit-and-head cell cut back to its unit word; `heads` are those columns. */
export const unitHeadHeader = (cells: string[]): { cells: string[]; heads: number[] } => {
  const heads: number[] = [];
  const out = cells.map((c, k) => {
    const m = UNIT_AND_HEAD.exec(c.replace(/\s+/g, ''));
    if (!m) return c;
    heads.push(k);
    return m[1] ?? c;
  });
  return { cells: out, heads };
};

/** A person's name as such a cell writes it after the unit: two to four characters that name no unit. */
const isHeadName = (word: string): boolean => /^[\u4e00-\u9fff]{2,4}$/.test(word) && !isDepartmentLike(word) && !isTownName(word) && !/[局委办厅处科室站所队院会中心]$/.test(word);

/** `市某某局 王某某` → `市某某局`; `市A局 张三、市B局 李四` → `市A局、市B局`. A cell of names alone stays. */
export const withoutHeadNames = (cell: string): string => {
  const parts = cell.split(/([、,,;;\n])/);
  const kept = parts.map((p, k) => {
    if (k % 2 === 1) return p;
    const words = p.trim().split(/\s+/).filter(Boolean);
    let end = words.length;
    while (end > 1 && isHeadName(words[end - 1] ?? '')) end -= 1;
    // `市某局(王某某)`: the name in brackets after the unit.
    const unit = words.slice(0, end).join(' ');
    const bracketed = /^(.+?[局委办厅处科室站所队院会心府])[((]([\u4e00-\u9fff]{2,4})[))]$/.exec(unit);
    return bracketed && isHeadName(bracketed[2] ?? '') ? (bracketed[1] ?? unit) : unit;
  });
  return kept.join('').replace(/^[、,,;;\n]+|[、,,;;\n]+$/g, '');
};
