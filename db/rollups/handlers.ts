import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { listDepartments } from '../departments/directory.js';
import { defaultPlanId } from '../plans/queries.js';
import { requirePlanId } from '../plans/handlers.js';
import { buildChaseList } from '../reports/chase.js';
import { buildSummary } from '../reports/summary.js';
import { exportRollup, revokedOriginalCount } from '../sync/rollup.js';
import { listTasks } from '../tasks/queries.js';
import { listRollupViews, withRollupView } from './views.js';

type RollupsMethod = Extract<keyof ApiHandlers, `rollups.${string}`>;

/** The view's own plan: a roll-up carries one lower office's plan, read with the same queries as ours. */
const viewPlan = (view: BackendContext): string => requirePlanId(view.db, undefined);

export const createRollupsHandlers = (ctx: BackendContext): Pick<ApiHandlers, RollupsMethod> => ({
  'rollups.make': async ({ to, out }) => {
    if (out !== undefined) return { ...exportRollup(ctx, out, to ?? null), revokedOriginalCount: revokedOriginalCount(ctx.db) };
    // Without `out`: made in a private temporary folder and handed back as bytes, so the app saves it through
    // the same path as every other export (the desktop save dialog, a download in the browser).
    const dir = mkdtempSync(join(tmpdir(), 'duban-rollup-'));
    try {
      const result = exportRollup(ctx, dir + '/', to ?? null);
      return { ...result, path: '', dataBase64: readFileSync(result.path).toString('base64'), revokedOriginalCount: revokedOriginalCount(ctx.db) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  'rollups.list': async () => listRollupViews(ctx.db),
  'rollups.tasks': async ({ view }) => withRollupView(ctx, view, (v) => listTasks(v.db, viewPlan(v))),
  'rollups.departments': async ({ view }) => withRollupView(ctx, view, (v) => listDepartments(v.db, defaultPlanId(v.db))),
  'rollups.summary': async ({ view, periodId }) => withRollupView(ctx, view, (v) => buildSummary(v, { planId: viewPlan(v), periodId })),
  'rollups.chase': async ({ view, periodId }) => withRollupView(ctx, view, (v) => buildChaseList(v, { planId: viewPlan(v), periodId })),
});
