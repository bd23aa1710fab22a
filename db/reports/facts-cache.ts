// One build of a period's per-task figures per request window (issue 18): the dashboard builds them for its
// figures, and the notice panel below it asks for the same plan and period right after (notices.drafts),
// which rebuilt everything (~0.5 s at 10,000 tasks). The dashboard keeps its last build here and the later
// readers take it when nothing in the database can have changed since.
//
// Why this is safe: the figures are a function of the database's content, the plan and period asked, the
// texts read or not, and the day they are judged at (the injected clock's day). The key holds all of them;
// the content is stood for by two counters SQLite keeps for this connection:
//  - total_changes(): every row inserted, updated or deleted through this connection since it opened
//    (triggers' rows and a whole-table DELETE included), so any write of the app itself moves it;
//  - PRAGMA data_version: moves when another connection (the maintenance worker, a CLI command or a second
//    host on the same file) commits a change.
// A write that is rolled back also moves total_changes (the cache is then merely rebuilt). A build made inside
// an open transaction could see rows a rollback removes without moving the counters back, so nothing is
// cached or taken from the cache while a transaction is open. Only the last build is kept per connection, so
// memory stays at one period's figures; a closed connection's entry goes with it (WeakMap).
import { dayOf, type Day } from '../../shared/progress/days.js';
import type { Period } from '../../shared/progress/periods.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { readPlan, type PlanFact } from './facts.js';
import { judgedAt, periodFacts, periodFactsBoth, readPeriodInputOf, resolvePeriod, type PeriodFacts } from './summary.js';

type Entry = { key: string; facts: PeriodFacts };

// The last build's entries (two when the dashboard judged a past period both at its end and today).
const last = new WeakMap<Db, Entry[]>();

const stateOf = (db: Db): string => {
  const changes = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
};

export type FactsRequest = { planId?: string; periodId?: string; withTexts: boolean };

type Resolved = { plan: PlanFact; period: Period; today: Day; state: string | null };

const resolve = (ctx: BackendContext, req: FactsRequest): Resolved => {
  const plan = readPlan(ctx.db, req.planId);
  const period = resolvePeriod(ctx, plan, req.periodId);
  // Nothing is cached or taken while a transaction is open (see the top of the file).
  return { plan, period, today: dayOf(ctx.clock()), state: ctx.db.inTransaction ? null : stateOf(ctx.db) };
};

const keyOf = (r: Resolved, withTexts: boolean, judgedDay: Day): string =>
  [r.plan.id, r.period.id, r.period.due, r.today, judgedDay, withTexts ? 'texts' : 'figures', r.state].join('|');

const remember = (ctx: BackendContext, r: Resolved, withTexts: boolean, built: PeriodFacts[]): void => {
  if (r.state === null) return;
  last.set(ctx.db, built.map((facts) => ({ key: keyOf(r, withTexts, facts.asOf), facts })));
};

/**
 * The dashboard's build: one read, the figures judged at the period's end (summary) and today (chase lists;
 * the same build while the period runs), built anew (a click pays this) and kept for the readers after it.
 */
export const buildFactsBoth = (ctx: BackendContext, req: FactsRequest): { summary: PeriodFacts; chase: PeriodFacts } => {
  const r = resolve(ctx, req);
  const both = periodFactsBoth(readPeriodInputOf(ctx, r.plan, r.period, r.today, req.withTexts));
  remember(ctx, r, req.withTexts, both.summary === both.chase ? [both.summary] : [both.summary, both.chase]);
  return both;
};

/** A period's facts for a reader that follows the dashboard: its build when the key still holds, else built anew. */
export const sharedPeriodFacts = (ctx: BackendContext, req: FactsRequest, at?: 'today'): PeriodFacts => {
  const r = resolve(ctx, req);
  if (r.state !== null) {
    const key = keyOf(r, req.withTexts, judgedAt(r.today, r.period, at));
    const hit = last.get(ctx.db)?.find((e) => e.key === key);
    if (hit) return hit.facts;
  }
  const facts = periodFacts(readPeriodInputOf(ctx, r.plan, r.period, r.today, req.withTexts), at);
  remember(ctx, r, req.withTexts, [facts]);
  return facts;
};

/** For the bench and tests: the next reader builds anew, as after a write. */
export const forgetSharedFacts = (db: Db): void => {
  last.delete(db);
};
