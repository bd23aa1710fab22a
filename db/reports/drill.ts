// The tasks behind a clicked number (issue 18). The dashboard's answer carries the figures only; a click
// asks for its rows here, built from the same facts as the figures (periodFacts, judged as the summary
// is) and filtered by the same rule the number was counted with (matchesFilter), so a list holds exactly
// the tasks its number counts.
import { matchesFilter, type TaskFilter } from '../../shared/reports/rules.js';
import type { DrillRow } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { loadPeriodFacts } from './summary.js';

export const readDrillRows = (ctx: BackendContext, arg: { planId?: string; periodId?: string; filter: TaskFilter }): DrillRow[] =>
  loadPeriodFacts(ctx, arg)
    .details.filter(({ figure }) => matchesFilter(figure, arg.filter))
    .map(({ figure: { content: _c, progress: _p, nextSteps: _n, ...row } }) => row);
