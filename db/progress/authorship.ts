// Who may write a unit's report on this PC. A department PC is bound to its unit by its setup package
// and writes only that unit's reports. An office PC writes a unit's report only as an explicit 代填
// (for a unit without Duban), recorded with the office as its author, and never over a report the
// unit submitted itself: the office returns that one instead. The demo (npm start) lets one person
// try every role, so it allows both.
import { ApiError } from '../../shared/api/errors.js';
import type { BackendContext } from '../context.js';
import { readMeta } from '../meta.js';
import { prepared } from '../statements.js';
import { departmentName, officePeer, readSelf } from '../sync/state.js';

export type ReportKeyLike = { taskId: string; departmentId: string; periodId: string };

/**
 * The demo: an office database that never went through the first-run wizard (`npm start`, the CLI on a
 * fresh folder, older databases). One person tries every role there; an installed copy's wizard sets
 * first_run, and from then on the roles hold.
 */
export const isDemo = (ctx: BackendContext): boolean => readMeta(ctx.db, 'first_run') === undefined && readSelf(ctx.db, ctx.identity).role === 'office';

/** The unit a department PC is bound to, or null on an office PC. */
export const boundUnit = (ctx: BackendContext): string | null => {
  const self = readSelf(ctx.db, ctx.identity);
  return self.role === 'department' ? self.departmentId : null;
};

/** The origins that count as the office on this PC: itself when it is the office, else the pinned office key. */
export const officeOrigins = (ctx: BackendContext): Set<string> => {
  const self = readSelf(ctx.db, ctx.identity);
  const office = self.role === 'office' ? self.originId : officePeer(ctx.db)?.origin_id;
  return new Set(office ? [office] : []);
};

export const checkAuthor = (ctx: BackendContext, key: ReportKeyLike, isProxy: boolean): void => {
  const self = readSelf(ctx.db, ctx.identity);
  if (self.role === 'department') {
    if (self.departmentId !== null && key.departmentId !== self.departmentId)
      throw new ApiError('refused', `本机是${self.name}的电脑(由初始化包设定),不能为${departmentName(ctx.db, key.departmentId)}填报`);
    return;
  }
  if (isDemo(ctx)) return;
  const unit = departmentName(ctx.db, key.departmentId);
  if (!isProxy) throw new ApiError('refused', `牵头办公室不直接修改${unit}的填报;如需替没有督办的单位录入,请用「代填」`);
  const current = prepared(ctx.db, 'SELECT origin_id FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0').get(
    key.taskId,
    key.departmentId,
    key.periodId,
  ) as { origin_id: string } | undefined;
  if (current && current.origin_id !== self.originId)
    throw new ApiError('refused', `这份填报由${unit}自己报送,办公室不能代为修改;如有问题请在审核中退回,由${unit}修改后重新报送`);
};
