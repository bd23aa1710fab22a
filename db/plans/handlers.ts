import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { requireOfficePc } from '../roles.js';
import { importDocument, previewDocument } from './import-document.js';
import { defaultPlanId, listPlans } from './queries.js';
import { renamePlan } from './rename.js';

type PlansHandlers = Pick<ApiHandlers, 'plans.list' | 'plans.preview' | 'plans.import' | 'plans.rename'>;

/** An upper office may hold no plan of its own, only roll-ups from below: say where they are. */
const rollupCount = (db: Db): number => (db.prepare('SELECT COUNT(*) AS n FROM rollup_views').get() as { n: number }).n;
const hasRollups = (db: Db): boolean => rollupCount(db) > 0;

const noPlanMessage = (db: Db): string => {
  const rollups = rollupCount(db);
  return rollups > 0
    ? `本机没有自己的规划;已导入 ${rollups} 份下级汇总,请在“数据交换 → 下级汇总”中只读查看。`
    : '还没有导入任何规划,请先导入规划文件。';
};

/** The plan a call means: the one named, or the first imported; a clear message when there is none. */
export const requirePlanId = (db: Db, planId: string | undefined): string => {
  const id = planId ?? defaultPlanId(db);
  if (!id) throw new ApiError('not_found', noPlanMessage(db), { hasRollups: hasRollups(db) });
  if (planId && !listPlans(db).some((p) => p.id === planId)) throw new ApiError('not_found', `找不到规划 ${planId}`);
  return id;
};

export const createPlansHandlers = (ctx: BackendContext): PlansHandlers => ({
  'plans.list': async () => listPlans(ctx.db),
  'plans.preview': async (arg) => previewDocument(ctx, arg),
  'plans.import': async (arg) => {
    // A department's plan arrives signed from the office (its setup and plan-update packages).
    requireOfficePc(ctx, '导入规划');
    return importDocument(ctx, arg);
  },
  'plans.rename': async ({ planId, title }) => renamePlan(ctx, planId, title),
});
