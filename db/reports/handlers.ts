import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { buildBulletin } from './bulletin.js';
import { buildChaseList } from './chase.js';
import { readReportSettings, writeReportSettings } from './office.js';
import { buildSummary } from './summary.js';
import { writeSummaryXlsx } from './xlsx.js';

type ReportsHandlers = Pick<
  ApiHandlers,
  'reports.summary' | 'reports.chase' | 'reports.exportXlsx' | 'reports.bulletin' | 'reports.settings' | 'reports.updateSettings'
>;

export const createReportsHandlers = (ctx: BackendContext): ReportsHandlers => ({
  'reports.summary': async (arg) => buildSummary(ctx, arg),
  'reports.chase': async (arg) => buildChaseList(ctx, arg),
  'reports.exportXlsx': async (arg) => {
    const summary = buildSummary(ctx, arg);
    const bytes = await writeSummaryXlsx(summary, buildChaseList(ctx, arg), readReportSettings(ctx.db).officeName);
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
