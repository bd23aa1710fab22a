// Issue 18: "flat as history grows". The same plan and period read from the five-year file and the ten-year
// one, alternately in one window: the summary, the chase list and the dashboard data. Timing the two files
// minutes apart (each within its own size's lines) compared two states of a shared machine as much as two
// histories: one such run had the SQL floor itself 1.66× slower on the second file.
import type { Backend } from '../db/backend.js';
import { buildChaseList } from '../db/reports/chase.js';
import { buildSummary } from '../db/reports/summary.js';
import { call } from './build.js';
import { alternate, openDeferred } from './office-reads.js';

export type HistoryGrowth = { summary: number; chase: number; dashboard: number };

const scopeOf = (backend: Backend, periodId: string): { planId: string; periodId: string } => ({
  planId: (backend.db.prepare('SELECT id FROM plans WHERE deleted = 0 ORDER BY imported_at LIMIT 1').get() as { id: string }).id,
  periodId,
});

/** Ten-year time over five-year time for each read, medians of `rounds` alternating pairs. */
export const measureHistoryGrowth = async (fiveYears: string, tenYears: string, periodId: string, rounds = 7): Promise<HistoryGrowth> => {
  const five = openDeferred(fiveYears);
  const ten = openDeferred(tenYears);
  try {
    const a = scopeOf(five, periodId);
    const b = scopeOf(ten, periodId);
    // Statements prepared on both, as in a running app.
    await call(five, 'reports.dashboard', a);
    await call(ten, 'reports.dashboard', b);
    const ratio = async (run: (backend: Backend, scope: typeof a) => unknown): Promise<number> => {
      const [tenMs, fiveMs] = await alternate(rounds, () => run(ten, b), () => run(five, a));
      return tenMs / fiveMs;
    };
    return {
      summary: await ratio((backend, scope) => buildSummary(backend.context, scope)),
      chase: await ratio((backend, scope) => buildChaseList(backend.context, scope)),
      dashboard: await ratio((backend, scope) => call(backend, 'reports.dashboard', scope)),
    };
  } finally {
    five.close();
    ten.close();
  }
};
