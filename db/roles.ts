// Office work refused on a department PC, by the backend and not only by hiding buttons: the CLI and the
// local host call the same methods, and a department PC that imported a plan or renamed a unit would
// write what only the office owns (sync.md: the office is the single writer of plans and the directory).
// The role is read from the database on every call (readSelf): the first-run wizard sets it during a session.
import { ApiError } from '../shared/api/errors.js';
import type { BackendContext } from './context.js';
import { readSelf } from './sync/state.js';

/** `action` is what was tried, in Chinese, e.g. 导入规划; `message` replaces the standard wording where a screen words it its own way. */
export const requireOfficePc = (ctx: BackendContext, action: string, message?: string): void => {
  const self = readSelf(ctx.db, ctx.identity);
  if (self.role !== 'office') throw new ApiError('refused', message ?? `${action}由牵头办公室进行;本机是${self.name}的部门端电脑,不能${action}`);
};
