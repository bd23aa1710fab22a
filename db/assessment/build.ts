// The year's 考核 table: the units' tallies scored by the office's rules for the plan and year, ranked.
import { ApiError } from '../../shared/api/errors.js';
import { rankScores, scoreOf, type AssessmentCounts } from '../../shared/assessment/score.js';
import type { Assessment, AssessmentComponent, AssessmentComponentKey, AssessmentRules } from '../../shared/assessment/types.js';
import { dayOf, dayParts } from '../../shared/progress/days.js';
import { periodsBetween } from '../../shared/progress/periods.js';
import type { BackendContext } from '../context.js';
import { readSettings } from '../progress/settings.js';
import { readPlan, readTasks } from '../reports/facts.js';
import { readReportSettings } from '../reports/office.js';
import { readDelayFacts } from './delays.js';
import { readRules } from './rules-store.js';
import { tallyUnits, type UnitTally } from './tally.js';

const KEYS: AssessmentComponentKey[] = ['onTime', 'completion', 'returns', 'overdue', 'approvedDelays', 'unapprovedDelays'];

const countsOf = (t: UnitTally): AssessmentCounts => ({
  expectedReports: t.items.onTime.length,
  onTimeReports: t.items.onTime.filter((i) => i.counts).length,
  leadTasksDue: t.items.completion.length,
  leadTasksDone: t.items.completion.filter((i) => i.counts).length,
  returns: t.items.returns.length,
  overdue: t.items.overdue.length,
  approvedDelays: t.items.approvedDelays.length,
  unapprovedDelays: t.items.unapprovedDelays.length,
});

const componentsOf = (t: UnitTally, rules: AssessmentRules): { score: number; components: AssessmentComponent[] } => {
  const parts = scoreOf(rules, countsOf(t));
  const components = KEYS.map((key): AssessmentComponent => {
    const items = t.items[key];
    const isShare = key === 'onTime' || key === 'completion';
    return { key, count: items.filter((i) => i.counts).length, of: isShare ? items.length : null, points: parts[key], items };
  });
  return { score: parts.total, components };
};

export const resolveYear = (ctx: BackendContext, year: number | undefined): number => year ?? dayParts(dayOf(ctx.clock())).year;

export const buildAssessment = (ctx: BackendContext, arg: { planId?: string; year?: number }): Assessment => {
  const plan = readPlan(ctx.db, arg.planId);
  const today = dayOf(ctx.clock());
  const year = resolveYear(ctx, arg.year);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  if (today < yearStart) throw new ApiError('bad_input', `${year}年尚未开始,无法考核`);
  const asOf = today < yearEnd ? today : yearEnd;
  const planStart = dayOf(new Date(plan.importedAt));
  const offset = readSettings(ctx.db).dueOffsetDays;
  // A period counts once its reports are due, even when that day falls in the next year (第四季度).
  const periods = periodsBetween(planStart > yearStart ? planStart : yearStart, yearEnd, plan.cadence, offset).filter((p) => p.year === year && p.due <= today);
  const tasks = readTasks(ctx.db, plan.id);
  const delays = readDelayFacts(ctx.db, plan.id, tasks);
  const { rules, isDefault } = readRules(ctx.db, plan.id, year);
  const tallies = tallyUnits({ ctx, plan, tasks, periods, year, asOf, delays });
  const rows = rankScores(tallies.map((t) => ({ departmentId: t.departmentId, name: t.name, ...componentsOf(t, rules) })));
  return {
    plan: { id: plan.id, title: plan.title },
    year,
    asOf,
    periods: periods.map((p) => ({ id: p.id, label: p.label })),
    rules,
    isDefaultRules: isDefault,
    hasDelayData: delays.hasDelayData,
    officeName: readReportSettings(ctx.db).officeName,
    rows,
  };
};
