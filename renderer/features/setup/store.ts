// State of the first-run wizard: the installation's setup status, the chosen path, and for a department
// the setup package being opened (its report, then the office fingerprint a person confirms).
import { create } from 'zustand';
import type { SetupStatus } from '../../../shared/setup/types';
import { KIND_LABELS } from '../../../shared/sync/manifest';
import type { ImportFileReport } from '../../../shared/sync/types';
import { errorMessage, invoke } from '../../api/client';

export type SetupSource = { path: string } | { name: string; dataBase64: string };

export type WizardStep = 'choose' | 'office' | 'department';

type SetupState = {
  status: SetupStatus | null;
  step: WizardStep;
  isBusy: boolean;
  error: string | null;
  /** The setup package opened in the department path and what importing it without trust said. */
  source: SetupSource | null;
  report: ImportFileReport | null;
  refresh: () => Promise<void>;
  setStep: (step: WizardStep) => void;
  chooseOffice: () => Promise<void>;
  chooseDepartment: () => Promise<boolean>;
  startDemo: () => Promise<boolean>;
  openPackage: (source: SetupSource) => Promise<void>;
  confirmOffice: () => Promise<boolean>;
  finish: () => Promise<boolean>;
};

export const sourceLabel = (s: SetupSource): string => ('path' in s ? s.path.split(/[\\/]/).pop() ?? s.path : s.name);

export const useSetupStore = create<SetupState>((set, get) => {
  /** Runs one step; a refusal lands in `error` in the backend's own words. Returns whether it succeeded. */
  const attempt = async (work: () => Promise<void>): Promise<boolean> => {
    set({ isBusy: true, error: null });
    try {
      await work();
      set({ isBusy: false });
      return true;
    } catch (error) {
      set({ isBusy: false, error: errorMessage(error) });
      return false;
    }
  };
  const setRole = async (role: 'office' | 'department'): Promise<void> => {
    if (get().status?.role === role) return;
    await invoke('sync.init', { role });
    set({ status: await invoke('setup.status', {}) });
  };

  return {
    status: null,
    step: 'choose',
    isBusy: false,
    error: null,
    source: null,
    report: null,
    refresh: async () => {
      try {
        set({ status: await invoke('setup.status', {}) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    setStep: (step) => set({ step, error: null, source: null, report: null }),
    chooseOffice: async () => {
      if (await attempt(() => setRole('office'))) set({ step: 'office' });
    },
    chooseDepartment: async () => {
      const isDone = await attempt(() => setRole('department'));
      if (isDone) set({ step: 'department' });
      return isDone;
    },
    startDemo: () =>
      attempt(async () => {
        set({ status: await invoke('setup.startDemo', {}) });
      }),
    openPackage: async (source) => {
      set({ source, report: null });
      await attempt(async () => {
        const result = await invoke('sync.import', { sources: [source], trust: [] });
        const report = result.files[0] ?? null;
        if (report === null) throw new Error('导入没有返回结果');
        set({ report });
        // Before the fingerprint is trusted the package's kind is not read; the sender's role is.
        if (report.kind !== null && report.kind !== 'setup') throw new Error(`这不是初始化包,而是${KIND_LABELS[report.kind]};请打开牵头办公室为本部门生成的初始化包`);
        if (report.sender?.role === 'department') throw new Error(`这不是初始化包,而是${report.sender.name}发出的数据包;请打开牵头办公室为本部门生成的初始化包`);
        if (report.outcome !== 'needs_trust' && report.outcome !== 'applied') throw new Error(report.message);
      });
    },
    confirmOffice: () =>
      attempt(async () => {
        const { source, report } = get();
        const fingerprint = report?.sender?.fingerprint;
        if (!source || !fingerprint) throw new Error('请先打开初始化包');
        const result = await invoke('sync.import', { sources: [source], trust: [fingerprint] });
        const applied = result.files[0];
        if (applied?.outcome !== 'applied' && applied?.outcome !== 'already_imported') throw new Error(applied?.message ?? '导入失败');
        set({ status: await invoke('setup.finish', {}) });
      }),
    finish: () =>
      attempt(async () => {
        set({ status: await invoke('setup.finish', {}) });
      }),
  };
});
