import { z } from 'zod';
import type { DepartmentRow, DepartmentTasks } from '../../domain/types.js';
import { idSchema } from '../fields.js';

/** What a person types for a department: an id, a canonical name, an alias or pinyin initials. */
const departmentRef = z.string().trim().min(1, '请指定部门').max(100, '部门名称过长');
/** A name written into the directory: spaces removed, no separators (one unit, not a list). */
const departmentName = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(2, '名称至少两个字')
      .max(60, '名称过长')
      .refine((s) => !/[,,;;\n]/.test(s), '一次只写一个名称,不要用逗号或分号分隔'),
  );

export const departmentsSchemas = {
  'departments.list': z.strictObject({
    planId: idSchema.optional(),
  }),
  /** `department` is an id, a canonical name or an alias: clerks type names, scripts pass ids. */
  'departments.tasks': z.strictObject({
    department: departmentRef,
    planId: idSchema.optional(),
  }),
  /** The whole directory with aliases, groups, members and contacts (not limited to one plan). */
  'departments.directory': z.strictObject({}),
  'departments.addAlias': z.strictObject({ department: departmentRef, alias: departmentName }),
  /** Merge `from` into `into`: assignments move, `from`'s name becomes an alias, its row is tombstoned. */
  'departments.merge': z.strictObject({ from: departmentRef, into: departmentRef }),
  /** A renamed unit (质监局 → 市场监督管理局): the old name stays as an alias. */
  'departments.rename': z.strictObject({ department: departmentRef, name: departmentName }),
  /** Replaces the members of a group entry (各县(市、区)人民政府 → the county governments). */
  'departments.setGroupMembers': z.strictObject({
    group: departmentRef,
    members: z.array(departmentName).max(200, '成员过多'),
  }),
  'departments.setContact': z.strictObject({
    department: departmentRef,
    contact: z.string().trim().max(200, '联系方式过长'),
  }),
};

export type DirectoryEntry = DepartmentRow & {
  contact: string;
  /** For a group: its member units, where the office has entered them. */
  members: string[];
  /** The groups this unit belongs to. */
  groups: string[];
  /** Well-known other spellings (shared/departments/well-known.ts) that resolve to this entry. */
  builtInAliases: string[];
};

export type MergeResult = { entry: DirectoryEntry; movedAssignments: number; movedIndicators: number };

export type DepartmentsResults = {
  'departments.list': DepartmentRow[];
  'departments.tasks': DepartmentTasks;
  'departments.directory': DirectoryEntry[];
  'departments.addAlias': DirectoryEntry;
  'departments.merge': MergeResult;
  'departments.rename': DirectoryEntry;
  'departments.setGroupMembers': DirectoryEntry;
  'departments.setContact': DirectoryEntry;
};
