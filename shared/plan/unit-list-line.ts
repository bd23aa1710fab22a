// A unit line of its own under an item (`1.加强…。` / `县质监局、县工信局、县科技局负责落实。`), with no 牵头 word:
// the document's list of who carries the item out. In a bracket after a lead (`X牵头,A、B负责落实`) 负责落实 shares
// the work out (lead-verbs.ts); a line that is nothing but the list is a bare list: the first unit leads (inferred),
// the rest take part, as `责任单位:A、B、C` reads.
import { bareList, type Responsibility } from './responsibility.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const LIST_LINE = /^([^,,。;;::()()]{2,200}?)负责落实[。;;]?$/;

/** The bare list a line of its own says, or null when the line is anything more than units and 负责落实. */
export const unitListLine = (line: string): Responsibility | null => {
  const m = LIST_LINE.exec(line.trim());
  if (!m?.[1] || /牵头|配合|参与|协助|协同|分别|共同|按照?职责/.test(m[1])) return null;
  const names = splitUnitList(m[1]);
  if (names.length < 2 || !isUnitNameList(names)) return null;
  return bareList(names);
};
