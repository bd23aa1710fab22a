// An item whose last sentence shares its work out in the prose (`宣传册的设计制作由市创建办负责,发放、张贴工作
// 由各镇街及相关部门负责。`): each part names the units that do it after 由. Every unit so named does its own
// part: all lead (no 牵头/配合 is said). Only in the item's last sentence, and only when every 由… names
// units, so prose that mentions a unit on the way (`由专家设计`) is no assignment. A part of the clause
// reader (clause.ts), asked last; nothing is taken out of the task's text.
import type { Clause } from './clause.js';
import { helpersIn } from './prose-roles.js';
import { foldPunctuation } from './text.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

// `由市安监局1名县级领导带队`, `由县公安局分管领导带队`: a unit's officials lead the group, so the unit does its work.
const PART = /由([^,,;;。由]{2,40}?)(?:具体负责|负责实施|组织实施|负责|总?牵头|承担|(?=(?:\d{1,2}|[一两二三])名|分管|主要)[^,,;;。]{0,12}?带队)(?:[^,,;;。]{0,10})(?=[,,;;。]|$)/g;

const COLLECTIVE = /^(各|相关|有关|其他|其它|业务|所在|属地|行业|主管|对口)/;

export const assignedParts = (raw: string, carried: string[]): Clause | null => {
  const text = foldPunctuation(raw).trim().replace(/[。\s]+$/, '');
  const last = text.slice(Math.max(text.lastIndexOf('。'), text.lastIndexOf('\n')) + 1);
  const parts = [...last.matchAll(PART)].map((m) => splitUnitList(m[1] ?? ''));
  if (parts.length === 0 || !parts.every(isUnitNameList)) return null;
  // A rule for whole groups (`新兴行业由业务相近部门负责`) names no unit outright: it is the plan's principle.
  if (!parts.flat().some((n) => !COLLECTIVE.test(n))) return null;
  // The item's title is more than its assignment.
  if (last.length === text.length && /^由/.test(last)) return null;
  const leads = [...new Set(parts.flat())];
  const raws = [...last.matchAll(PART)].map((m) => m[0]);
  // `由X牵头,A、B配合,确保…`: the clauses that name helpers beside the parts give who takes part.
  const helpers = last.split(/[,,;;]/).flatMap((clause) => (/^由/.test(clause.trim()) ? [] : helpersIn(clause) ?? []));
  const participants = [...new Set(helpers)].filter((n) => !leads.includes(n));
  return { responsibility: { leads, participants, isLeadInferred: false }, rest: raw, raw: raws[0] ?? '', raws, carried };
};
