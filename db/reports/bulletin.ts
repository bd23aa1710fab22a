// The bulletin (通报) for a period: the summary figures plus the lagging tasks with the problems their
// units wrote, under the office's name and today's date by the injected clock.
import { lightSeverity } from '../../shared/reports/rules.js';
import type { Bulletin } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { readReportSettings } from './office.js';
import { buildSummary } from './summary.js';

export const buildBulletin = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): Bulletin => {
  const summary = buildSummary(ctx, arg);
  const lagging = summary.tasks
    .filter((t) => t.light === 'red' || t.light === 'yellow' || t.status === 'behind')
    .sort((a, b) => lightSeverity[b.light] - lightSeverity[a.light] || a.seq - b.seq);
  return { officeName: readReportSettings(ctx.db).officeName, issuedOn: summary.today, summary, lagging };
};
