// State of the office dashboard: the chosen period, its figures and chase lists, and what was clicked
// (the filter that lists the tasks behind a number).
import { create } from 'zustand';
import type { ChaseList, DashboardSummary, TaskDetails } from '../../../shared/reports/types';
import type { TaskFilter } from '../../../shared/reports/rules';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

export type DrillDown = { title: string; filter: TaskFilter };

type DashboardState = {
  planId: string | undefined;
  periodId: string | null;
  summary: DashboardSummary | null;
  chase: ChaseList | null;
  /** Long texts of tasks a drill-down list has shown, by task id (the summary leaves them out). */
  details: Record<string, TaskDetails>;
  drill: DrillDown | null;
  isLoading: boolean;
  isExporting: boolean;
  error: string | null;
  /** Where the last export went (已保存到 …), shown until the next load. */
  notice: string | null;
  /** Loads a period's figures; the plan stays the one last asked for unless another is named. */
  load: (scope?: { periodId?: string; planId?: string }) => Promise<void>;
  showTasks: (drill: DrillDown | null) => void;
  /** Fetches the texts of the listed tasks not fetched yet for this period. */
  loadDetails: (taskIds: string[]) => Promise<void>;
  exportXlsx: () => Promise<void>;
};

export const useDashboardStore = create<DashboardState>((set, get) => ({
  planId: undefined,
  periodId: null,
  summary: null,
  chase: null,
  details: {},
  drill: null,
  isLoading: false,
  isExporting: false,
  error: null,
  notice: null,
  load: async ({ periodId, planId } = {}) => {
    const plan = planId ?? get().planId;
    set({ isLoading: true, error: null, notice: null, planId: plan });
    try {
      const scope = { planId: plan, periodId };
      // One call: the summary and the chase list are built from one read of the period.
      const { summary, chase } = await invoke('reports.dashboard', scope);
      set({ summary, chase, details: {}, periodId: summary.period.id, isLoading: false, drill: null });
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  showTasks: (drill) => set({ drill }),
  loadDetails: async (taskIds) => {
    const { summary, details } = get();
    const missing = taskIds.filter((id) => details[id] === undefined);
    if (!summary || missing.length === 0) return;
    try {
      const fetched = await invoke('reports.taskDetails', { planId: summary.plan.id, periodId: summary.period.id, taskIds: missing });
      // A period chosen meanwhile replaced the summary: these texts belong to the old one.
      if (get().summary !== summary) return;
      // Ids with no answer (deleted since) get empty texts, so the list does not ask for them again.
      const empty = missing.map((taskId): [string, TaskDetails] => [taskId, { taskId, content: '', progress: '', problems: '', nextSteps: '' }]);
      set({ details: { ...get().details, ...Object.fromEntries([...empty, ...fetched.map((d): [string, TaskDetails] => [d.taskId, d])]) } });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  exportXlsx: async () => {
    const { periodId, planId } = get();
    set({ isExporting: true, error: null, notice: null });
    try {
      const file = await invoke('reports.exportXlsx', { planId, periodId: periodId ?? undefined });
      const notice = await saveBytes(file.fileName, file.dataBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      set({ isExporting: false, notice });
    } catch (error) {
      set({ error: errorMessage(error), isExporting: false });
    }
  },
}));
