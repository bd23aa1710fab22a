// The tasks behind a clicked number (issue 18). The dashboard's answer carries the figures only; a click
// asks for its rows here, built from the same facts as the figures (judged as the summary is) and filtered
// by the same rule the number was counted with (matchesFilter), so a list holds exactly the tasks its
// number counts.
//
// The facts are the dashboard's own build when nothing has changed since (facts-cache.ts): a click on a
// number rebuilt the whole period (~0.2 s at province scale, more under load) to list a few rows. That build
// reads no report texts, so the one text a row shows, the 存在问题 of the report that stands for the task,
// is read for the listed rows only, by primary key.
import { matchesFilter, type TaskFilter } from '../../shared/reports/rules.js';
import type { DrillRow } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { sharedPeriodFacts } from './facts-cache.js';

const PROBLEMS_SQL = 'SELECT problems FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0';

export const readDrillRows = (ctx: BackendContext, arg: { planId?: string; periodId?: string; filter: TaskFilter }): DrillRow[] => {
  const facts = sharedPeriodFacts(ctx, { planId: arg.planId, periodId: arg.periodId, withTexts: false });
  const problemsOf = prepared(ctx.db, PROBLEMS_SQL);
  return facts.details
    .filter(({ figure }) => matchesFilter(figure, arg.filter))
    .map(({ figure: { content: _c, progress: _p, nextSteps: _n, problems: _q, ...row }, reportedFrom }) => {
      const found = reportedFrom === null ? undefined : (problemsOf.get(row.taskId, reportedFrom, facts.period.id) as { problems: string } | undefined);
      return { ...row, problems: found?.problems ?? '' };
    });
};
