import type { ApiHandlers } from '../../shared/api/contract.js';
import { deadlineCountsOf } from '../../shared/reports/rules.js';
import type { ChaseList, DashboardData, ReportSummary } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { buildBulletin } from './bulletin.js';
import { chaseOf } from './chase.js';
import { channelLookup } from './channel-figures.js';
import { readReportSettings, writeReportSettings } from './office.js';
import { summaryOf } from './summary.js';
import { buildFactsBoth } from './facts-cache.js';
import { readDrillRows } from './drill.js';
import { writeSummaryXlsx } from './xlsx.js';
import { visibleColumnValues } from '../columns/store.js';

type ReportsHandlers = Pick<
  ApiHandlers,
  'reports.dashboard' | 'reports.drill' | 'reports.exportXlsx' | 'reports.bulletin' | 'reports.updateSettings'
>;

/** One read of the period for both the summary and the chase list (they used to read it each). */
const dashboardOf = (ctx: BackendContext, arg: { planId?: string; periodId?: string }, withTexts = true): { summary: ReportSummary; chase: ChaseList } => {
  // Kept for the notice drafts the dashboard asks for next (facts-cache.ts says why that is safe).
  const facts = buildFactsBoth(ctx, { ...arg, withTexts });
  // How each unit reported is read once for both (a pass over the period's reports, ~15% of the call).
  const { plan, period } = facts.summary;
  const channels = channelLookup(ctx, plan.id, period.id);
  return { summary: summaryOf(ctx, facts.summary, channels), chase: chaseOf(ctx, facts.chase, channels) };
};

/**
 * The dashboard's answer carries only what its first screen shows: the figures, and the chase list without
 * the ids of the tasks each unit owes on. One row per task (owed units, names, lights) made it 7.6 MB at
 * 10,000 tasks, most of the click's time; a clicked number fetches its rows with reports.drill.
 */
const slimDashboardOf = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): DashboardData => {
  // The texts are read only for the tasks dropped below: the figures never depend on them.
  const { summary, chase } = dashboardOf(ctx, arg, false);
  const { tasks, ...figures } = summary;
  return {
    summary: { ...figures, deadlineCounts: deadlineCountsOf(tasks) },
    chase: { ...chase, departments: chase.departments.map(({ taskIds: _t, ...d }) => d) },
  };
};

export const createReportsHandlers = (ctx: BackendContext): ReportsHandlers => ({
  'reports.dashboard': async (arg) => slimDashboardOf(ctx, arg),
  'reports.drill': async (arg) => readDrillRows(ctx, arg),
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
  'reports.updateSettings': async (patch) => writeReportSettings(ctx.db, patch),
});
