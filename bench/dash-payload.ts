// Issue 18: the size of the dashboard's answer before (the whole summary with every task's texts, plus
// the chase list) and now (figures only), and what a drill-down list's rows cost when a number is clicked.
// Usage: node dist/bench/dash-payload.js DB PERIOD
import { buildChaseList } from '../db/reports/chase.js';
import { buildSummary } from '../db/reports/summary.js';
import { call, openInstallation } from './build.js';
import { median } from './stats.js';

const [dbPath, periodId] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: dash-payload DB [PERIOD]');
const backend = openInstallation(dbPath);
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));
const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const t = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t };
};
try {
  const scope = { periodId };
  // What the dashboard received before issue 18's slim answer: the whole summary and chase list.
  const summary = buildSummary(backend.context, scope);
  const chase = buildChaseList(backend.context, scope);
  const before = bytes({ summary, chase });
  const runs = [];
  for (let i = 0; i < 3; i += 1) runs.push(await timed(() => call(backend, 'reports.dashboard', scope)));
  const after = bytes(runs[0]?.value);
  const redDetails = await timed(() => call(backend, 'reports.drill', { ...scope, filter: { kind: 'light', light: 'red' } }));
  const allDetails = await timed(() => call(backend, 'reports.drill', { ...scope, filter: { kind: 'all' } }));
  const red = redDetails.value;
  console.log(
    JSON.stringify({
      tasks: summary.tasks.length,
      period: summary.period.id,
      beforeBytes: before,
      afterBytes: after,
      dashboardMs: Math.round(median(runs.map((r) => r.ms))),
      dashboardRunsMs: runs.map((r) => Math.round(r.ms)),
      redTasks: red.length,
      redRowsBytes: bytes(redDetails.value),
      redRowsMs: Math.round(redDetails.ms),
      allRowsBytes: bytes(allDetails.value),
      allRowsMs: Math.round(allDetails.ms),
    }),
  );
} finally {
  backend.close();
}
