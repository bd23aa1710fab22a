// A unit's progress report on one task for one period (issue #4): read it, save and discard its draft,
// submit it, and its timeline. The office's decision on it is review.*.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import { percentProblem } from '../../progress/draft-check.js';
import type { ReportDetail, TimelineEvent } from '../../progress/types.js';
import { reportStatuses } from '../../progress/report-status.js';
import { idSchema } from '../fields.js';

const periodIdSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '文件指纹有误');
const text = (max: number, label: string) => z.string().max(max, `${label}不能超过 ${max} 个字`);

const keyShape = { taskId: idSchema, departmentId: idSchema, periodId: periodIdSchema };

const draftSchema = z.strictObject({
  status: z.enum([...reportStatuses, ''], { message: '进展状态有误' }),
  percent: z.string().max(12, '完成百分比有误').superRefine((value, ctx) => {
    const problem = percentProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  progress: text(5000, '进展情况'),
  problems: text(5000, '存在问题'),
  nextSteps: text(5000, '下一步计划'),
  indicatorValues: z.record(idSchema, z.string().max(40, '指标填报值过长')),
  attachments: z
    .array(z.strictObject({ sha256: sha256Schema, fileName: z.string().min(1).max(200, '文件名过长') }))
    .max(50, '佐证材料最多 50 个'),
});

export const progressSchemas = {
  'progress.get': z.strictObject({ taskId: idSchema, departmentId: idSchema, periodId: periodIdSchema.optional() }),
  /** isProxy: the office enters the report for the unit (代填), recorded with the office as its author. */
  'progress.saveDraft': z.strictObject({ ...keyShape, draft: draftSchema, isProxy: z.boolean().optional() }),
  'progress.discardDraft': z.strictObject(keyShape),
  'progress.submit': z.strictObject({ ...keyShape, draft: draftSchema, isProxy: z.boolean().optional() }),
  'progress.timeline': z.strictObject({ taskId: idSchema }),
};

export type ProgressResults = {
  'progress.get': ReportDetail;
  'progress.saveDraft': { savedAt: string };
  'progress.discardDraft': { isDiscarded: boolean };
  'progress.submit': ReportDetail;
  'progress.timeline': TimelineEvent[];
};
