// State of the department workbench: who we are, our tasks, the open report and its autosave.
// Drafts save on a short timer after typing and at once on leaving a field or Ctrl+S; what reached the
// backend survives the app being killed.
import { create } from 'zustand';
import type { DepartmentRow } from '../../../shared/domain/types';
import { indicatorValueProblem, percentProblem } from '../../../shared/progress/draft-check';
import type { AttachmentInfo, MyTasks, ReportDetail, ReportDraft, TimelineEvent, WorkbenchSettings } from '../../../shared/progress/types';
import { errorMessage, invoke } from '../../api/client';
import { readAsBase64 } from '../../api/read-file';

export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

type WorkbenchState = {
  settings: WorkbenchSettings | null;
  departments: DepartmentRow[];
  tasks: MyTasks | null;
  query: string;
  isLoading: boolean;
  error: string | null;
  selectedTaskId: string | null;
  detail: ReportDetail | null;
  form: ReportDraft | null;
  /** What the form knows of each file it names (size, integrity), by sha256. */
  files: Record<string, AttachmentInfo>;
  saveState: SaveState;
  savedAt: string | null;
  formError: string | null;
  timeline: TimelineEvent[];
  init: () => Promise<void>;
  chooseDepartment: (departmentId: string) => Promise<void>;
  setLargeFont: (isLargeFont: boolean) => Promise<void>;
  search: (query: string) => Promise<void>;
  refreshTasks: () => Promise<void>;
  openTask: (taskId: string, periodId?: string) => Promise<void>;
  closeTask: () => Promise<void>;
  updateForm: (patch: Partial<ReportDraft>) => void;
  saveNow: () => Promise<void>;
  addFiles: (files: File[]) => Promise<void>;
  removeFile: (sha256: string) => void;
  submit: () => Promise<void>;
};

let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;

const clearTimer = (): void => {
  if (autosaveTimer) clearTimeout(autosaveTimer);
  autosaveTimer = null;
};

/** The first problem with what was typed, in the words the backend would use; null when it may be saved. */
export const formProblem = (form: ReportDraft, detail: ReportDetail): string | null => {
  const percent = percentProblem(form.percent);
  if (percent) return percent;
  for (const indicator of detail.indicators) {
    const problem = indicatorValueProblem(indicator.name, form.indicatorValues[indicator.id] ?? '');
    if (problem) return problem;
  }
  return null;
};

const formatSize = (bytes: number): string =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

export const useWorkbench = create<WorkbenchState>((set, get) => {
  const departmentId = (): string | null => get().settings?.departmentId ?? null;

  const doSave = async (): Promise<void> => {
    const { detail, form, saveState } = get();
    if (!detail || !form || !detail.isEditable || saveState !== 'dirty') return;
    const problem = formProblem(form, detail);
    if (problem) {
      // The last good draft stays saved; the clerk sees why this one is not.
      set({ formError: problem, saveState: 'error' });
      return;
    }
    set({ saveState: 'saving' });
    try {
      const { savedAt } = await invoke('reports.saveDraft', { ...detail.key, draft: form });
      // Typing during the save leaves the form dirty again; keep that state so the timer saves it.
      if (get().form === form) set({ saveState: 'saved', savedAt, formError: null });
      else set({ savedAt, formError: null, saveState: 'dirty' });
    } catch (error) {
      set({ saveState: 'error', formError: errorMessage(error) });
    }
  };

  return {
    settings: null,
    departments: [],
    tasks: null,
    query: '',
    isLoading: false,
    error: null,
    selectedTaskId: null,
    detail: null,
    form: null,
    files: {},
    saveState: 'idle',
    savedAt: null,
    formError: null,
    timeline: [],

    init: async () => {
      set({ isLoading: true, error: null });
      try {
        const [settings, departments] = await Promise.all([invoke('workbench.settings', {}), invoke('departments.list', {})]);
        set({ settings, departments: departments.filter((d) => d.kind === 'unit' && d.taskCount > 0) });
        if (settings.departmentId) await get().refreshTasks();
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ isLoading: false });
      }
    },

    chooseDepartment: async (id) => {
      await get().saveNow();
      try {
        const settings = await invoke('workbench.updateSettings', { departmentId: id });
        set({ settings, selectedTaskId: null, detail: null, form: null, saveState: 'idle' });
        await get().refreshTasks();
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    setLargeFont: async (isLargeFont) => {
      // Shown at once; the setting is stored behind it.
      const current = get().settings;
      if (current) set({ settings: { ...current, isLargeFont } });
      try {
        set({ settings: await invoke('workbench.updateSettings', { isLargeFont }) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    search: async (query) => {
      // The search box's first (empty) query on mount is the list init() already fetched: fetching it
      // again doubled the page's biggest read (3.8 MB at 10,000 tasks; issue 18).
      const isSame = query.trim() === get().query.trim();
      set({ query });
      if (!isSame) await get().refreshTasks();
    },

    refreshTasks: async () => {
      const id = departmentId();
      if (!id) return;
      const query = get().query.trim();
      try {
        const tasks = await invoke('workbench.myTasks', { departmentId: id, query: query === '' ? undefined : query });
        // A slower, older search must not overwrite a newer one.
        if (get().query.trim() === query) set({ tasks, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    openTask: async (taskId, periodId) => {
      const id = departmentId();
      if (!id) return;
      clearTimer();
      await get().saveNow();
      try {
        const [detail, timeline] = await Promise.all([
          invoke('reports.get', { taskId, departmentId: id, periodId }),
          invoke('reports.timeline', { taskId }),
        ]);
        set({
          selectedTaskId: taskId,
          detail,
          form: detail.form,
          files: Object.fromEntries(detail.attachments.map((f) => [f.sha256, f])),
          saveState: detail.draftSavedAt ? 'saved' : 'idle',
          savedAt: detail.draftSavedAt,
          formError: null,
          timeline,
        });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    closeTask: async () => {
      await get().saveNow();
      set({ selectedTaskId: null, detail: null, form: null, saveState: 'idle' });
    },

    updateForm: (patch) => {
      const { form, detail } = get();
      if (!form || !detail?.isEditable) return;
      const next = { ...form, ...patch };
      set({ form: next, saveState: 'dirty', formError: formProblem(next, detail) });
      clearTimer();
      autosaveTimer = setTimeout(() => void get().saveNow(), AUTOSAVE_DELAY_MS);
    },

    saveNow: async () => {
      clearTimer();
      // One save at a time; a save asked for meanwhile runs after it with the newest form.
      while (saving) await saving;
      saving = doSave().finally(() => {
        saving = null;
      });
      await saving;
    },

    addFiles: async (files) => {
      const { settings } = get();
      for (const file of files) {
        if (settings && file.size > settings.maxAttachmentBytes) {
          set({ formError: `文件“${file.name}”大小为 ${formatSize(file.size)},超过上限 ${formatSize(settings.maxAttachmentBytes)}。请压缩或拆分后再添加。` });
          continue;
        }
        try {
          const added = await invoke('attachments.add', { fileName: file.name, dataBase64: await readAsBase64(file) });
          const form = get().form;
          if (!form) return;
          set({ files: { ...get().files, [added.sha256]: added } });
          if (!form.attachments.some((a) => a.sha256 === added.sha256)) {
            get().updateForm({ attachments: [...form.attachments, { sha256: added.sha256, fileName: added.fileName }] });
          }
        } catch (error) {
          set({ formError: errorMessage(error) });
        }
      }
      await get().saveNow();
    },

    removeFile: (sha256) => {
      const form = get().form;
      if (!form) return;
      get().updateForm({ attachments: form.attachments.filter((a) => a.sha256 !== sha256) });
      void get().saveNow();
    },

    submit: async () => {
      const { detail, form } = get();
      if (!detail || !form) return;
      clearTimer();
      await get().saveNow();
      try {
        const submitted = await invoke('reports.submit', { ...detail.key, draft: form });
        const timeline = await invoke('reports.timeline', { taskId: detail.key.taskId });
        set({ detail: submitted, form: submitted.form, saveState: 'idle', savedAt: null, formError: null, timeline });
        await get().refreshTasks();
      } catch (error) {
        set({ formError: errorMessage(error) });
      }
    },
  };
});
