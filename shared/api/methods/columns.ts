import { z } from 'zod';
import { COLUMN_KINDS, MAX_CELL_TEXT, MAX_CHOICES, MAX_COLUMN_NAME, type CustomColumn } from '../../plan/custom-columns.js';
import { idSchema } from '../fields.js';

const nameSchema = z.string().trim().min(1, '请填写列名').max(MAX_COLUMN_NAME, `列名最多 ${MAX_COLUMN_NAME} 个字`);
const choicesSchema = z.array(z.string().trim().min(1).max(40, '选项最多 40 个字')).max(MAX_CHOICES, `最多 ${MAX_CHOICES} 个选项`);

export const columnsSchemas = {
  /** The office's own columns of a plan's table, hidden ones included, in their order. */
  'columns.list': z.strictObject({ planId: idSchema.optional() }),
  'columns.add': z.strictObject({
    planId: idSchema.optional(),
    name: nameSchema,
    kind: z.enum(COLUMN_KINDS, '列的类型只能是文字、日期、选项或人员'),
    choices: choicesSchema.default([]),
  }),
  /** Rename, change a choice list, hide or show, print in the bulletin or not. */
  'columns.update': z.strictObject({
    id: idSchema,
    name: nameSchema.optional(),
    choices: choicesSchema.optional(),
    isHidden: z.boolean().optional(),
    isInBulletin: z.boolean().optional(),
  }),
  /** Moves a column one place left or right among the plan's columns. */
  'columns.move': z.strictObject({ id: idSchema, direction: z.enum(['left', 'right'], '只能左移或右移') }),
  /** Fills one cell; an empty value clears it. */
  'columns.setValue': z.strictObject({ taskId: idSchema, columnId: idSchema, value: z.string().max(MAX_CELL_TEXT, `最多 ${MAX_CELL_TEXT} 字`) }),
};

export type ColumnsResults = {
  'columns.list': CustomColumn[];
  'columns.add': CustomColumn;
  'columns.update': CustomColumn;
  'columns.move': CustomColumn[];
  'columns.setValue': { taskId: string; columnId: string; value: string };
};
