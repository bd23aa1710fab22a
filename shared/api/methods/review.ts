// The office's review workspace (issue #17): the queue, one item in full, and decisions on one or many.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { ReviewDecisionResult, ReviewItemDetail, ReviewQueue } from '../../review/types.js';
import { idSchema } from '../fields.js';

const periodIdSchema = z.string().refine(isPeriodId, '报告期有误,请从列表中选择');

const keySchema = z.strictObject({ taskId: idSchema, departmentId: idSchema, periodId: periodIdSchema });

export const reviewSchemas = {
  'review.queue': z.strictObject({
    planId: idSchema.optional(),
    /** Without it: the newest period that has reports. */
    periodId: periodIdSchema.optional(),
    departmentId: idSchema.optional(),
    state: z.enum(['pending', 'accepted', 'returned', 'all'], { message: '审核状态有误' }).default('pending'),
    light: z.enum(['green', 'yellow', 'red', 'blue', 'none', 'all'], { message: '亮灯有误' }).default('all'),
  }),
  'review.item': keySchema,
  'review.decide': z
    .strictObject({
      items: z
        .array(keySchema.extend({ reportVersion: z.number().int().positive() }))
        .min(1, '请先选择要审核的报告')
        .max(2000, '一次最多审核 2000 份报告'),
      decision: z.enum(['accept', 'return'], { message: '审核结论应为通过或退回' }),
      reason: z.string().max(2000, '退回理由不能超过 2000 个字').default(''),
      reviewer: z.string().max(50, '审核人不能超过 50 个字').default(''),
    })
    .refine((r) => r.decision === 'accept' || r.reason.trim().length > 0, { message: '退回时请写明理由', path: ['reason'] }),
};

export type ReviewResults = {
  'review.queue': ReviewQueue;
  'review.item': ReviewItemDetail;
  'review.decide': ReviewDecisionResult;
};
