// 延期申请 / 办结销号 (issue 21): a lead unit asks, the office decides or reopens; both sides read a task's lifecycle.
import { z } from 'zod';
import { isDay } from '../../progress/days.js';
import type { LifecycleDecideResult, LifecycleQueue, LifecycleRequestView, TaskLifecycle } from '../../lifecycle/types.js';
import { idSchema } from '../fields.js';

const daySchema = z.string().refine(isDay, '日期有误,请按 年-月-日 选择');
const attachmentSchema = z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, '佐证材料有误,请重新添加'), fileName: z.string().min(1).max(300) });

export const lifecycleSchemas = {
  'lifecycle.task': z.strictObject({ taskId: idSchema, departmentId: idSchema.optional() }),
  'lifecycle.request': z
    .strictObject({
      taskId: idSchema,
      departmentId: idSchema,
      kind: z.enum(['extension', 'closure'], { message: '申请类型应为延期或办结' }),
      newDeadline: daySchema.optional(),
      reason: z.string().max(2000, '理由不能超过 2000 个字').default(''),
      finalReport: z.string().max(10_000, '办结报告不能超过 10000 个字').default(''),
      attachments: z.array(attachmentSchema).max(50, '佐证材料最多 50 个').default([]),
      requestedBy: z.string().max(50, '申请人不能超过 50 个字').default(''),
    })
    .refine((r) => r.kind !== 'extension' || r.newDeadline !== undefined, { message: '请选择申请延至的日期', path: ['newDeadline'] })
    .refine((r) => r.kind !== 'extension' || r.reason.trim().length > 0, { message: '请写明延期理由', path: ['reason'] })
    .refine((r) => r.kind !== 'closure' || r.finalReport.trim().length > 0, { message: '申请办结须附办结报告', path: ['finalReport'] }),
  'lifecycle.queue': z.strictObject({
    planId: idSchema.optional(),
    state: z.enum(['pending', 'decided', 'all'], { message: '申请状态有误' }).default('pending'),
  }),
  'lifecycle.decide': z
    .strictObject({
      requestId: idSchema,
      requestVersion: z.number().int().positive(),
      decision: z.enum(['approve', 'refuse'], { message: '审批结论应为同意或不同意' }),
      reason: z.string().max(2000, '理由不能超过 2000 个字').default(''),
      decidedBy: z.string().max(50, '审批人不能超过 50 个字').default(''),
    })
    .refine((r) => r.decision === 'approve' || r.reason.trim().length > 0, { message: '不同意时请写明理由', path: ['reason'] }),
  'lifecycle.reopen': z
    .strictObject({ taskId: idSchema, reason: z.string().max(2000, '理由不能超过 2000 个字'), decidedBy: z.string().max(50).default('') })
    .refine((r) => r.reason.trim().length > 0, { message: '重新启用时请写明理由', path: ['reason'] }),
};

export type LifecycleResults = {
  'lifecycle.task': TaskLifecycle;
  'lifecycle.request': LifecycleRequestView;
  'lifecycle.queue': LifecycleQueue;
  'lifecycle.decide': LifecycleDecideResult;
  'lifecycle.reopen': TaskLifecycle;
};
