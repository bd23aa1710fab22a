// What a fill-in sheet is about: one unit, one plan, one period, and the unit's tasks (those it leads
// or joins, through a group too: the same list as workbench.myTasks) with this period's report state
// and what the form would open with (the draft, else the submitted report, else empty).
import { ApiError } from '../../shared/api/errors.js';
import type { Role } from '../../shared/domain/types.js';
import type { Cadence, Period } from '../../shared/progress/periods.js';
import { isEditable, type ReportState } from '../../shared/progress/report-status.js';
import { emptyDraft, type ReportDraft, type ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { requirePlanId } from '../plans/handlers.js';
import { prepared } from '../statements.js';
import { currentPeriod, requireDepartment, requirePeriod } from './lookup.js';
import { myTasks } from './my-tasks.js';
import { draftOfReport, readDraft, readReport, readReportAttachments, stateOfReport } from './report-read.js';
import { readSettings } from './settings.js';

export type SheetTask = {
  taskId: string;
  code: string;
  title: string;
  role: Role;
  viaGroup: string | null;
  deadline: string | null;
  deadlineText: string;
  state: ReportState;
  isEditable: boolean;
  /** What the report form would open with; the sheet's values are compared with it. */
  base: ReportDraft;
};

export type SheetScope = {
  department: { id: string; name: string };
  plan: { id: string; title: string; cadence: Cadence };
  period: Period;
  tasks: SheetTask[];
};

export const resolveDepartmentId = (ctx: BackendContext, departmentId: string | undefined): string => {
  const id = departmentId ?? readSettings(ctx.db).departmentId;
  if (!id) throw new ApiError('bad_input', '请先选择本单位');
  return requireDepartment(ctx.db, id).id;
};

export const planOf = (ctx: BackendContext, planId: string | undefined): { id: string; title: string; cadence: Cadence } => {
  const id = requirePlanId(ctx.db, planId);
  return prepared(ctx.db, 'SELECT id, title, cadence FROM plans WHERE id = ?').get(id) as { id: string; title: string; cadence: Cadence };
};

const baseOf = (ctx: BackendContext, key: ReportKey): ReportDraft => {
  const draft = readDraft(ctx.db, key);
  if (draft) return draft.draft;
  const report = readReport(ctx.db, key);
  return report ? draftOfReport(report, readReportAttachments(ctx.db, key)) : emptyDraft();
};

export const sheetScope = (ctx: BackendContext, arg: { departmentId?: string; planId?: string; periodId?: string }): SheetScope => {
  const departmentId = resolveDepartmentId(ctx, arg.departmentId);
  const plan = planOf(ctx, arg.planId);
  const period = arg.periodId ? requirePeriod(ctx, plan, arg.periodId) : currentPeriod(ctx, plan.cadence);
  const list = myTasks(ctx, { departmentId, planId: plan.id });
  const tasks = list.rows.map((row): SheetTask => {
    const key: ReportKey = { taskId: row.taskId, departmentId, periodId: period.id };
    const state = stateOfReport(ctx.db, key);
    return {
      taskId: row.taskId,
      code: row.code,
      title: row.title,
      role: row.role,
      viaGroup: row.viaGroup,
      deadline: row.deadline,
      deadlineText: row.deadlineText,
      state,
      isEditable: isEditable(state),
      base: baseOf(ctx, key),
    };
  });
  return { department: list.department, plan, period, tasks };
};
