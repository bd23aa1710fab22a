// A unit's duty whose later sentence has other units as its subject, working under someone or helping
// (`市某局:负责…的组织工作。各区县某大队、分局在辖区政府领导下,积极发挥职能作用。`): the unit before the colon
// leads (unit-first.ts), the units that open the later sentence take part. A hook in clause.ts (leadingUnits),
// after duty-partners.ts; only when the duty names no participants of its own.
import type { Responsibility } from './responsibility.js';
import { isUnitNameList, namesNobody, splitUnitList } from './unit-names.js';

/** The subject, then `在…领导下` (working under someone) or a helper's verb. */
const SUBJECT = /^([^,,。;;::()()]{2,40}?)(?=在[^。;;]{2,30}?(?:领导|指导|统筹|组织|部署|协调)下|(?:要|应)?(?:积极)?(?:配合|协助|协同|参与))/;

/** A bare kind of unit after a named one (`A城管大队、分局`): it shares the first's place and trade. */
const BARE_KIND = /^(?:分局|大队|支队|中队|分队|分会|分中心)$/;
const KIND_END = /(?:分局|大队|支队|中队|分队|分会|分中心|局|队|会|中心)$/;

const sharePlace = (names: string[]): string[] =>
  names.map((name, i) => {
    const first = names[0] ?? '';
    if (i === 0 || !BARE_KIND.test(name)) return name;
    const end = KIND_END.exec(first)?.[0] ?? '';
    return end.length > 0 && first.length - end.length >= 2 ? first.slice(0, first.length - end.length) + name : name;
  });

/** The units that open a sentence after the duty's first, as the subject of work under someone or helping. */
const laterSubjects = (rest: string, leads: readonly string[]): string[] => {
  const sentences = rest.split(/[。;;]/).slice(1);
  for (const sentence of sentences) {
    const subject = SUBJECT.exec(sentence.trim())?.[1];
    if (!subject) continue;
    const names = sharePlace(splitUnitList(subject));
    // `各单位`, `有关部门`, `各成员单位` (namesNobody): no unit named, none added (as duty-partners.ts leaves `会同有关部门`).
    if (names.length > 0 && isUnitNameList(names) && !names.some((n) => leads.includes(n) || namesNobody(n))) return names;
  }
  return [];
};

export const withSubjectPartners = (responsibility: Responsibility, rest: string): Responsibility => {
  if (responsibility.participants.length > 0 || responsibility.leads.length === 0) return responsibility;
  const names = laterSubjects(rest, responsibility.leads);
  return names.length === 0 ? responsibility : { ...responsibility, participants: names };
};
