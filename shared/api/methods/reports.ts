// The office's reports (issue #6): period figures for the dashboard, chase lists, the Excel export and
// the bulletin. All read-only except the office's name, a local setting.
import { z } from 'zod';
import { isPeriodId } from '../../progress/periods.js';
import type { Bulletin, ChaseList, DashboardData, ReportSettings, ReportSummary, TaskDetails } from '../../reports/types.js';
import { idSchema } from '../fields.js';

const periodSchema = z.string().refine(isPeriodId, '报告期编号有误,应如 2026-Q4、2026-M03、2026-H2、2026-Y');

/** Which plan and period; both default: the only (first) plan, and the current period by the clock. */
const scope = z.strictObject({ planId: idSchema.optional(), periodId: periodSchema.optional() });

export const reportsSchemas = {
  'reports.summary': scope,
  'reports.chase': scope,
  /** The summary and the chase list from one read of the period (the dashboard shows both). */
  'reports.dashboard': scope,
  /** The long texts of the tasks a drill-down list shows (the dashboard's summary leaves them out). */
  'reports.taskDetails': z.strictObject({
    planId: idSchema.optional(),
    periodId: periodSchema.optional(),
    taskIds: z.array(idSchema).max(20000, '一次最多读取 20000 项任务'),
  }),
  /** The .xlsx bytes come back base64 encoded, so the browser host can offer them as a download. */
  'reports.exportXlsx': scope,
  'reports.bulletin': scope,
  'reports.settings': z.strictObject({}),
  'reports.updateSettings': z.strictObject({
    officeName: z.string().trim().min(1, '请填写办公室名称').max(60, '办公室名称不能超过 60 个字').optional(),
  }),
};

export type XlsxExport = { fileName: string; periodId: string; byteLength: number; dataBase64: string };

export type ReportsResults = {
  'reports.summary': ReportSummary;
  'reports.chase': ChaseList;
  'reports.dashboard': DashboardData;
  'reports.taskDetails': TaskDetails[];
  'reports.exportXlsx': XlsxExport;
  'reports.bulletin': Bulletin;
  'reports.settings': ReportSettings;
  'reports.updateSettings': ReportSettings;
};
