// The summary and the chase list as tests read them, through the dashboard (issue 18: reports.summary and
// reports.chase left the contract; the dashboard, the CLI and the screen count with one code path). The
// dashboard's answer carries no task rows: the tasks come from reports.drill (all of them; a unit's owed
// ones for the chase list's taskIds), exactly as a person reaches them by clicking a number.
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import type { ChaseDepartment, DashboardChase, DashboardSummary, DrillRow } from '../../shared/reports/types.js';

type Invoke = <M extends ApiMethod>(method: M, arg: ApiArg<M>) => Promise<ApiResult<M>>;
type Scope = { planId?: string; periodId?: string };
type Backendish = { [M in 'reports.dashboard' | 'reports.drill']: (arg: ApiArg<M>) => Promise<ApiResult<M>> };

const invokerOf = (b: Backendish | Invoke): Invoke =>
  typeof b === 'function' ? b : ((method, arg) => (b[method as 'reports.dashboard'] as (a: unknown) => Promise<unknown>)(arg)) as Invoke;

export type SummaryRead = Omit<DashboardSummary, 'deadlineCounts'> & { tasks: DrillRow[] };
export type ChaseRead = Omit<DashboardChase, 'departments'> & { departments: ChaseDepartment[] };

const withoutDeadlineCounts = ({ deadlineCounts: _d, ...summary }: DashboardSummary): Omit<DashboardSummary, 'deadlineCounts'> => summary;

/** The dashboard's figures and every task behind its 任务总数 card. */
export const readSummary = async (b: Backendish | Invoke, scope: Scope): Promise<SummaryRead> => {
  const invoke = invokerOf(b);
  const summary = withoutDeadlineCounts((await invoke('reports.dashboard', scope)).summary);
  const tasks = await invoke('reports.drill', { ...scope, filter: { kind: 'all' } });
  return { ...summary, tasks };
};

/** The dashboard's 催报催办, each owing unit with the tasks it owes on (its 未报 number clicked). */
export const readChase = async (b: Backendish | Invoke, scope: Scope): Promise<ChaseRead> => {
  const invoke = invokerOf(b);
  const { chase } = await invoke('reports.dashboard', scope);
  const departments: ChaseDepartment[] = [];
  for (const d of chase.departments) {
    const rows = await invoke('reports.drill', { ...scope, filter: { kind: 'missing', departmentId: d.departmentId } });
    departments.push({ ...d, taskIds: rows.map((r) => r.taskId) });
  }
  return { ...chase, departments };
};
