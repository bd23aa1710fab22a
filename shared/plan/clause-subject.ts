// `(一)考虑到……的实际情况,区某某局负责解决经费30万元。`: an item (a 会议纪要's decided point) whose first sentence
// opens with a circumstance or a topic and names its unit at the start of a later clause, directly before 负责.
// That unit is stated to answer for the work: it leads (several before one 负责: a bare list, the first leading
// by inference). Only in the item's first sentence, only when the clause opens with the units themselves (each a
// body named with its level or place) and 负责 follows them with the work after it (not 负责人/负责同志).
// Asked last by the clause reader (clause.ts); nothing is taken out of the task's text.
import type { Clause } from './clause.js';
import { bareList, type Responsibility } from './responsibility.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';

/**
 * A body named with its level or its place (`区交通建设局`, `县卫健委`, `城关镇人民政府`, `某某街道办事处`) and a body's
 * end: a role named by kind (`施工单位`, `项目单位`, `物业公司`, `学校`) is no unit the plan assigns by name.
 */
const NAMED_BODY = /^(?:[省市县区州盟旗乡镇]|[\u4e00-\u9fff]{2,6}(?:省|市|县|区|州|盟|旗|乡|镇|街道|社区))[\u4e00-\u9fff()()]*(?:局|委|办|厅|中心|政府|管委会|办事处|站|所|队|院|公司|集团)$/;

const UNITS_THEN_DUTY = /^([\u4e00-\u9fff、()()]{3,40}?)负责(?!人|同志)[\u4e00-\u9fff]{2}/;

export const clauseSubjectLead = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw).trim();
  const first = text.split(/[。;\n]/)[0] ?? '';
  const clauses = first.split(',').map((c) => c.trim());
  for (const clause of clauses.slice(1)) {
    const m = UNITS_THEN_DUTY.exec(clause);
    const names = m?.[1] ? splitUnitList(m[1]) : [];
    if (names.length === 0 || !names.every((n) => isDepartmentLike(n) && NAMED_BODY.test(n))) continue;
    const responsibility: Responsibility = names.length === 1 ? { leads: names, participants: [], isLeadInferred: false } : bareList(names);
    return { responsibility, rest: raw, raw: '', raws: [], carried };
  }
  return null;
};
