import type { ApiHandlers } from '../../shared/api/contract.js';
import type { ChaseList, DashboardData, ReportSummary, TaskRow } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { buildBulletin } from './bulletin.js';
import { buildChaseList, chaseOf } from './chase.js';
import { readReportSettings, writeReportSettings } from './office.js';
import { buildSummary, periodFactsBoth, readPeriodInput, summaryOf } from './summary.js';
import { readTaskDetails } from './task-details.js';
import { writeSummaryXlsx } from './xlsx.js';
import { visibleColumnValues } from '../columns/store.js';

type ReportsHandlers = Pick<
  ApiHandlers,
  'reports.summary' | 'reports.chase' | 'reports.dashboard' | 'reports.taskDetails' | 'reports.exportXlsx' | 'reports.bulletin' | 'reports.settings' | 'reports.updateSettings'
>;

/** One read of the period for both the summary and the chase list (they used to read it each). */
const dashboardOf = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): { summary: ReportSummary; chase: ChaseList } => {
  const facts = periodFactsBoth(readPeriodInput(ctx, arg));
  return { summary: summaryOf(ctx, facts.summary), chase: chaseOf(ctx, facts.chase) };
};

/** A task without its long texts: what a drill-down row shows (the texts come with reports.taskDetails). */
const rowOf = ({ content: _c, progress: _p, problems: _q, nextSteps: _n, ...row }: ReportSummary['tasks'][number]): TaskRow => row;

/** The dashboard's answer carries only what it draws: the texts were 90% of it (1.9 MB at province scale). */
const slimDashboardOf = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): DashboardData => {
  const { summary, chase } = dashboardOf(ctx, arg);
  return { summary: { ...summary, tasks: summary.tasks.map(rowOf) }, chase };
};

export const createReportsHandlers = (ctx: BackendContext): ReportsHandlers => ({
  'reports.summary': async (arg) => buildSummary(ctx, arg),
  'reports.chase': async (arg) => buildChaseList(ctx, arg),
  'reports.dashboard': async (arg) => slimDashboardOf(ctx, arg),
  'reports.taskDetails': async (arg) => readTaskDetails(ctx, arg),
  'reports.exportXlsx': async (arg) => {
    const { summary, chase } = dashboardOf(ctx, arg);
    const bytes = await writeSummaryXlsx(summary, chase, readReportSettings(ctx.db).officeName, visibleColumnValues(ctx.db, summary.plan.id));
    return {
      fileName: `${summary.plan.title.slice(0, 40)}-${summary.period.label}进展情况.xlsx`,
      periodId: summary.period.id,
      byteLength: bytes.length,
      dataBase64: bytes.toString('base64'),
    };
  },
  'reports.bulletin': async (arg) => buildBulletin(ctx, arg),
  'reports.settings': async () => readReportSettings(ctx.db),
  'reports.updateSettings': async (patch) => writeReportSettings(ctx.db, patch),
});
