// Startup recovery: whether the database opened, and restoring the latest good backup on confirmation.
import { create } from 'zustand';
import type { RecoveryResult, RecoveryStatus } from '../../../shared/api/methods/recovery';
import { errorMessage, invoke } from '../../api/client';

type RecoveryState = {
  status: RecoveryStatus | null;
  result: RecoveryResult | null;
  isBusy: boolean;
  error: string | null;
  check: () => Promise<void>;
  restore: (backupId: string) => Promise<void>;
};

export const useRecoveryStore = create<RecoveryState>((set) => ({
  status: null,
  result: null,
  isBusy: false,
  error: null,
  check: async () => {
    try {
      set({ status: await invoke('recovery.status', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  restore: async (backupId) => {
    set({ isBusy: true, error: null });
    try {
      const result = await invoke('recovery.restore', { backupId, isConfirmed: true });
      set({ result, isBusy: false, status: await invoke('recovery.status', {}) });
    } catch (error) {
      set({ isBusy: false, error: errorMessage(error) });
    }
  },
}));
