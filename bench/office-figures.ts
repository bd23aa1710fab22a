// Issue 18: the office-reads figure lines alone (summary, chase and dashboard data against the SQL floor, in
// process, alternating), on a database already built, without the open, backup and export lines around
// them. Usage: node dist/bench/office-figures.js DB [ROUNDS] → one JSON line (medians in ms, ratios).
import { loadavg } from 'node:os';
import { buildChaseList } from '../db/reports/chase.js';
import { buildSummary } from '../db/reports/summary.js';
import { call, openInstallation } from './build.js';
import { alternate, FLOOR_SQL } from './office-reads.js';

const [dbPath, roundsArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: office-figures DB [ROUNDS]');
const rounds = Number(roundsArg ?? 7);
const backend = openInstallation(dbPath);
try {
  const planId = (backend.db.prepare('SELECT id FROM plans WHERE deleted = 0 ORDER BY imported_at LIMIT 1').get() as { id: string }).id;
  const periodId = (await call(backend, 'reports.dashboard', { planId })).summary.period.id;
  const scope = { planId, periodId };
  const floor = (): unknown[] => backend.db.prepare(FLOOR_SQL).all({ plan: planId, period: periodId });
  floor();
  const [summaryMs, sqlFloorMs] = await alternate(rounds, () => buildSummary(backend.context, scope), floor);
  const [chaseMs, floor2] = await alternate(rounds, () => buildChaseList(backend.context, scope), floor);
  const [dashboardMs, floor3] = await alternate(rounds, () => call(backend, 'reports.dashboard', scope), floor);
  const r = (x: number): number => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      period: periodId,
      summaryMs: Math.round(summaryMs),
      chaseMs: Math.round(chaseMs),
      dashboardMs: Math.round(dashboardMs),
      floorsMs: [sqlFloorMs, floor2, floor3].map(Math.round),
      summaryRatio: r(summaryMs / sqlFloorMs),
      chaseRatio: r(chaseMs / floor2),
      dashboardRatio: r(dashboardMs / floor3),
      load: loadavg().map(r),
    }),
  );
} finally {
  backend.close();
}
