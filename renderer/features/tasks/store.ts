// State of the plan screen: the plan, its tasks, the directory, and the chosen department.
import { create } from 'zustand';
import type { DepartmentRow, DepartmentTasks, PlanSummary, TaskRow } from '../../../shared/domain/types';
import { errorMessage, invoke } from '../../api/client';

type PlanState = {
  plan: PlanSummary | null;
  tasks: TaskRow[];
  departments: DepartmentRow[];
  selected: DepartmentTasks | null;
  isLoading: boolean;
  error: string | null;
  load: () => Promise<void>;
  selectDepartment: (departmentId: string | null) => Promise<void>;
};

export const usePlanStore = create<PlanState>((set, get) => ({
  plan: null,
  tasks: [],
  departments: [],
  selected: null,
  isLoading: false,
  error: null,
  load: async () => {
    set({ isLoading: true, error: null });
    try {
      const plans = await invoke('plans.list', {});
      const plan = plans[0] ?? null;
      if (!plan) {
        set({ plan: null, tasks: [], departments: [], isLoading: false });
        return;
      }
      const [tasks, departments] = await Promise.all([
        invoke('tasks.list', { planId: plan.id }),
        invoke('departments.list', { planId: plan.id }),
      ]);
      set({ plan, tasks, departments, isLoading: false });
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  selectDepartment: async (departmentId) => {
    if (departmentId === null) {
      set({ selected: null });
      return;
    }
    try {
      const selected = await invoke('departments.tasks', { department: departmentId, planId: get().plan?.id });
      set({ selected, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
