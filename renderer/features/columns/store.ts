// The office's own columns of the plan on screen: the list (hidden ones included) and the edits. A filled
// cell updates the task list in place, so the table does not reload 10,000 rows for one cell.
import { create } from 'zustand';
import type { CustomColumn, CustomColumnKind } from '../../../shared/plan/custom-columns';
import { errorMessage, invoke } from '../../api/client';
import { usePlanStore } from '../tasks/store';

type ColumnsState = {
  planId: string | null;
  columns: CustomColumn[];
  error: string | null;
  load: (planId: string) => Promise<void>;
  add: (name: string, kind: CustomColumnKind, choices: string[]) => Promise<boolean>;
  update: (id: string, change: { name?: string; choices?: string[]; isHidden?: boolean; isInBulletin?: boolean }) => Promise<boolean>;
  move: (id: string, direction: 'left' | 'right') => Promise<void>;
  /** Saves one cell; returns the reason in Chinese when it was refused, else null. */
  setValue: (taskId: string, columnId: string, value: string) => Promise<string | null>;
};

const patchTask = (taskId: string, columnId: string, value: string): void => {
  const patch = <T extends { id: string; custom: Record<string, string> }>(t: T): T => {
    if (t.id !== taskId) return t;
    const custom = { ...t.custom };
    if (value === '') delete custom[columnId];
    else custom[columnId] = value;
    return { ...t, custom };
  };
  const { tasks, selected } = usePlanStore.getState();
  usePlanStore.setState({
    tasks: tasks.map(patch),
    selected: selected ? { ...selected, lead: selected.lead.map(patch), participant: selected.participant.map(patch) } : null,
  });
};

export const useColumnsStore = create<ColumnsState>((set, get) => ({
  planId: null,
  columns: [],
  error: null,
  load: async (planId) => {
    try {
      const columns = await invoke('columns.list', { planId });
      set({ planId, columns, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  add: async (name, kind, choices) => {
    const { planId } = get();
    if (!planId) return false;
    try {
      const column = await invoke('columns.add', { planId, name, kind, choices });
      set({ columns: [...get().columns, column], error: null });
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
  update: async (id, change) => {
    try {
      const column = await invoke('columns.update', { id, ...change });
      set({ columns: get().columns.map((c) => (c.id === id ? column : c)), error: null });
      return true;
    } catch (error) {
      set({ error: errorMessage(error) });
      return false;
    }
  },
  move: async (id, direction) => {
    try {
      set({ columns: await invoke('columns.move', { id, direction }), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  setValue: async (taskId, columnId, value) => {
    try {
      const saved = await invoke('columns.setValue', { taskId, columnId, value });
      patchTask(taskId, columnId, saved.value);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  },
}));
