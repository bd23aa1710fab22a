// The bulletin (通报) for a period: the summary figures plus the lagging tasks with the problems their
// units wrote, under the office's name and today's date by the injected clock. It carries only what the
// page prints (issue 18: the whole summary was 2.9 MB of JSON at province scale for 479 printed rows).
import { extensionNote } from '../../shared/lifecycle/labels.js';
import { lightSeverity } from '../../shared/reports/rules.js';
import type { Bulletin, BulletinTask } from '../../shared/reports/types.js';
import { bulletinColumnValues } from '../columns/store.js';
import type { BackendContext } from '../context.js';
import { readReportSettings } from './office.js';
import { buildSummary } from './summary.js';

export const buildBulletin = (ctx: BackendContext, arg: { planId?: string; periodId?: string }): Bulletin => {
  const s = buildSummary(ctx, arg);
  // Issue 19: the office's columns chosen for the bulletin; without any, the bulletin is exactly as before.
  const chosen = bulletinColumnValues(ctx.db, s.plan.id);
  const hasColumns = chosen.columns.length > 0;
  const lagging = s.tasks
    .filter((t) => t.light === 'red' || t.light === 'yellow' || t.status === 'behind')
    .sort((a, b) => lightSeverity[b.light] - lightSeverity[a.light] || a.seq - b.seq)
    .map(
      (t): BulletinTask => ({
        taskId: t.taskId,
        code: t.code,
        title: t.title,
        leads: t.leads,
        status: t.status,
        percent: t.percent,
        light: t.light,
        lightReason: t.lightReason,
        problems: t.problems,
        ...(hasColumns ? { values: chosen.values.get(t.taskId) ?? {} } : {}),
      }),
    );
  // Issue 21: closed and extended tasks are listed only when there are any (the figures without them are unchanged).
  const closed = s.tasks.flatMap((t) => (t.closedAt ? [{ taskId: t.taskId, code: t.code, title: t.title, leads: t.leads, closedAt: t.closedAt }] : []));
  const extended = s.tasks.flatMap((t) => {
    const note = t.originalDeadline !== undefined ? extensionNote(t.originalDeadline, t.deadline) : null;
    return note ? [{ taskId: t.taskId, code: t.code, title: t.title, leads: t.leads, note }] : [];
  });
  return {
    ...(closed.length > 0 ? { closed } : {}),
    ...(extended.length > 0 ? { extended } : {}),
    ...(hasColumns ? { columns: chosen.columns.map((c) => ({ id: c.id, name: c.name })) } : {}),
    officeName: readReportSettings(ctx.db).officeName,
    issuedOn: s.today,
    summary: {
      plan: s.plan,
      period: s.period,
      today: s.today,
      asOf: s.asOf,
      taskCount: s.taskCount,
      reports: s.reports,
      byStatus: s.byStatus,
      byLight: s.byLight,
      ranking: s.ranking,
      byChannel: s.byChannel,
      offTarget: s.offTarget,
      indicatorCount: s.indicators.length,
    },
    lagging,
  };
};
