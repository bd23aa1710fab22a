// State of the plan screen: the plan, its tasks, the directory, and the chosen department. The app shell
// needs only the plan (its summary carries the task count) and the directory; the whole task list (4 MB
// of JSON for a 10,000-task plan) is fetched when the plan screen shows it, once per plan.
import { create } from 'zustand';
import type { DepartmentRow, DepartmentTasks, PlanSummary, TaskRow } from '../../../shared/domain/types';
import { errorMessage, invoke } from '../../api/client';

type PlanState = {
  plan: PlanSummary | null;
  tasks: TaskRow[];
  /** The plan `tasks` belong to; null until the list is fetched (or after the plan changed). */
  tasksPlanId: string | null;
  /** The plan whose list is being fetched, so a screen shown twice does not fetch it twice. */
  tasksLoadingFor: string | null;
  departments: DepartmentRow[];
  selected: DepartmentTasks | null;
  isLoading: boolean;
  error: string | null;
  load: () => Promise<void>;
  loadTasks: () => Promise<void>;
  selectDepartment: (departmentId: string | null) => Promise<void>;
};

export const usePlanStore = create<PlanState>((set, get) => ({
  plan: null,
  tasks: [],
  tasksPlanId: null,
  tasksLoadingFor: null,
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
        set({ plan: null, tasks: [], tasksPlanId: null, departments: [], isLoading: false });
        return;
      }
      const departments = await invoke('departments.list', { planId: plan.id });
      // A (re)loaded plan may have new tasks: the list is fetched again when next shown.
      set({ plan, departments, tasks: [], tasksPlanId: null, isLoading: false });
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  loadTasks: async () => {
    const { plan, tasksPlanId, tasksLoadingFor } = get();
    if (!plan || tasksPlanId === plan.id || tasksLoadingFor === plan.id) return;
    set({ tasksLoadingFor: plan.id });
    try {
      const tasks = await invoke('tasks.list', { planId: plan.id });
      // Kept only if the plan is still the one asked for (a plan import may have finished meanwhile).
      if (get().plan?.id === plan.id) set({ tasks, tasksPlanId: plan.id });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      if (get().tasksLoadingFor === plan.id) set({ tasksLoadingFor: null });
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
