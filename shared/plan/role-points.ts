// An activity whose numbered points only share out its roles (`(一)举办服装展销会…` / `1、此项活动由A、B、C共同
// 组织实施。` / `2、由A牵头,全面负责…;B负责协调…` / `3、D负责联系…`): the points are who does what for the activity,
// not tasks of their own. Only when the first point says so in so many words (`此项活动由…`): the activity is the
// task, the unit said to lead (牵头) leads it — the first unit named when none is — and the others take part.
import type { Clause } from './clause.js';
import { THIS_WORK } from './lead-verbs.js';
import type { Responsibility } from './responsibility.js';
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

export type RolePointNode = { rest: string; lines: { text: string }[]; children: RolePointNode[]; clause: Clause | null; isExcluded: boolean };

const ROLE_CLAUSE = /^由?(.{2,40}?)(?:共同|具体|全面)?(牵头|负责|组织实施|承办|主办|协办|配合)/;

/** The roles the points share out, or null when a point is no such sentence. */
const rolesOf = (points: RolePointNode[]): Responsibility | null => {
  const leads: string[] = [];
  const named: string[] = [];
  for (const point of points) {
    const text = point.lines.map((l) => l.text).join('');
    let found = false;
    for (const clause of text.split(/[;;。,,]/)) {
      const m = ROLE_CLAUSE.exec(clause.trim().replace(THIS_WORK, ''));
      const names = m?.[1] ? splitUnitList(m[1]) : [];
      // Beside a unit, a partner the activity names (a mall, a company: `华东服装城`) is one of its units too.
      const isList = isUnitNameList(names) || (names.some(isDepartmentLike) && names.every((n) => n.length <= 12 && /^[\u4e00-\u9fff]+$/.test(n)));
      if (!m || !isList) continue;
      found = true;
      if (m[2] === '牵头') leads.push(...names);
      named.push(...names);
    }
    if (!found) return null;
  }
  const lead = leads.length > 0 ? [...new Set(leads)] : named.slice(0, 1);
  if (lead.length === 0) return null;
  return { leads: lead, participants: [...new Set(named)].filter((n) => !lead.includes(n)), isLeadInferred: leads.length === 0 };
};

/** Folds the points into the activity; true when it did (the points are then excluded). */
export const foldRolePoints = (node: RolePointNode): boolean => {
  const first = node.children[0];
  if (!first || !THIS_WORK.test(first.rest.trim())) return false;
  const responsibility = rolesOf(node.children);
  if (!responsibility) return false;
  node.clause = { responsibility, rest: node.lines.map((l) => l.text).join('\n'), raw: '', raws: [], carried: [] };
  for (const child of node.children) child.isExcluded = true;
  return true;
};
