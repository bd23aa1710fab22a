// State of the office dashboard: the chosen period, its figures and chase lists, and what was clicked
// (the filter that lists the tasks behind a number).
import { create } from 'zustand';
import type { ChaseList, ReportSummary } from '../../../shared/reports/types';
import type { TaskFilter } from '../../../shared/reports/rules';
import { errorMessage, invoke } from '../../api/client';

export type DrillDown = { title: string; filter: TaskFilter };

type DashboardState = {
  planId: string | undefined;
  periodId: string | null;
  summary: ReportSummary | null;
  chase: ChaseList | null;
  drill: DrillDown | null;
  isLoading: boolean;
  isExporting: boolean;
  error: string | null;
  /** Loads a period's figures; the plan stays the one last asked for unless another is named. */
  load: (scope?: { periodId?: string; planId?: string }) => Promise<void>;
  showTasks: (drill: DrillDown | null) => void;
  exportXlsx: () => Promise<void>;
};

/** Offers bytes as a download: works in the browser host and in Electron's renderer alike. */
const download = (fileName: string, base64: string, mime: string): void => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const useDashboardStore = create<DashboardState>((set, get) => ({
  planId: undefined,
  periodId: null,
  summary: null,
  chase: null,
  drill: null,
  isLoading: false,
  isExporting: false,
  error: null,
  load: async ({ periodId, planId } = {}) => {
    const plan = planId ?? get().planId;
    set({ isLoading: true, error: null, planId: plan });
    try {
      const scope = { planId: plan, periodId };
      const [summary, chase] = await Promise.all([invoke('reports.summary', scope), invoke('reports.chase', scope)]);
      set({ summary, chase, periodId: summary.period.id, isLoading: false, drill: null });
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  showTasks: (drill) => set({ drill }),
  exportXlsx: async () => {
    const { periodId, planId } = get();
    set({ isExporting: true, error: null });
    try {
      const file = await invoke('reports.exportXlsx', { planId, periodId: periodId ?? undefined });
      download(file.fileName, file.dataBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      set({ isExporting: false });
    } catch (error) {
      set({ error: errorMessage(error), isExporting: false });
    }
  },
}));
