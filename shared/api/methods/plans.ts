import { z } from 'zod';
import type { PlanSummary } from '../../domain/types.js';
import type { PlanDiff } from '../../plan/diff.js';
import type { ParsedPlan, PlanFormat } from '../../plan/types.js';
import { idSchema } from '../fields.js';

/** 20 MB of file as base64 (4 characters per 3 bytes), plus padding. */
const MAX_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4;

const nameList = z.array(z.string().trim().min(1).max(100, '部门名称过长')).max(200);

export const correctionsSchema = z.strictObject({
  droppedLines: z.array(z.number().int().min(1)).max(100_000).optional(),
  aliases: z.record(z.string().min(1).max(100), z.string().trim().min(1).max(100)).optional(),
  leads: z.record(z.string().min(1).max(200), nameList).optional(),
  participants: z.record(z.string().min(1).max(200), nameList).optional(),
  /** Unplaced line number (as a string key) → path of the task whose text it joins. */
  attachLines: z.record(z.string().regex(/^\d+$/, '行号应为数字'), z.string().min(1).max(200)).optional(),
  /** Paths of read tasks the office takes out, and unplaced lines it takes in as tasks. */
  droppedTasks: z.array(z.string().min(1).max(200)).max(100_000).optional(),
  addedLines: z.array(z.number().int().min(1)).max(100_000).optional(),
  /** The plan's name as the office types it in the preview. */
  title: z.string().trim().min(1, '规划名称不能为空').max(200, '规划名称过长,请不超过 200 字').optional(),
});

const documentArg = {
  fileName: z.string().trim().min(1, '请提供文件名').max(255, '文件名过长'),
  /** The file's bytes, base64: a browser page cannot hand over a path, so every host sends bytes. */
  contentBase64: z.string().max(MAX_BASE64, '文件过大,规划文件不应超过 20 MB').regex(/^[A-Za-z0-9+/=\s]*$/, '文件内容不是有效的 base64 编码'),
  corrections: correctionsSchema.optional(),
  /** The plan a revised document updates; without it the importer matches by source and title. */
  planId: idSchema.optional(),
  /** Import as a new plan even when one with the same title exists. */
  asNew: z.boolean().optional(),
};

export const plansSchemas = {
  'plans.list': z.strictObject({}),
  'plans.preview': z.strictObject(documentArg),
  'plans.import': z.strictObject(documentArg),
  /** The office renames a plan (its document had no usable title, or the office's own short name). */
  'plans.rename': z.strictObject({
    planId: idSchema,
    title: z.string().trim().min(1, '规划名称不能为空').max(200, '规划名称过长,请不超过 200 字'),
  }),
};

export type PlanSource = { fileName: string; sha256: string; size: number; format: PlanFormat; encoding: string };

/** What importing would do: make a new plan, update an existing one, or nothing (same document). */
export type ImportTarget = { mode: 'create' | 'update' | 'unchanged'; planId: string | null; title: string | null };

export type DepartmentCheck = { name: string; canonical: string; isKnown: boolean; taskCount: number };

export type PlanPreview = {
  source: PlanSource;
  plan: ParsedPlan;
  target: ImportTarget;
  diff: PlanDiff | null;
  departments: DepartmentCheck[];
};

export type PlanImportResult = {
  planId: string;
  mode: 'created' | 'updated' | 'unchanged';
  taskCount: number;
  indicatorCount: number;
  diff: PlanDiff | null;
};

export type PlansResults = {
  'plans.list': PlanSummary[];
  'plans.preview': PlanPreview;
  'plans.import': PlanImportResult;
  'plans.rename': PlanSummary;
};
