// State of the office dashboard: the chosen period, its figures and chase lists, and what was clicked
// (the filter that lists the tasks behind a number).
import { create } from 'zustand';
import type { DashboardChase, DashboardSummary, DrillRow } from '../../../shared/reports/types';
import type { TaskFilter } from '../../../shared/reports/rules';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

export type DrillDown = { title: string; filter: TaskFilter };

type DashboardState = {
  planId: string | undefined;
  periodId: string | null;
  summary: DashboardSummary | null;
  chase: DashboardChase | null;
  drill: DrillDown | null;
  /** The clicked number's tasks (reports.drill); null while they are being read. */
  drillRows: DrillRow[] | null;
  isLoading: boolean;
  isExporting: boolean;
  error: string | null;
  /** Where the last export went (已保存到 …), shown until the next load. */
  notice: string | null;
  /** Loads a period's figures; the plan stays the one last asked for unless another is named. */
  load: (scope?: { periodId?: string; planId?: string }) => Promise<void>;
  /** Opens the list behind a number and reads its tasks; null closes it. */
  showTasks: (drill: DrillDown | null) => Promise<void>;
  exportXlsx: () => Promise<void>;
};

export const useDashboardStore = create<DashboardState>((set, get) => ({
  planId: undefined,
  periodId: null,
  summary: null,
  chase: null,
  drill: null,
  drillRows: null,
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
      set({ summary, chase, periodId: summary.period.id, isLoading: false, drill: null, drillRows: null });
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  showTasks: async (drill) => {
    const { summary } = get();
    set({ drill, drillRows: null });
    if (!drill || !summary) return;
    try {
      const rows = await invoke('reports.drill', { planId: summary.plan.id, periodId: summary.period.id, filter: drill.filter });
      // Another number clicked (or another period chosen) meanwhile: these rows belong to the old one.
      if (get().drill !== drill || get().summary !== summary) return;
      set({ drillRows: rows });
    } catch (error) {
      if (get().drill === drill) set({ error: errorMessage(error), drill: null });
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
