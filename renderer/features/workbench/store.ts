// State of the department workbench: who we are, our tasks, the open report and its autosave.
// Drafts save on a short timer after typing and at once on leaving a field or Ctrl+S; what reached the
// backend survives the app being killed.
import { create } from 'zustand';
import type { DepartmentRow } from '../../../shared/domain/types';
import { missingForSubmit } from '../../../shared/progress/draft-check';
import type { AttachmentInfo, MyTasks, ReportDetail, ReportDraft, TimelineEvent, WorkbenchSettings } from '../../../shared/progress/types';
import { errorMessage, invoke } from '../../api/client';
import { fieldErrors, type FieldErrors } from '../../api/errors';
import { askConfirm } from '../../app/confirm';
import { usePlanStore } from '../tasks/store';
import { evidenceActions } from './evidence-actions';
import { formProblems, isProxy, savableDraft } from './form-checks';

export const AUTOSAVE_DELAY_MS = 1200;

/** partial: the draft saved, except the fields marked in red (they keep their last good value). */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'partial' | 'error';

export type WorkbenchState = {
  settings: WorkbenchSettings | null;
  departments: DepartmentRow[];
  tasks: MyTasks | null;
  query: string;
  isLoading: boolean;
  error: string | null;
  selectedTaskId: string | null;
  detail: ReportDetail | null;
  /** A task or period is being opened: the form is read-only until it arrives, so nothing typed is lost. */
  isOpening: boolean;
  form: ReportDraft | null;
  /** What the form knows of each file it names (size, integrity), by sha256. */
  files: Record<string, AttachmentInfo>;
  saveState: SaveState;
  savedAt: string | null;
  formError: string | null;
  /** Messages beside the fields, keyed as renderer/api/errors.ts keys them ('percent', 'indicator:<id>', …). */
  fieldErrors: FieldErrors;
  /** What the backend holds as the draft: a field that fails its check saves as this value. */
  saved: ReportDraft | null;
  timeline: TimelineEvent[];
  init: () => Promise<void>;
  /** Only the settings (大字号 applies to every screen, so the app shell reads it at start). */
  loadSettings: () => Promise<void>;
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
  /** 放弃草稿: after a confirmation, the draft is deleted and the form shows what was last submitted (or nothing). */
  discardDraft: () => Promise<void>;
};

let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
/** How many openings of a task or period have started: the newest one's answer is the one shown. */
let openings = 0;
let saving: Promise<void> | null = null;

const clearTimer = (): void => {
  if (autosaveTimer) clearTimeout(autosaveTimer);
  autosaveTimer = null;
};

export const useWorkbench = create<WorkbenchState>((set, get) => {
  const departmentId = (): string | null => get().settings?.departmentId ?? null;

  const doSave = async (): Promise<void> => {
    const { detail, form, saveState, saved } = get();
    if (!detail || !form || !detail.isEditable || saveState !== 'dirty') return;
    // A draft always saves: what fails a check is left out (it keeps its last saved value) and marked.
    const problems = formProblems(form, detail);
    const isPartial = Object.keys(problems).length > 0;
    const draft = isPartial ? savableDraft(form, saved ?? detail.form, problems) : form;
    set({ saveState: 'saving' });
    try {
      const { savedAt } = await invoke('progress.saveDraft', { ...detail.key, draft, isProxy: isProxy() });
      const state: SaveState = isPartial ? 'partial' : 'saved';
      // Typing during the save leaves the form dirty again; keep that state so the timer saves it.
      if (get().form === form) set({ saveState: state, savedAt, saved: draft, formError: null });
      else set({ savedAt, saved: draft, formError: null, saveState: 'dirty' });
    } catch (error) {
      const byField = fieldErrors(error);
      set({ saveState: 'error', formError: errorMessage(error), fieldErrors: { ...get().fieldErrors, ...byField } });
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
    isOpening: false,
    form: null,
    files: {},
    saveState: 'idle',
    savedAt: null,
    formError: null,
    fieldErrors: {},
    saved: null,
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

    loadSettings: async () => {
      try {
        set({ settings: await invoke('workbench.settings', {}) });
      } catch (error) {
        set({ error: errorMessage(error) });
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
        // The plan chosen in the header's switcher; the backend's default plan when none is loaded yet.
        const planId = usePlanStore.getState().plan?.id;
        const tasks = await invoke('workbench.myTasks', { departmentId: id, planId, query: query === '' ? undefined : query });
        // A slower, older search must not overwrite a newer one.
        if (get().query.trim() === query) set({ tasks, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    openTask: async (taskId, periodId) => {
      const id = departmentId();
      if (!id) return;
      // Only the newest opening may fill the form: a slower, older one (a task clicked, then its period
      // changed) must not replace it, nor what the clerk typed after it.
      openings += 1;
      const opening = openings;
      set({ isOpening: true });
      clearTimer();
      await get().saveNow();
      try {
        const [detail, timeline] = await Promise.all([
          invoke('progress.get', { taskId, departmentId: id, periodId }),
          invoke('progress.timeline', { taskId }),
        ]);
        if (opening !== openings) return;
        set({
          isOpening: false,
          selectedTaskId: taskId,
          detail,
          form: detail.form,
          files: Object.fromEntries(detail.attachments.map((f) => [f.sha256, f])),
          saveState: detail.draftSavedAt ? 'saved' : 'idle',
          savedAt: detail.draftSavedAt,
          formError: null,
          fieldErrors: formProblems(detail.form, detail),
          saved: detail.form,
          timeline,
        });
      } catch (error) {
        if (opening === openings) set({ isOpening: false, error: errorMessage(error) });
      }
    },

    closeTask: async () => {
      await get().saveNow();
      set({ selectedTaskId: null, detail: null, form: null, saveState: 'idle' });
    },

    updateForm: (patch) => {
      const { form, detail, isOpening } = get();
      if (!form || !detail?.isEditable || isOpening) return;
      const next = { ...form, ...patch };
      set({ form: next, saveState: 'dirty', formError: null, fieldErrors: formProblems(next, detail) });
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

    ...evidenceActions(get, set),

    submit: async () => {
      const { detail, form } = get();
      if (!detail || !form) return;
      clearTimer();
      await get().saveNow();
      // Only submitting asks for completeness; the fields are marked where they are.
      const problems = formProblems(form, detail);
      for (const m of missingForSubmit(form)) problems[m.field] = `提交前请填写${m.label}`;
      if (Object.keys(problems).length > 0) {
        set({ fieldErrors: problems, formError: `还不能提交:请先改正标红的 ${Object.keys(problems).length} 项。草稿已保存。` });
        return;
      }
      const isConfirmed = await askConfirm({
        title: detail.state === 'returned' ? '重新提交本期报告?' : '提交本期报告?',
        body: `${detail.period.label} · ${detail.task.code}. ${detail.task.title}\n提交后不能修改;如需修改,要请办公室退回。`,
        confirmLabel: '确认提交',
      });
      if (!isConfirmed) return;
      try {
        const submitted = await invoke('progress.submit', { ...detail.key, draft: form, isProxy: isProxy() });
        const timeline = await invoke('progress.timeline', { taskId: detail.key.taskId });
        set({ detail: submitted, form: submitted.form, saved: submitted.form, saveState: 'idle', savedAt: null, formError: null, fieldErrors: {}, timeline });
        await get().refreshTasks();
      } catch (error) {
        set({ formError: errorMessage(error), fieldErrors: fieldErrors(error) });
      }
    },

    discardDraft: async () => {
      const { detail } = get();
      if (!detail?.isEditable) return;
      const isConfirmed = await askConfirm({
        title: '放弃本期草稿?',
        body: `${detail.period.label} · ${detail.task.code}. ${detail.task.title}\n草稿中填写的内容将被删除,不能恢复;表单回到${detail.report ? '上次提交的内容' : '空白'}。`,
        confirmLabel: '放弃草稿',
        isDanger: true,
      });
      if (!isConfirmed) return;
      clearTimer();
      // The pending autosave must not write the draft back after it was discarded.
      while (saving) await saving;
      try {
        await invoke('progress.discardDraft', detail.key);
        set({ saveState: 'idle' });
        await get().openTask(detail.key.taskId, detail.key.periodId);
        await get().refreshTasks();
      } catch (error) {
        set({ formError: errorMessage(error) });
      }
    },
  };
});
