// `由市X会同有关部门和各县市区组织落实`: the unit before 会同 organises the work, the units named after it take part;
// `有关部门` (no unit named) is no participant. A hook in parseLeadVerbForm (lead-verbs.ts), which reads
// `由X会同Y负责` (one verb 负责 for both) as co-leads: here the verb is 落实/实施, which the lead organises.
import type { Responsibility } from './responsibility.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const LEAD_WITH = /^(?:[—–-]+\s*)?由(.+?)会同(.+?)(?:共同)?(?:组织|负责)?(?:落实|实施|推进)$/;
// `——由市X会同有关部门和各县市区` (the page cut before the verb): units only on both sides, it still says who does it.
const CUT_LEAD_WITH = /^(?:[—–-]+\s*)?由(.+?)会同(.+)$/;
// `由市X和各县市区组织落实`: two bodies joined by 和 before the one verb organise the work together, as
// `由X会同Y负责` makes both answer for it.
const JOINTLY = /^(?:[—–-]+\s*)?由([^、,,]+?和[^、,,]+?)(?:共同)?组织(?:落实|实施)$/;
/**
 * `有关部门`, `相关单位`, `各有关部门`: a group that names no unit. Narrower than unit-names.ts's namesNobody on purpose:
 * after 会同 a level's group (`县政府有关部门`, `省直各部门`, `有关直属单位`) is kept as a participant, as the keys keep it.
 */
const UNNAMED = /^各?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?$/;

/** The lead and the participants of `由X会同A和B组织落实`; null for any other wording. */
export const leadWithPartners = (text: string): Responsibility | null => {
  const joint = JOINTLY.exec(text.trim())?.[1];
  const both = joint && !joint.includes('会同') ? splitUnitList(joint) : [];
  if (both.length === 2 && isUnitNameList(both)) return { leads: both, participants: [], isLeadInferred: false };
  const m = LEAD_WITH.exec(text.trim()) ?? CUT_LEAD_WITH.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const leads = splitUnitList(m[1]);
  if (leads.length === 0 || !isUnitNameList(leads)) return null;
  const named = splitUnitList(m[2]);
  const participants = named.filter((n) => !UNNAMED.test(n));
  if (named.length === 0 || (participants.length > 0 && !isUnitNameList(participants))) return null;
  return { leads, participants, isLeadInferred: false };
};
