// plans.rename: the office names a plan itself. The name is a synced column of the plan's row, so the
// change travels to the departments with the next plan update like any other change to the plan.
import { ApiError } from '../../shared/api/errors.js';
import type { PlanSummary } from '../../shared/domain/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { requireOfficePc } from '../roles.js';
import { updateSynced } from '../sync/synced-write.js';
import { listPlans } from './queries.js';

export const renamePlan = (ctx: BackendContext, planId: string, title: string): PlanSummary => {
  requireOfficePc(ctx, '修改规划名称');
  const { db, identity } = ctx;
  db.transaction(() => {
    const row = prepared(db, 'SELECT id FROM plans WHERE id = ? AND deleted = 0').get(planId);
    if (!row) throw new ApiError('not_found', '找不到这个规划,可能已被删除。');
    updateSynced(db, identity.originId, 'plans', planId, { id: planId }, { title });
  })();
  const plan = listPlans(db).find((p) => p.id === planId);
  if (!plan) throw new ApiError('not_found', '找不到这个规划,可能已被删除。');
  return plan;
};
