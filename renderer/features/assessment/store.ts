// 年度考核: the chosen year's table, the office's rules for it (edited in place), what was clicked (the
// tasks and reports behind a number) and the Excel export.
import { create } from 'zustand';
import type { Assessment, AssessmentComponentKey, AssessmentRules } from '../../../shared/assessment/types';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

/** A clicked number: one component of one unit, or all of a unit's (its total). */
export type AssessmentDrill = { departmentId: string; key: AssessmentComponentKey | 'all' };

type AssessmentState = {
  planId: string | undefined;
  assessment: Assessment | null;
  drill: AssessmentDrill | null;
  isLoading: boolean;
  isExporting: boolean;
  error: string | null;
  notice: string | null;
  load: (scope: { planId?: string; year?: number }) => Promise<void>;
  showDrill: (drill: AssessmentDrill | null) => void;
  saveRules: (rules: AssessmentRules) => Promise<boolean>;
  resetRules: () => Promise<void>;
  exportXlsx: () => Promise<void>;
};

export const useAssessmentStore = create<AssessmentState>((set, get) => ({
  planId: undefined,
  assessment: null,
  drill: null,
  isLoading: false,
  isExporting: false,
  error: null,
  notice: null,
  load: async ({ planId, year }) => {
    set({ isLoading: true, error: null, planId });
    try {
      const assessment = await invoke('assessment.build', { planId, year });
      set({ assessment, isLoading: false, drill: null });
    } catch (e) {
      set({ error: errorMessage(e), isLoading: false });
    }
  },
  showDrill: (drill) => set({ drill }),
  saveRules: async (rules) => {
    const { planId, assessment } = get();
    if (!assessment) return false;
    try {
      await invoke('assessment.saveRules', { planId, year: assessment.year, rules });
      set({ notice: `已保存${assessment.year}年度的考核规则` });
      await get().load({ planId, year: assessment.year });
      return true;
    } catch (e) {
      set({ error: errorMessage(e) });
      return false;
    }
  },
  resetRules: async () => {
    const { planId, assessment } = get();
    if (!assessment) return;
    try {
      await invoke('assessment.resetRules', { planId, year: assessment.year });
      set({ notice: `${assessment.year}年度已恢复默认考核规则` });
      await get().load({ planId, year: assessment.year });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
  exportXlsx: async () => {
    const { planId, assessment } = get();
    set({ isExporting: true, error: null, notice: null });
    try {
      const file = await invoke('assessment.exportXlsx', { planId, year: assessment?.year });
      const notice = await saveBytes(file.fileName, file.dataBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      set({ isExporting: false, notice });
    } catch (e) {
      set({ error: errorMessage(e), isExporting: false });
    }
  },
}));
