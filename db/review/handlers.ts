import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { decideReviews, reviewItemDetail } from './decide.js';
import { reviewQueue } from './queue.js';

type ReviewHandlers = Pick<ApiHandlers, 'review.queue' | 'review.item' | 'review.decide'>;

export const createReviewHandlers = (ctx: BackendContext): ReviewHandlers => ({
  'review.queue': async ({ planId, ...filter }) => reviewQueue(ctx, { ...filter, planId: requirePlanId(ctx.db, planId) }),
  'review.item': async (key) => reviewItemDetail(ctx, key),
  'review.decide': async (input) => decideReviews(ctx, input),
});
