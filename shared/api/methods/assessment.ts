// 年度考核 (issue 21): the year's table, its .xlsx, and the office's rules per plan and year (local).
import { z } from 'zod';
import type { Assessment, AssessmentRules } from '../../assessment/types.js';
import { idSchema } from '../fields.js';
import type { XlsxExport } from './reports.js';

const yearSchema = z.number({ error: '年份应是数字' }).int('年份应是整数').min(2000, '年份应在 2000 到 2100 之间').max(2100, '年份应在 2000 到 2100 之间');
const scope = z.strictObject({ planId: idSchema.optional(), year: yearSchema.optional() });
const points = (what: string) => z.number({ error: `${what}应是数字` }).min(0, `${what}不能为负数`).max(100, `${what}不能超过 100`);

export const assessmentRulesSchema = z
  .strictObject({
    onTimeWeight: points('按时报送满分'),
    completionWeight: points('牵头任务完成满分'),
    returnPenalty: points('每次退回扣分'),
    overduePenalty: points('每项逾期未完成扣分'),
    approvedDelayPenalty: points('每项经批准延期扣分'),
    unapprovedDelayPenalty: points('每项未经批准逾期加扣'),
  })
  .refine((r) => r.onTimeWeight + r.completionWeight > 0, { message: '按时报送和牵头任务完成的满分不能都为 0', path: ['onTimeWeight'] });

export const assessmentSchemas = {
  'assessment.build': scope,
  'assessment.exportXlsx': scope,
  'assessment.saveRules': z.strictObject({ planId: idSchema.optional(), year: yearSchema, rules: assessmentRulesSchema }),
  /** Back to the defaults for that plan and year. */
  'assessment.resetRules': z.strictObject({ planId: idSchema.optional(), year: yearSchema }),
};

export type AssessmentRulesResult = { year: number; rules: AssessmentRules; isDefault: boolean };

export type AssessmentResults = {
  'assessment.build': Assessment;
  'assessment.exportXlsx': XlsxExport;
  'assessment.saveRules': AssessmentRulesResult;
  'assessment.resetRules': AssessmentRulesResult;
};
