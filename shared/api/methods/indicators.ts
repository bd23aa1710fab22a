// Indicators (指标) of a task: the office adds one to a task whose plan gave it none; units report values.
import { z } from 'zod';
import { idSchema } from '../fields.js';

const text = (max: number, label: string) => z.string().max(max, `${label}不能超过 ${max} 个字`);

export const indicatorsSchemas = {
  'indicators.add': z.strictObject({
    taskId: idSchema,
    name: z.string().trim().min(1, '请填写指标名称').max(200, '指标名称过长'),
    unit: text(20, '单位').default(''),
    targetText: text(50, '目标值').default(''),
    baselineText: text(50, '基期值').default(''),
    category: text(50, '类别').default(''),
    attribute: z.enum(['expected', 'binding', 'reference', 'advocated']).nullable().default(null),
  }),
};

export type IndicatorsResults = {
  'indicators.add': { indicatorId: string };
};
