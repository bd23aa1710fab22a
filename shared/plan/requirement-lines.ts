// An item followed by its own requirement line that opens by naming who does it (`3、原某院内杂物乱堆。` /
// `整改要求:由县某站负责督促业主清理……`): the `由X负责` opens the requirement's sentence, and a long action runs
// on after 负责 with no comma, so no clause reader took it (they read `由X负责。` or `由X负责,…`). The units are
// the item's lead, stated. Only for items that name no units, and only when every name is a unit's. The sentence
// may open with the rule it follows (`按照先劝阻、再处罚的要求,由…负责`), and the role label may follow a place
// (`由沿河包片单位A、B负责`): all the units listed lead.
import { withoutRoleLabel } from './role-label-names.js';
import type { ParsedTask } from './types.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

/** `整改要求:由X负责…`, `由X负责…` at a line's or a sentence's start; the label short, a requirement's. */
const OPENING = /(?:^|[。;;])\s*(?:[\u4e00-\u9fff]{2,6}(?:要求|措施|意见)\s*[::]\s*)?(?:(?:按照|根据|依照)[^。;;::()()]{2,40}?的(?:要求|规定|部署|原则)[,,]\s*)?由([^,,。;;::()()]{2,60}?)负责(?=[\u4e00-\u9fff])/;

/** `沿河包片单位县某局`: a place (up to eight characters) before the role label is no part of the first name. */
const PLACED_LABEL = /^[\u4e00-\u9fff]{1,8}?(?=(?:包片|包保|包联|挂包|挂钩|联系|帮扶|结对)(?:单位|部门))/;

const unitsOf = (text: string): string[] | null => {
  const names = splitUnitList(text.replace(PLACED_LABEL, '')).map(withoutRoleLabel);
  return names.length > 0 && isUnitNameList(names) ? names : null;
};

export const leadsFromRequirementLines = (tasks: ParsedTask[]): ParsedTask[] =>
  tasks.map((t) => {
    if (t.leads.length + t.participants.length > 0) return t;
    for (const line of t.content.split('\n')) {
      const m = OPENING.exec(line.trim());
      const units = m?.[1] ? unitsOf(m[1]) : null;
      if (units) return { ...t, leads: units, participants: [], isLeadInferred: false };
    }
    return t;
  });
