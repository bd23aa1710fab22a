// A unit's duty that opens by naming the units it works with (`区交通局:负责会同交警、路政部门清理占道停车。`,
// `区卫健委:协同区市场监管局检查…`): the unit before the colon leads (unit-first.ts), the units named after
// 会同/协同 take part. `会同有关部门` names no unit and adds none. A hook in clause.ts (leadingUnits).
import type { Responsibility } from './responsibility.js';
import { isUnitNameList, namesNobody, splitUnitList } from './unit-names.js';

// The partners end where the work's verb begins; a comma or full stop before it is not this shape.
const OPENING = /^(?:负责|主要负责|牵头)?(?:会同|协同)([^,,。;;::()()]{2,40})/;
const WORK_VERB = /^(?:等(?:部门|单位))?(?:共同)?(?:查处|查办|开展|做好|抓好|推进|落实|组织|处理|实施|加强|整治|清理|打击|检查|督促|指导|研究|制定|负责|取缔|治理|规范|管理|监管|监督|清除|拆除|执法|处置|协调)/;
// `会同有关等部门`: a bare 有关 left when the list is cut before 等 names nobody either.
const namesNoneHere = (name: string): boolean => namesNobody(name) || /^各?(?:有关|相关)$/.test(name);

/** The units named between 会同/协同 and the first work verb after which they read as a list of units. */
const partnerNames = (rest: string): string[] => {
  const span = OPENING.exec(rest.trim())?.[1] ?? '';
  for (let end = 2; end < span.length; end += 1) {
    if (!WORK_VERB.test(span.slice(end))) continue;
    const names = splitUnitList(span.slice(0, end)).filter((n) => !namesNoneHere(n));
    if (names.length > 0 && isUnitNameList(names)) return names;
  }
  return [];
};

/** The leads read before the colon, with the units named after an opening 会同/协同 as participants. */
export const withDutyPartners = (responsibility: Responsibility, rest: string): Responsibility => {
  if (responsibility.participants.length > 0 || responsibility.leads.length === 0) return responsibility;
  const names = partnerNames(rest);
  if (names.length === 0 || names.some((n) => responsibility.leads.includes(n))) return responsibility;
  return { ...responsibility, participants: names };
};
