// 催办通知单 (issue 21): the late units' drafts, issuing one or a batch (logged on the office's PC), the
// log, and a notice's .docx. Office only; nothing here travels in packages.
import { z } from 'zod';
import { isDay } from '../../progress/days.js';
import { isPeriodId } from '../../progress/periods.js';
import type { IssuedNotice, NoticeBatchResult, NoticeDrafts, NoticeFile } from '../../notices/types.js';
import { idSchema } from '../fields.js';

const periodSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');
const daySchema = (what: string) => z.string().refine(isDay, `${what}应是日期,如 2026-12-01`);
const docNumberSchema = z.string().trim().min(1, '请填写文号').max(60, '文号不能超过 60 个字');
const scope = { planId: idSchema.optional(), periodId: periodSchema.optional() };

export const noticesSchemas = {
  /** Late units of the period (or one unit) with the tasks a notice would list. */
  'notices.drafts': z.strictObject({ ...scope, departmentId: idSchema.optional() }),
  'notices.issue': z.strictObject({ ...scope, departmentId: idSchema, docNumber: docNumberSchema, replyBy: daySchema('回复期限') }),
  /** Every late unit at once: 文号 = prefix + number + 号, numbered from firstNumber in the chase list's order. */
  'notices.issueBatch': z.strictObject({
    ...scope,
    docPrefix: z.string().trim().min(1, '请填写文号前缀,如 湛质办督〔2026〕').max(50, '文号前缀不能超过 50 个字'),
    firstNumber: z.number({ error: '起始编号应是数字' }).int('起始编号应是整数').min(1, '起始编号至少为 1').max(99999, '起始编号过大'),
    replyBy: daySchema('回复期限'),
  }),
  /** The log: all of a plan's notices, or one unit's, or the ones named (newest first). */
  'notices.list': z.strictObject({
    planId: idSchema.optional(),
    departmentId: idSchema.optional(),
    ids: z.array(idSchema).max(500, '一次最多查看 500 份通知单').optional(),
  }),
  'notices.docx': z.strictObject({ id: idSchema }),
};

export type NoticesResults = {
  'notices.drafts': NoticeDrafts;
  'notices.issue': IssuedNotice;
  'notices.issueBatch': NoticeBatchResult;
  'notices.list': IssuedNotice[];
  'notices.docx': NoticeFile;
};
