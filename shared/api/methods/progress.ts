// The department workbench (issue #4): my tasks, this period's report, drafts, evidence files, the
// office's review of a report, indicators the office adds, and the workbench's local settings.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import { percentProblem } from '../../progress/draft-check.js';
import type {
  AttachmentInfo,
  MyTasks,
  ReportDetail,
  TimelineEvent,
  WorkbenchSettings,
} from '../../progress/types.js';
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
  'reports.get': z.strictObject({ taskId: idSchema, departmentId: idSchema, periodId: periodIdSchema.optional() }),
  /** isProxy: the office enters the report for the unit (代填), recorded with the office as its author. */
  'reports.saveDraft': z.strictObject({ ...keyShape, draft: draftSchema, isProxy: z.boolean().optional() }),
  'reports.discardDraft': z.strictObject(keyShape),
  'reports.submit': z.strictObject({ ...keyShape, draft: draftSchema, isProxy: z.boolean().optional() }),
  /** The office's decision on a report; the review UI is the office's, this is its backend. */
  'reports.review': z
    .strictObject({
      ...keyShape,
      decision: z.enum(['accept', 'return'], { message: '审核结论应为通过或退回' }),
      reason: text(2000, '退回理由').default(''),
      reviewer: text(50, '审核人').default(''),
    })
    .refine((r) => r.decision === 'accept' || r.reason.trim().length > 0, { message: '退回时请写明理由', path: ['reason'] }),
  'reports.timeline': z.strictObject({ taskId: idSchema }),
  /** In the browser the bytes arrive base64 encoded; Electron and the CLI may name a file instead. */
  'attachments.add': z
    .strictObject({
      fileName: z.string().trim().min(1, '缺少文件名').max(200, '文件名过长'),
      dataBase64: z.string().max(2_800_000_000).optional(),
      path: z.string().min(1).max(1000).optional(),
    })
    .refine((a) => (a.dataBase64 === undefined) !== (a.path === undefined), '请提供文件内容或文件路径(二者选一)'),
  'attachments.read': z.strictObject({ sha256: sha256Schema }),
  'indicators.add': z.strictObject({
    taskId: idSchema,
    name: z.string().trim().min(1, '请填写指标名称').max(200, '指标名称过长'),
    unit: text(20, '单位').default(''),
    targetText: text(50, '目标值').default(''),
    baselineText: text(50, '基期值').default(''),
    category: text(50, '类别').default(''),
    attribute: z.enum(['expected', 'binding']).nullable().default(null),
  }),
};

export type AttachmentContent = { sha256: string; mime: string; size: number; dataBase64: string };

export type ProgressResults = {
  'workbench.settings': WorkbenchSettings;
  'workbench.updateSettings': WorkbenchSettings;
  'workbench.myTasks': MyTasks;
  'reports.get': ReportDetail;
  'reports.saveDraft': { savedAt: string };
  'reports.discardDraft': { isDiscarded: boolean };
  'reports.submit': ReportDetail;
  'reports.review': { reviewId: string; reportVersion: number };
  'reports.timeline': TimelineEvent[];
  'attachments.add': AttachmentInfo & { isNew: boolean };
  'attachments.read': AttachmentContent;
  'indicators.add': { indicatorId: string };
};
