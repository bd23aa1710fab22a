// An item that states who leads inside its prose, in clauses of their own (`本次活动,由县卫生局牵头,督促各单位…。
// 月底前,县卫生局牵头,住建局、环保局参与对各单位进行督查`): a clause that is only `(由)X牵头` gives the lead, and
// a clause that opens with units and 参与/配合/参加/协助 gives those units as participants. Only when the item names
// no unit any other way (asked last by the clause reader, clause.ts), only clauses that open with the units
// themselves (not `建立由X牵头的机制`), only names the unit reader accepts (never a person: `王局长牵头`).
// Nothing is taken out of the task's text.
import type { Clause } from './clause.js';
import { foldPunctuation } from './text.js';
import { isDepartmentLike, isUnitInList, splitUnitList } from './unit-names.js';

/** `由县卫生局牵头`, `县卫生局牵头负责`: the whole clause. */
// A bracket opening before the clause (`(X牵头,…`) is no part of X's name.
const LEAD_CLAUSE = /^[((]?由?([\u4e00-\u9fff、()()]{2,120}?)总?牵头(?:负责|组织)?$/;

/** `住建局、环保局参与对…进行督查`, `县公安局配合`: units, then their part, then maybe the work. */
// An adverb may come before the verb (`市委办、人大办密切配合`, `各部门全力配合`).
const PART_CLAUSE = /^([\u4e00-\u9fff、()()]{2,120}?)(?:积极|密切|全力|主动|共同)?(?:参与|配合|参加|协助|协同)/;

/** A person's title (`李副县长`, `分管领导`): people lead no task by this rule. */
const PERSON = /(长|书记|主任|领导|同志|负责人|委员|干部)$/;

/** Units only; a lead each the unit reader accepts, helpers judged among the list (a town beside a bureau). */
const unitsOf = (written: string, isLead: boolean): string[] | null => {
  const names = splitUnitList(written);
  const named = (n: string): boolean => !PERSON.test(n) && !n.includes('由') && isUnitInList(n, names);
  const ok = names.length > 0 && names.every(named) && (isLead ? names.every(isDepartmentLike) : names.some(isDepartmentLike));
  return ok ? names : null;
};

/** The units a clause names as helping (`住建局、环保局参与对…进行督查`, `县公安局配合`), or null. */
export const helpersIn = (clause: string): string[] | null => {
  const part = PART_CLAUSE.exec(clause.trim());
  return part?.[1] ? unitsOf(part[1], false) : null;
};

export const proseRoles = (raw: string, carried: string[]): Clause | null => {
  const clauses = foldPunctuation(raw).split(/[。;,\n]/).map((c) => c.trim()).filter(Boolean);
  const leads: string[] = [];
  const participants: string[] = [];
  for (const clause of clauses) {
    const lead = LEAD_CLAUSE.exec(clause);
    const leading = lead?.[1] ? unitsOf(lead[1], true) : null;
    if (leading) {
      leads.push(...leading.filter((n) => !leads.includes(n)));
      continue;
    }
    const helping = helpersIn(clause);
    if (helping) participants.push(...helping.filter((n) => !participants.includes(n)));
  }
  if (leads.length === 0) return null;
  return { responsibility: { leads, participants: participants.filter((n) => !leads.includes(n)), isLeadInferred: false }, rest: raw, raw: '', raws: [], carried };
};
