// workbench.*: the department workbench's local settings and its list of my tasks.
import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { boundUnit } from './authorship.js';
import { requireDepartment } from './lookup.js';
import { myTasks } from './my-tasks.js';
import { readSettings, writeSettings } from './settings.js';

type WorkbenchMethod = Extract<keyof ApiHandlers, `workbench.${string}`>;

export const createWorkbenchHandlers = (ctx: BackendContext): Pick<ApiHandlers, WorkbenchMethod> => ({
  // A department PC's 本单位 is the unit its setup package named, whatever was chosen before.
  'workbench.settings': async () => ({ ...readSettings(ctx.db), departmentId: boundUnit(ctx) ?? readSettings(ctx.db).departmentId }),
  'workbench.updateSettings': async (patch) => {
    const bound = boundUnit(ctx);
    if (bound !== null && patch.departmentId && patch.departmentId !== bound)
      throw new ApiError('refused', '本机的本单位由牵头办公室的初始化包设定,不能切换到其他单位');
    if (patch.departmentId) requireDepartment(ctx.db, patch.departmentId);
    writeSettings(ctx.db, patch);
    return readSettings(ctx.db);
  },
  'workbench.myTasks': async (arg) => myTasks(ctx, arg),
});
