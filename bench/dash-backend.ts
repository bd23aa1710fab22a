// Issue 18: the dashboard's backend cost alone, in-process, on a database already built: reports.dashboard,
// then notices.drafts for the same plan and period (as the dashboard screen asks them, one after the
// other), against the plain SQL floor of office-reads. For profiling with `node --cpu-prof`.
// Usage: node dist/bench/dash-backend.js DB [PERIOD] [ROUNDS]  → one JSON line of medians (ms).
import { loadavg } from 'node:os';
import { call, openInstallation } from './build.js';
import { median } from './stats.js';

const [dbPath, periodArg, roundsArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: dash-backend DB [PERIOD] [ROUNDS]');
const rounds = Number(roundsArg ?? 7);
const backend = openInstallation(dbPath);
const timed = async (run: () => unknown): Promise<number> => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};
try {
  const planId = (backend.db.prepare('SELECT id FROM plans WHERE deleted = 0 ORDER BY imported_at LIMIT 1').get() as { id: string }).id;
  const scope = { planId, ...(periodArg && periodArg !== '-' ? { periodId: periodArg } : {}) };
  const first = await call(backend, 'reports.dashboard', scope);
  await call(backend, 'notices.drafts', scope);
  const dashboard: number[] = [];
  const drafts: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    dashboard.push(await timed(() => call(backend, 'reports.dashboard', scope)));
    drafts.push(await timed(() => call(backend, 'notices.drafts', scope)));
  }
  console.log(
    JSON.stringify({
      tasks: first.summary.taskCount,
      period: first.summary.period.id,
      dashboardMs: Math.round(median(dashboard)),
      draftsAfterDashboardMs: Math.round(median(drafts)),
      runs: { dashboard: dashboard.map(Math.round), drafts: drafts.map(Math.round) },
      load: loadavg().map((x) => Math.round(x * 100) / 100),
    }),
  );
} finally {
  backend.close();
}
