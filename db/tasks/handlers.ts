import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { listTasks } from './queries.js';

type TasksHandlers = Pick<ApiHandlers, 'tasks.list'>;

export const createTasksHandlers = ({ db }: BackendContext): TasksHandlers => ({
  'tasks.list': async ({ planId }) => listTasks(db, requirePlanId(db, planId)),
});
