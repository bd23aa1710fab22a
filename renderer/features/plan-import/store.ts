// State of the plan import screen: the chosen file, what the backend understood of it, the office's
// corrections (re-previewed after each one), and the final import.
import { create } from 'zustand';
import type { PlanImportResult, PlanPreview } from '../../../shared/api/methods/plans';
import type { PlanCorrections } from '../../../shared/plan/corrections';
import { applyBulkAction, type BulkAction } from '../../../shared/plan/bulk-corrections';
import { errorMessage, invoke } from '../../api/client';

type PickedFile = { name: string; base64: string };

type ImportState = {
  file: PickedFile | null;
  preview: PlanPreview | null;
  corrections: PlanCorrections;
  result: PlanImportResult | null;
  isBusy: boolean;
  error: string | null;
  openFile: (file: File) => Promise<void>;
  setLeads: (path: string, names: string[]) => Promise<void>;
  setParticipants: (path: string, names: string[]) => Promise<void>;
  attachLine: (line: number, path: string) => Promise<void>;
  mergeAlias: (alias: string, canonical: string) => Promise<void>;
  dropLine: (line: number) => Promise<void>;
  /** A read task is not one: take it out (it goes to 未导入的行, from where it can be put back). */
  dropTask: (path: string) => Promise<void>;
  restoreTask: (path: string) => Promise<void>;
  /** An unplaced line is a task: take it in. */
  addLineAsTask: (line: number) => Promise<void>;
  setTitle: (title: string) => Promise<void>;
  /** One correction for every selected task at once (bulk-corrections.ts), previewed again once. */
  applyBulk: (paths: string[], action: BulkAction) => Promise<void>;
  undoCorrections: () => Promise<void>;
  confirm: () => Promise<void>;
  reset: () => void;
};

/** The contract's limit for a plan document (shared/api/methods/plans.ts). */
const MAX_PLAN_BYTES = 20 * 1024 * 1024;
const PLAN_EXTENSIONS = ['txt', 'docx', 'xlsx'];

const toBase64 = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
};

export const usePlanImportStore = create<ImportState>((set, get) => {
  const refresh = async (corrections: PlanCorrections): Promise<void> => {
    const file = get().file;
    if (!file) return;
    set({ isBusy: true, error: null, corrections });
    try {
      const preview = await invoke('plans.preview', { fileName: file.name, contentBase64: file.base64, corrections });
      set({ preview, isBusy: false });
    } catch (error) {
      set({ error: errorMessage(error), isBusy: false });
    }
  };
  return {
    file: null,
    preview: null,
    corrections: {},
    result: null,
    isBusy: false,
    error: null,
    openFile: async (picked) => {
      // Checked before a byte is read or sent: a 60 MB scan should not take a long upload to be refused.
      const extension = (picked.name.split('.').pop() ?? '').toLowerCase();
      if (!PLAN_EXTENSIONS.includes(extension) || !picked.name.includes('.')) {
        set({ error: `“${picked.name}”不是可导入的规划文件。请选择文本(.txt)、Word(.docx)或 Excel(.xlsx)文件;旧版 .doc/.xls 请先另存为新格式。`, preview: null, result: null });
        return;
      }
      if (picked.size > MAX_PLAN_BYTES) {
        const mb = (picked.size / 1024 / 1024).toFixed(1);
        set({ error: `规划文件“${picked.name}”有 ${mb} MB,超过上限 20 MB。请删去图片或附件后再导入。`, preview: null, result: null });
        return;
      }
      set({ isBusy: true, error: null, preview: null, result: null, corrections: {} });
      try {
        set({ file: { name: picked.name, base64: await toBase64(picked) } });
      } catch (error) {
        set({ error: `无法读取文件:${errorMessage(error)}`, isBusy: false });
        return;
      }
      await refresh({});
    },
    setLeads: async (path, names) => {
      const c = get().corrections;
      await refresh({ ...c, leads: { ...c.leads, [path]: names } });
    },
    setParticipants: async (path, names) => {
      const c = get().corrections;
      await refresh({ ...c, participants: { ...c.participants, [path]: names } });
    },
    attachLine: async (line, path) => {
      const c = get().corrections;
      await refresh({ ...c, attachLines: { ...c.attachLines, [String(line)]: path } });
    },
    mergeAlias: async (alias, canonical) => {
      const c = get().corrections;
      await refresh({ ...c, aliases: { ...c.aliases, [alias]: canonical } });
    },
    dropLine: async (line) => {
      const c = get().corrections;
      await refresh({ ...c, droppedLines: [...(c.droppedLines ?? []), line] });
    },
    dropTask: async (path) => {
      const c = get().corrections;
      await refresh({ ...c, droppedTasks: [...(c.droppedTasks ?? []).filter((p) => p !== path), path] });
    },
    restoreTask: async (path) => {
      const c = get().corrections;
      await refresh({ ...c, droppedTasks: (c.droppedTasks ?? []).filter((p) => p !== path) });
    },
    addLineAsTask: async (line) => {
      const c = get().corrections;
      await refresh({ ...c, addedLines: [...(c.addedLines ?? []).filter((l) => l !== line), line] });
    },
    setTitle: async (title) => {
      const c = get().corrections;
      await refresh({ ...c, title });
    },
    applyBulk: async (paths, action) => {
      const tasks = get().preview?.plan.tasks ?? [];
      await refresh(applyBulkAction(get().corrections, tasks, paths, action));
    },
    undoCorrections: async () => refresh({}),
    confirm: async () => {
      const { file, corrections } = get();
      if (!file) return;
      set({ isBusy: true, error: null });
      try {
        const result = await invoke('plans.import', { fileName: file.name, contentBase64: file.base64, corrections });
        set({ result, isBusy: false });
      } catch (error) {
        set({ error: errorMessage(error), isBusy: false });
      }
    },
    reset: () => set({ file: null, preview: null, corrections: {}, result: null, error: null, isBusy: false }),
  };
});
