// State of the department directory screen: the whole directory, the selected entry, and each edit
// (alias, rename, merge, members, contact) sent to the backend and followed by a fresh list.
import { create } from 'zustand';
import type { DirectoryEntry } from '../../../shared/api/methods/departments';
import { errorMessage, invoke } from '../../api/client';

type DirectoryState = {
  entries: DirectoryEntry[];
  selectedId: string | null;
  isBusy: boolean;
  error: string | null;
  message: string | null;
  load: () => Promise<void>;
  select: (id: string | null) => void;
  addAlias: (alias: string) => Promise<boolean>;
  rename: (name: string) => Promise<boolean>;
  mergeInto: (into: string) => Promise<boolean>;
  setMembers: (members: string[]) => Promise<boolean>;
  setContact: (contact: string) => Promise<boolean>;
};

export const useDirectoryStore = create<DirectoryState>((set, get) => {
  /** Runs one edit on the selected entry; on success reloads and selects the entry the edit returned. */
  const edit = async (work: (id: string) => Promise<{ id: string; message: string }>): Promise<boolean> => {
    const id = get().selectedId;
    if (!id) return false;
    set({ isBusy: true, error: null, message: null });
    try {
      const done = await work(id);
      const entries = await invoke('departments.directory', {});
      set({ entries, selectedId: done.id, message: done.message, isBusy: false });
      return true;
    } catch (error) {
      set({ error: errorMessage(error), isBusy: false });
      return false;
    }
  };
  return {
    entries: [],
    selectedId: null,
    isBusy: false,
    error: null,
    message: null,
    load: async () => {
      set({ isBusy: true, error: null });
      try {
        set({ entries: await invoke('departments.directory', {}), isBusy: false });
      } catch (error) {
        set({ error: errorMessage(error), isBusy: false });
      }
    },
    select: (selectedId) => set({ selectedId, error: null, message: null }),
    addAlias: (alias) =>
      edit(async (department) => {
        const entry = await invoke('departments.addAlias', { department, alias });
        return { id: entry.id, message: `已添加别名“${alias}”` };
      }),
    rename: (name) =>
      edit(async (department) => {
        const entry = await invoke('departments.rename', { department, name });
        return { id: entry.id, message: `已更名为“${entry.name}”,原名称保留为别名` };
      }),
    mergeInto: (into) =>
      edit(async (from) => {
        const result = await invoke('departments.merge', { from, into });
        return { id: result.entry.id, message: `已合并到“${result.entry.name}”:转移任务分工 ${result.movedAssignments} 条` };
      }),
    setMembers: (members) =>
      edit(async (group) => {
        const entry = await invoke('departments.setGroupMembers', { group, members });
        return { id: entry.id, message: `已保存成员 ${entry.members.length} 个` };
      }),
    setContact: (contact) =>
      edit(async (department) => {
        const entry = await invoke('departments.setContact', { department, contact });
        return { id: entry.id, message: '已保存联系方式' };
      }),
  };
});
