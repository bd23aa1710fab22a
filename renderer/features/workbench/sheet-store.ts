// The Excel round trip on the workbench: export the unit's fill-in sheet, read back the file the clerk
// filled (bytes as base64: a browser page cannot hand over a path), show what it found, import as drafts.
import { create } from 'zustand';
import type { SheetPreview } from '../../../shared/api/methods/sheet';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';
import { useWorkbench } from './store';
import { readAsBase64 } from '../../api/read-file';

type Source = { name: string; dataBase64: string };

type SheetState = {
  isBusy: boolean;
  /** Set while the preview dialog is open. */
  preview: SheetPreview | null;
  source: Source | null;
  error: string | null;
  /** What the last export or import did, in a sentence. */
  notice: string | null;
  exportSheet: () => Promise<void>;
  previewFile: (file: File) => Promise<void>;
  importDrafts: () => Promise<void>;
  close: () => void;
  dismiss: () => void;
};

const scope = (): { departmentId: string; periodId: string } | null => {
  const { settings, tasks } = useWorkbench.getState();
  return settings?.departmentId && tasks ? { departmentId: settings.departmentId, periodId: tasks.period.id } : null;
};

export const useSheet = create<SheetState>((set, get) => ({
  isBusy: false,
  preview: null,
  source: null,
  error: null,
  notice: null,

  exportSheet: async () => {
    const current = scope();
    if (!current) return;
    set({ isBusy: true, error: null, notice: null });
    try {
      const file = await invoke('sheet.export', current);
      const saved = await saveBytes(file.fileName, file.dataBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      // null: the person cancelled the save dialog of the desktop app.
      if (saved !== null) set({ notice: `${saved}(${file.rowCount} 项任务)。在 Excel 或 WPS 中填好保存后,点击“从 Excel 导入”。` });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },

  previewFile: async (file) => {
    const current = scope();
    if (!current) return;
    set({ isBusy: true, error: null, notice: null, preview: null, source: null });
    try {
      const source = { name: file.name, dataBase64: await readAsBase64(file) };
      const preview = await invoke('sheet.preview', { ...current, source });
      set({ preview, source });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },

  importDrafts: async () => {
    const { source, preview } = get();
    const current = scope();
    if (!source || !preview || !current) return;
    set({ isBusy: true, error: null });
    const workbench = useWorkbench.getState();
    // What the clerk typed in the open form reaches the backend first, so the import is what stays.
    await workbench.saveNow();
    try {
      const result = await invoke('sheet.import', { departmentId: current.departmentId, periodId: preview.period.id, source });
      set({ preview: null, source: null, notice: result.summary });
      await workbench.refreshTasks();
      const open = useWorkbench.getState().selectedTaskId;
      if (open && preview.matched.some((m) => m.taskId === open && m.outcome === 'draft')) await useWorkbench.getState().openTask(open);
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ isBusy: false });
    }
  },

  close: () => set({ preview: null, source: null, error: null }),
  dismiss: () => set({ notice: null, error: null }),
}));
