// The long texts behind a drill-down list (issue 18): the dashboard's summary leaves every task's content
// and report texts out, and the list asks for them only for the tasks it shows. The report chosen is the
// one the summary's figure is built from (consolidatedReport), so the texts are the summary's own.
import type { TaskDetails } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { readPeriodReports, readPlan, readTasks, type ReportFact } from './facts.js';
import { resolvePeriod } from './summary.js';
import { consolidatedReport } from './task-figures.js';

export const readTaskDetails = (
  ctx: BackendContext,
  arg: { planId?: string; periodId?: string; taskIds: string[] },
): TaskDetails[] => {
  const plan = readPlan(ctx.db, arg.planId);
  const period = resolvePeriod(ctx, plan, arg.periodId);
  const wanted = new Set(arg.taskIds);
  if (wanted.size === 0) return [];
  const reportsByTask = new Map<string, Map<string, ReportFact>>();
  for (const r of readPeriodReports(ctx.db, plan.id, period.id)) {
    if (!wanted.has(r.taskId)) continue;
    const byUnit = reportsByTask.get(r.taskId) ?? new Map<string, ReportFact>();
    byUnit.set(r.departmentId, r);
    reportsByTask.set(r.taskId, byUnit);
  }
  // Unknown ids are simply absent from the answer: a list of a since-deleted task shows no text.
  return readTasks(ctx.db, plan.id)
    .filter((t) => wanted.has(t.id))
    .map((t) => {
      const report = consolidatedReport(t, reportsByTask.get(t.id) ?? new Map());
      return {
        taskId: t.id,
        content: t.content,
        progress: report?.progress ?? '',
        problems: report?.problems ?? '',
        nextSteps: report?.nextSteps ?? '',
      };
    });
};
