import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { lifecycleQueue, taskLifecycle } from './read.js';
import { createRequest, decideRequest, reopenTask } from './write.js';

type LifecycleHandlers = Pick<ApiHandlers, 'lifecycle.task' | 'lifecycle.request' | 'lifecycle.queue' | 'lifecycle.decide' | 'lifecycle.reopen'>;

export const createLifecycleHandlers = (ctx: BackendContext): LifecycleHandlers => ({
  'lifecycle.task': async ({ taskId, departmentId }) => taskLifecycle(ctx, taskId, departmentId),
  'lifecycle.request': async (input) => createRequest(ctx, input),
  'lifecycle.queue': async ({ planId, state }) => lifecycleQueue(ctx, requirePlanId(ctx.db, planId), state),
  'lifecycle.decide': async (input) => decideRequest(ctx, input),
  'lifecycle.reopen': async (input) => reopenTask(ctx, input),
});
