// A bare list whose first unit stands apart before a comma, the others sharing the work out
// (`责任单位:州某中心,各县政府、州直有关部门按职责分工负责`): the unit set apart is the task's own and is read
// as a bare list's first unit is (inferred lead); the group after the comma works by its duties beside it and
// takes part, as it does after `X牵头,` (the keys' reading of `X牵头,A、B按职责分工负责`). A hook in responsibility.ts.
import { isDepartmentLike, isUnitNameList, splitUnitList } from './unit-names.js';

const APART = /^([^,,、;;()()]{2,30})[,,]\s*([^,,;;()()]{2,80}?)(?:按照?职责分工负责|按照?职责分工落实|按照?职责分别负责|分工负责)$/;

/** The unit set apart and the group after it, or null when the list is not this shape. */
export const firstUnitApart = (body: string): { first: string; others: string[] } | null => {
  const m = APART.exec(body.trim());
  if (!m?.[1] || !m[2]) return null;
  const first = m[1].trim();
  const others = splitUnitList(m[2]);
  if (!isDepartmentLike(first) || others.length === 0 || !isUnitNameList(others) || others.includes(first)) return null;
  return { first, others };
};
