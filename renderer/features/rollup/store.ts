// State of 上报与汇总: making the roll-up for the level above (saved like every other export), the list of
// roll-ups this office verified from below, and the one opened read-only with its tasks and figures.
import { create } from 'zustand';
import type { DepartmentRow, TaskRow } from '../../../shared/domain/types';
import type { ChaseList, ReportSummary } from '../../../shared/reports/types';
import type { RollupViewSummary } from '../../../shared/sync/rollup';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

export type OpenedRollup = {
  rollup: RollupViewSummary;
  tasks: TaskRow[];
  departments: DepartmentRow[];
  summary: ReportSummary;
  chase: ChaseList;
};

type RollupState = {
  list: RollupViewSummary[];
  opened: OpenedRollup | null;
  isBusy: boolean;
  error: string | null;
  notice: string | null;
  loadList: () => Promise<void>;
  make: (to: string) => Promise<void>;
  open: (rollup: RollupViewSummary) => Promise<void>;
  choosePeriod: (periodId: string) => Promise<void>;
  close: () => void;
};

export const useRollupStore = create<RollupState>((set, get) => ({
  list: [],
  opened: null,
  isBusy: false,
  error: null,
  notice: null,
  loadList: async () => {
    try {
      set({ list: await invoke('rollups.list', {}) });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  make: async (to) => {
    set({ isBusy: true, error: null, notice: null });
    try {
      const file = await invoke('rollups.make', { to: to.trim() === '' ? undefined : to.trim() });
      const saved = await saveBytes(file.fileName, file.dataBase64 ?? '', 'application/octet-stream');
      const warning =
        file.revokedOriginalCount > 0
          ? `注意:其中 ${file.revokedOriginalCount} 个进度包的签名密钥已在本机吊销(如更换过电脑),包内已注明,上级核验时会拒收整个汇总包。`
          : '';
      set({
        isBusy: false,
        notice: saved === null ? null : `已生成汇总上报包(原样附上 ${file.innerPackageCount} 个部门进度包,本机签名):${saved}。请拷贝给上级办公室。${warning}`,
      });
    } catch (error) {
      set({ isBusy: false, error: errorMessage(error) });
    }
  },
  open: async (rollup) => {
    set({ isBusy: true, error: null, notice: null });
    try {
      const view = rollup.id;
      const periodId = rollup.periodId || undefined;
      const [tasks, departments, summary, chase] = await Promise.all([
        invoke('rollups.tasks', { view }),
        invoke('rollups.departments', { view }),
        invoke('rollups.summary', { view, periodId }),
        invoke('rollups.chase', { view, periodId }),
      ]);
      set({ isBusy: false, opened: { rollup, tasks, departments, summary, chase } });
    } catch (error) {
      set({ isBusy: false, error: errorMessage(error) });
    }
  },
  choosePeriod: async (periodId) => {
    const opened = get().opened;
    if (!opened) return;
    try {
      const view = opened.rollup.id;
      const [summary, chase] = await Promise.all([invoke('rollups.summary', { view, periodId }), invoke('rollups.chase', { view, periodId })]);
      set({ opened: { ...opened, summary, chase } });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  close: () => set({ opened: null, error: null }),
}));
