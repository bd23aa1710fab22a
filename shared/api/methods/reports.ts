// The office's reports (issue #6): period figures for the dashboard, chase lists, the Excel export and
// the bulletin. All read-only except the office's name, a local setting.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { Bulletin, DashboardData, DrillRow, ReportSettings } from '../../reports/types.js';
import { idSchema } from '../fields.js';

const periodSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');

const oneOf = <T extends string>(values: readonly [T, ...T[]], what: string) => z.enum(values, { message: `${what}不在可选范围内` });

/** What a clicked number stands for (shared/reports/rules.ts TaskFilter), checked field by field. */
const taskFilterSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('status'), status: oneOf(['done', 'on_track', 'ongoing', 'not_started', 'behind', 'unreported'], '任务状态') }),
    z.strictObject({ kind: z.literal('light'), light: oneOf(['red', 'yellow', 'blue', 'green', 'none'], '亮灯') }),
    z.strictObject({ kind: z.literal('section'), section: z.string().max(500, '篇章名称过长'), isDoneOnly: z.boolean({ message: '是否只列已完成应为是或否' }).optional() }),
    z.strictObject({ kind: z.literal('department'), departmentId: idSchema, role: z.literal('lead', { message: '单位角色有误' }).optional() }),
    z.strictObject({ kind: z.literal('missing'), departmentId: idSchema.optional() }),
    z.strictObject({ kind: z.literal('returned') }),
    z.strictObject({ kind: z.literal('deadline'), deadlineClass: oneOf(['near', 'overdue_open', 'overdue_done'], '时限类别') }),
    z.strictObject({ kind: z.literal('task'), taskId: idSchema }),
    z.strictObject({
      kind: z.literal('reports'),
      departmentId: idSchema.optional(),
      state: oneOf(['missing', 'awaiting', 'accepted', 'returned', 'received'], '报告状态').optional(),
      isLate: z.boolean({ message: '是否逾期报送应为是或否' }).optional(),
    }),
  ],
  { message: '要列出的任务类别有误' },
);

/** Which plan and period; both default: the only (first) plan, and the current period by the clock. */
const scope = z.strictObject({ planId: idSchema.optional(), periodId: periodSchema.optional() });

export const reportsSchemas = {
  /** The summary and the chase list from one read of the period (the dashboard shows both). */
  'reports.dashboard': scope,
  /** The tasks behind a clicked number, with their 存在问题 (the dashboard's answer carries no task rows). */
  'reports.drill': z.strictObject({ planId: idSchema.optional(), periodId: periodSchema.optional(), filter: taskFilterSchema }),
  /** The .xlsx bytes come back base64 encoded, so the browser host can offer them as a download. */
  'reports.exportXlsx': scope,
  'reports.bulletin': scope,
  'reports.updateSettings': z.strictObject({
    officeName: z.string().trim().min(1, '请填写办公室名称').max(60, '办公室名称不能超过 60 个字').optional(),
  }),
};

export type XlsxExport = { fileName: string; periodId: string; byteLength: number; dataBase64: string };

export type ReportsResults = {
  'reports.dashboard': DashboardData;
  'reports.drill': DrillRow[];
  'reports.exportXlsx': XlsxExport;
  'reports.bulletin': Bulletin;
  'reports.updateSettings': ReportSettings;
};
