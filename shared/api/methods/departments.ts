import { z } from 'zod';
import type { DepartmentRow, DepartmentTasks } from '../../domain/types.js';
import { idSchema } from '../fields.js';

export const departmentsSchemas = {
  'departments.list': z.strictObject({
    planId: idSchema.optional(),
  }),
  /** `department` is an id, a canonical name or an alias: clerks type names, scripts pass ids. */
  'departments.tasks': z.strictObject({
    department: z.string().trim().min(1, '请指定部门').max(100, '部门名称过长'),
    planId: idSchema.optional(),
  }),
};

export type DepartmentsResults = {
  'departments.list': DepartmentRow[];
  'departments.tasks': DepartmentTasks;
};
