// Roll-ups between levels (issues 14, 16, 22): the lower office makes one for the level above (上报上级);
// the upper office lists the roll-ups it verified, by sender and period, and opens each one read-only:
// the lower office's tasks, units, reports, lights and dashboard. Importing one is sync.import.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { DepartmentRow, TaskRow } from '../../domain/types.js';
import type { ChaseList, ReportSummary } from '../../reports/types.js';
import type { RollupViewSummary } from '../../sync/rollup.js';
import type { ExportResult } from '../../sync/types.js';

const viewSchema = z.uuid('汇总编号格式不对');
const periodSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');
/** The upper office: its name or its key fingerprint as read over the phone (or an origin id). */
const toSchema = z.string().trim().min(1, '请填写上级单位名称或指纹').max(100, '上级单位名称过长').optional();

export const rollupsSchemas = {
  /**
   * Makes the roll-up. Without `out` its bytes come back, so the app saves it like every other export;
   * with `out` (the CLI, a folder ending in / or a file) it is written there and `path` names it.
   */
  'rollups.make': z.strictObject({ to: toSchema, out: z.string().trim().min(1, '请指定文件路径').max(4000, '路径过长').optional() }),
  'rollups.list': z.strictObject({}),
  'rollups.tasks': z.strictObject({ view: viewSchema }),
  'rollups.departments': z.strictObject({ view: viewSchema }),
  'rollups.summary': z.strictObject({ view: viewSchema, periodId: periodSchema.optional() }),
  'rollups.chase': z.strictObject({ view: viewSchema, periodId: periodSchema.optional() }),
};

/**
 * revokedOriginalCount: originals signed by a key revoked here, which the level above refuses (the person is told).
 * dataBase64 is set when no `out` was given, path when one was.
 */
export type RollupFile = ExportResult & { revokedOriginalCount: number };

export type RollupsResults = {
  'rollups.make': RollupFile;
  'rollups.list': RollupViewSummary[];
  'rollups.tasks': TaskRow[];
  'rollups.departments': DepartmentRow[];
  'rollups.summary': ReportSummary;
  'rollups.chase': ChaseList;
};
