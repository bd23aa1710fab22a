// Making packages in the app: the department's 导出进度包, the office's setup packages (生成初始化包,
// 重新生成 for a replaced PC) and receipts (导出回执, the review decisions and plan updates for a unit).
// The backend hands back the signed bytes; they leave through the desktop save dialog or a download.
import { create } from 'zustand';
import type { ExportResult, Outbox, UnitOutbox } from '../../../shared/sync/types';
import { errorMessage, invoke } from '../../api/client';
import { saveBytes } from '../../api/save';

const MIME = 'application/octet-stream';

type ExportState = {
  outbox: Outbox | null;
  isBusy: boolean;
  notice: string | null;
  error: string | null;
  /** Lines of the last batch (one per unit), shown under the panel. */
  lines: string[];
  refresh: () => Promise<void>;
  /** isRepeat: the person asked for the last package again (a lost or broken stick). */
  exportProgress: (isRepeat?: boolean) => Promise<void>;
  /** Set when 导出 found nothing new since the last export: the card offers 再次导出. */
  isRepeatOffered: boolean;
  setupPackages: (units: UnitOutbox[]) => Promise<void>;
  reissue: (unit: UnitOutbox) => Promise<void>;
  receipts: (units: UnitOutbox[]) => Promise<void>;
  dismiss: () => void;
};

const save = async (result: ExportResult): Promise<string> => {
  if (result.dataBase64 === null) return `已保存到 ${result.path}`;
  return (await saveBytes(result.fileName, result.dataBase64, MIME)) ?? `未保存 ${result.fileName}(已取消)`;
};

/** What a receipt carries, in words: 审核结果 3 项、规划更新 2 条. */
export const receiptContent = (unit: UnitOutbox): string => {
  const parts = [unit.pending.reviews ? `审核结果 ${unit.pending.reviews} 项` : '', unit.pending.planChanges ? `规划更新 ${unit.pending.planChanges} 条` : ''].filter(Boolean);
  return parts.length ? parts.join('、') : '无新内容';
};

export const useExportStore = create<ExportState>((set, get) => {
  /** Runs a batch; every unit's outcome is a line, one failure does not stop the others. */
  const batch = async (units: UnitOutbox[], one: (unit: UnitOutbox) => Promise<string>): Promise<void> => {
    set({ isBusy: true, error: null, notice: null, lines: [] });
    const lines: string[] = [];
    for (const unit of units) {
      try {
        lines.push(await one(unit));
      } catch (error) {
        lines.push(`${unit.name}:未生成,${errorMessage(error)}`);
      }
      set({ lines: [...lines] });
    }
    set({ isBusy: false });
    await get().refresh();
  };

  return {
    outbox: null,
    isBusy: false,
    isRepeatOffered: false,
    notice: null,
    error: null,
    lines: [],
    refresh: async () => {
      try {
        set({ outbox: await invoke('sync.outbox', {}) });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    exportProgress: async (isRepeat = false) => {
      const outbox = get().outbox;
      if (outbox && outbox.pending.changes === 0) {
        set({ notice: '没有新的内容需要导出:牵头办公室已确认收到本机的全部填报。', error: null, lines: [], isRepeatOffered: false });
        return;
      }
      if (outbox && outbox.newSinceLastExport === 0 && !isRepeat) {
        set({
          notice: '上次导出之后没有新的内容。上次的进度包还在等待牵头办公室确认;如果那个文件丢失或损坏,可以再次导出(内容相同)。',
          error: null,
          lines: [],
          isRepeatOffered: true,
        });
        return;
      }
      set({ isBusy: true, error: null, notice: null, lines: [], isRepeatOffered: false });
      try {
        const result = await invoke('sync.export', {});
        const where = await save(result);
        set({ notice: `已导出进度包:${where}。请把它拷到U盘交给牵头办公室。` });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
      set({ isBusy: false });
      await get().refresh();
    },
    setupPackages: (units) =>
      batch(units, async (unit) => {
        const result = await invoke('sync.setupPackage', { department: unit.departmentId });
        return `${unit.name}:${result.fileName},${await save(result)}`;
      }),
    reissue: (unit) =>
      batch([unit], async () => {
        // The old PC's key stops counting first; the new PC is enrolled from its first package, after the
        // fingerprint is compared over the phone, as on any first run.
        if (unit.peer) await invoke('sync.revoke', { key: unit.peer.originId, reason: '更换电脑,重新生成初始化包' });
        const result = await invoke('sync.setupPackage', { department: unit.departmentId });
        return `${unit.name}:已吊销旧电脑的密钥,新的初始化包 ${result.fileName},${await save(result)}`;
      }),
    receipts: (units) =>
      batch(units, async (unit) => {
        const what = receiptContent(unit);
        const result = await invoke('sync.export', { to: unit.departmentId });
        return `${unit.name}:${result.fileName}(${what}),${await save(result)}`;
      }),
    dismiss: () => set({ notice: null, error: null, lines: [], isRepeatOffered: false }),
  };
});
