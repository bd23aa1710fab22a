import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { addColumn, listColumns, moveColumn, setValue, updateColumn } from './store.js';

type ColumnsHandlers = Pick<ApiHandlers, Extract<keyof ApiHandlers, `columns.${string}`>>;

export const createColumnsHandlers = (ctx: BackendContext): ColumnsHandlers => ({
  'columns.list': async ({ planId }) => listColumns(ctx.db, requirePlanId(ctx.db, planId)),
  'columns.add': async ({ planId, name, kind, choices }) => addColumn(ctx, requirePlanId(ctx.db, planId), { name, kind, choices }),
  'columns.update': async ({ id, ...change }) => updateColumn(ctx, id, change),
  'columns.move': async ({ id, direction }) => moveColumn(ctx, id, direction),
  'columns.setValue': async ({ taskId, columnId, value }) => setValue(ctx, taskId, columnId, value),
});
