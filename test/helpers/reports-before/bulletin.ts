// FROZEN copy of db/reports/bulletin.ts as it was before issue 18 (main at bba7a5b): the reference the
// new reads are compared with in test/integration/reports-equivalence.test.ts. Do not edit or "fix".
// The bulletin (通报) for a period: the summary figures plus the lagging tasks with the problems their
// units wrote, under the office's name and today's date by the injected clock.
import { lightSeverity } from '../../../shared/reports/rules.js';
import type { ReportSummary, TaskFigure } from '../../../shared/reports/types.js';

/** The bulletin's shape before issue 18 (the whole summary). */
export type Bulletin = { officeName: string; issuedOn: string; summary: ReportSummary; lagging: TaskFigure[] };
import type { BackendContext } from '../../../db/context.js';
import { readReportSettings } from './office.js';
import { buildSummary } from './summary.js';

export const buildBulletin = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): Bulletin => {
  const summary = buildSummary(ctx, arg);
  const lagging = summary.tasks
    .filter((t) => t.light === 'red' || t.light === 'yellow' || t.status === 'behind')
    .sort((a, b) => lightSeverity[b.light] - lightSeverity[a.light] || a.seq - b.seq);
  return { officeName: readReportSettings(ctx.db).officeName, issuedOn: summary.today, summary, lagging };
};
