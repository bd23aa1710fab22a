// State of the 审核 workspace: the queue and its filters, the ticked items, the open item in full.
import { create } from 'zustand';
import type { Light } from '../../../shared/progress/lights';
import type { ReviewItemDetail, ReviewKey, ReviewQueue, ReviewQueueItem, ReviewQueueState } from '../../../shared/review/types';
import { errorMessage, invoke } from '../../api/client';
import { fieldErrors } from '../../api/errors';
import { askConfirm } from '../../app/confirm';

export type QueueFilters = { periodId: string; departmentId: string; state: ReviewQueueState | 'all'; light: Light | 'all' };

export const keyOf = (k: ReviewKey): string => `${k.taskId}|${k.departmentId}|${k.periodId}`;

type ReviewState = {
  planId: string | undefined;
  filters: QueueFilters;
  queue: ReviewQueue | null;
  openKey: string | null;
  detail: ReviewItemDetail | null;
  checked: Set<string>;
  reason: string;
  reasonError: string | null;
  notice: string | null;
  error: string | null;
  isBusy: boolean;
  load: (planId: string | undefined) => Promise<void>;
  setFilters: (patch: Partial<QueueFilters>) => Promise<void>;
  open: (item: ReviewQueueItem) => Promise<void>;
  step: (by: 1 | -1) => Promise<void>;
  toggle: (item: ReviewQueueItem) => void;
  toggleAll: () => void;
  setReason: (reason: string) => void;
  accept: () => Promise<void>;
  returnOpen: () => Promise<void>;
  acceptChecked: () => Promise<void>;
};

const DEFAULT_FILTERS: QueueFilters = { periodId: '', departmentId: '', state: 'pending', light: 'all' };

export const useReview = create<ReviewState>((set, get) => {
  const fetchQueue = async (): Promise<void> => {
    const { planId, filters } = get();
    const queue = await invoke('review.queue', {
      planId,
      periodId: filters.periodId || undefined,
      departmentId: filters.departmentId || undefined,
      state: filters.state,
      light: filters.light,
    });
    const periodId = filters.periodId || queue.periods[0]?.id || '';
    const keys = new Set(queue.items.map(keyOf));
    // Ticks on items that left the list (decided, filtered out) go with them.
    const checked = new Set([...get().checked].filter((k) => keys.has(k)));
    set({ queue, checked, filters: { ...get().filters, periodId }, error: null });
  };

  /** After a decision: the list again, and the next item of the list opened (the reviewer's rhythm). */
  const afterDecision = async (decidedKey: string | null, notice: string): Promise<void> => {
    const before = get().queue?.items ?? [];
    const index = decidedKey ? before.findIndex((i) => keyOf(i) === decidedKey) : -1;
    await fetchQueue();
    const items = get().queue?.items ?? [];
    set({ notice, reason: '', reasonError: null });
    const stillThere = decidedKey ? items.find((i) => keyOf(i) === decidedKey) : undefined;
    const next = stillThere ?? items[Math.min(Math.max(index, 0), items.length - 1)];
    if (next) await get().open(next);
    else set({ openKey: null, detail: null });
  };

  const run = async (work: () => Promise<void>): Promise<void> => {
    set({ isBusy: true });
    try {
      await work();
    } catch (error) {
      set({ error: errorMessage(error), reasonError: fieldErrors(error).reason ?? null });
    } finally {
      set({ isBusy: false });
    }
  };

  return {
    planId: undefined,
    filters: DEFAULT_FILTERS,
    queue: null,
    openKey: null,
    detail: null,
    checked: new Set(),
    reason: '',
    reasonError: null,
    notice: null,
    error: null,
    isBusy: false,

    load: async (planId) => {
      if (planId !== get().planId) set({ planId, filters: DEFAULT_FILTERS, openKey: null, detail: null, checked: new Set() });
      await run(async () => {
        await fetchQueue();
        const first = get().queue?.items[0];
        if (!get().openKey && first) await get().open(first);
      });
    },

    setFilters: async (patch) => {
      set({ filters: { ...get().filters, ...patch }, notice: null });
      await run(fetchQueue);
    },

    open: async (item) => {
      const key = keyOf(item);
      set({ openKey: key, reason: '', reasonError: null });
      try {
        const detail = await invoke('review.item', { taskId: item.taskId, departmentId: item.departmentId, periodId: item.periodId });
        if (get().openKey === key) set({ detail, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    step: async (by) => {
      const items = get().queue?.items ?? [];
      if (items.length === 0) return;
      const index = items.findIndex((i) => keyOf(i) === get().openKey);
      const next = items[Math.min(Math.max(index + by, 0), items.length - 1)];
      if (next && keyOf(next) !== get().openKey) await get().open(next);
    },

    toggle: (item) => {
      const checked = new Set(get().checked);
      const key = keyOf(item);
      if (checked.has(key)) checked.delete(key);
      else checked.add(key);
      set({ checked });
    },

    toggleAll: () => {
      const pending = (get().queue?.items ?? []).filter((i) => i.state === 'pending').map(keyOf);
      const isAll = pending.length > 0 && pending.every((k) => get().checked.has(k));
      set({ checked: isAll ? new Set() : new Set(pending) });
    },

    setReason: (reason) => set({ reason, reasonError: null }),

    accept: async () => {
      const item = get().detail?.item;
      if (!item || item.state !== 'pending' || get().isBusy) return;
      const isConfirmed = await askConfirm({
        title: '通过这份报告?',
        body: `${item.departmentName} · ${item.periodLabel}\n${item.taskCode}. ${item.taskTitle}\n通过后不能撤销;结果随下一次导出发给该单位。`,
        confirmLabel: '确认通过',
      });
      if (!isConfirmed) return;
      await run(async () => {
        const result = await invoke('review.decide', { items: [{ ...keyFields(item), reportVersion: item.reportVersion }], decision: 'accept' });
        await afterDecision(keyOf(item), result.decided === 1 ? `已通过:${item.departmentName} ${item.taskCode}` : `未通过:${result.skipped[0]?.reason ?? ''}`);
      });
    },

    returnOpen: async () => {
      const item = get().detail?.item;
      if (!item || item.state !== 'pending' || get().isBusy) return;
      const reason = get().reason.trim();
      if (reason === '') {
        set({ reasonError: '退回时请写明理由:单位会在报告顶部看到它。' });
        return;
      }
      const isConfirmed = await askConfirm({
        title: '退回这份报告?',
        body: `${item.departmentName} · ${item.taskCode}. ${item.taskTitle}\n退回理由:${reason}\n退回后不能撤销;单位修改后重新报送。`,
        confirmLabel: '确认退回',
        isDanger: true,
      });
      if (!isConfirmed) return;
      await run(async () => {
        const result = await invoke('review.decide', { items: [{ ...keyFields(item), reportVersion: item.reportVersion }], decision: 'return', reason });
        await afterDecision(keyOf(item), result.decided === 1 ? `已退回:${item.departmentName} ${item.taskCode},理由随下一次导出发给该单位` : `未退回:${result.skipped[0]?.reason ?? ''}`);
      });
    },

    acceptChecked: async () => {
      const items = (get().queue?.items ?? []).filter((i) => i.state === 'pending' && get().checked.has(keyOf(i)));
      if (items.length === 0 || get().isBusy) return;
      const units = new Set(items.map((i) => i.departmentName)).size;
      const isConfirmed = await askConfirm({
        title: `批量通过 ${items.length} 份报告?`,
        body: `涉及 ${units} 个单位。通过后不能撤销;结果随下一次导出发给各单位。`,
        confirmLabel: `确认通过 ${items.length} 份`,
      });
      if (!isConfirmed) return;
      await run(async () => {
        const result = await invoke('review.decide', { items: items.map((i) => ({ ...keyFields(i), reportVersion: i.reportVersion })), decision: 'accept' });
        set({ checked: new Set() });
        const skipped = result.skipped.length > 0 ? `;${result.skipped.length} 份未通过(${result.skipped[0]?.reason ?? ''})` : '';
        await afterDecision(get().openKey, `已批量通过 ${result.decided} 份报告${skipped}`);
      });
    },
  };
});

const keyFields = (k: ReviewKey): ReviewKey => ({ taskId: k.taskId, departmentId: k.departmentId, periodId: k.periodId });
