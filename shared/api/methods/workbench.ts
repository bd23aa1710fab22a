// The department workbench's own settings and its list of my tasks (issue #4). The report on one task
// is progress.*, its evidence files attachments.*, the fill-in sheet sheet.*.
import { z } from 'zod';
import type { MyTasks, WorkbenchSettings } from '../../progress/types.js';
import { idSchema } from '../fields.js';

export const workbenchSchemas = {
  'workbench.settings': z.strictObject({}),
  'workbench.updateSettings': z.strictObject({
    departmentId: idSchema.nullable().optional(),
    isLargeFont: z.boolean().optional(),
    thresholds: z
      .strictObject({
        yellowLag: z.number().int().min(1).max(100),
        redLag: z.number().int().min(1).max(100),
        nearDays: z.number().int().min(0).max(365),
      })
      .refine((t) => t.redLag > t.yellowLag, '红灯阈值应大于黄灯阈值')
      .optional(),
    dueOffsetDays: z.number().int().min(-28).max(60).optional(),
    maxAttachmentBytes: z.number().int().min(1024).max(2_000_000_000).optional(),
  }),
  'workbench.myTasks': z.strictObject({
    departmentId: idSchema.optional(),
    planId: idSchema.optional(),
    query: z.string().max(100, '搜索内容过长').optional(),
  }),
};

export type WorkbenchResults = {
  'workbench.settings': WorkbenchSettings;
  'workbench.updateSettings': WorkbenchSettings;
  'workbench.myTasks': MyTasks;
};
