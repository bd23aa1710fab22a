// State of the plan screen: the plan, its tasks, the directory, and the chosen department. The app shell
// needs only the plan (its summary carries the task count) and the directory; the whole task list (4 MB
// of JSON for a 10,000-task plan) is fetched when the plan screen shows it, once per plan.
import { create } from 'zustand';
import type { DepartmentRow, DepartmentTasks, PlanSummary, TaskRow } from '../../../shared/domain/types';
import { errorMessage, invoke } from '../../api/client';

type PlanState = {
  /** Every imported plan, for the switcher in the header. */
  plans: PlanSummary[];
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
  /** Loads the plans and opens the one asked for, else the one opened last, else the first. */
  load: (planId?: string) => Promise<void>;
  choosePlan: (planId: string) => Promise<void>;
  loadTasks: () => Promise<void>;
  selectDepartment: (departmentId: string | null) => Promise<void>;
};

// The plan opened last on this PC: a per-PC view choice, like the window size, so it is not synced.
const CHOSEN_PLAN_KEY = 'duban.chosenPlan';

const rememberedPlan = (): string | null => {
  try {
    return localStorage.getItem(CHOSEN_PLAN_KEY);
  } catch {
    return null;
  }
};

const rememberPlan = (planId: string): void => {
  try {
    localStorage.setItem(CHOSEN_PLAN_KEY, planId);
  } catch {
    // A page without storage still switches; it just does not remember.
  }
};

export const usePlanStore = create<PlanState>((set, get) => ({
  plans: [],
  plan: null,
  tasks: [],
  tasksPlanId: null,
  tasksLoadingFor: null,
  departments: [],
  selected: null,
  isLoading: false,
  error: null,
  load: async (planId) => {
    set({ isLoading: true, error: null });
    try {
      const plans = await invoke('plans.list', {});
      const wanted = planId ?? get().plan?.id ?? rememberedPlan();
      const plan = plans.find((p) => p.id === wanted) ?? plans[0] ?? null;
      if (!plan) {
        set({ plans, plan: null, tasks: [], tasksPlanId: null, departments: [], isLoading: false });
        return;
      }
      if (planId) rememberPlan(planId);
      // Each plan has its own departments: one with no task in this plan is not in its lists.
      const departments = (await invoke('departments.list', { planId: plan.id })).filter((d) => d.taskCount > 0);
      const selected = get().selected;
      const kept = selected && get().plan?.id === plan.id ? selected : null;
      // A (re)loaded plan may have new tasks: the list is fetched again when next shown.
      set({ plans, plan, departments, tasks: [], tasksPlanId: null, selected: kept, isLoading: false });
      // The department on screen is fetched again too: a plan update may have re-dated or re-assigned its tasks.
      if (kept) await get().selectDepartment(kept.department.id);
    } catch (error) {
      set({ error: errorMessage(error), isLoading: false });
    }
  },
  choosePlan: async (planId) => {
    rememberPlan(planId);
    set({ selected: null });
    await get().load(planId);
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
