import type { DepartmentKind } from '../domain/types.js';

// Entries that stand for several units rather than one: 各市州局, 各县(市、区)人民政府,
// 市直相关单位, 市质量强市工作领导小组成员单位. They are departments too, expandable to members.
const GROUP_PATTERNS = [/^各/, /成员单位$/, /(相关|有关)单位$/, /^(市直|省直)/, /各(县|市|区)/];

export const departmentKindOf = (name: string): DepartmentKind =>
  GROUP_PATTERNS.some((re) => re.test(name)) ? 'group' : 'unit';
