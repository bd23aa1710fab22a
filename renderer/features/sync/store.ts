// State of the 数据交换 screen: this installation's status, the import run (one file per call, so the
// progress bar moves), the per-package reports, conflicts, reviews and backups.
import { create } from 'zustand';
import type { LifecycleRequestView } from '../../../shared/lifecycle/types';
import type { BackupRow, ConflictGroup, ImportFileReport, ReviewItem, StoredPackage, SyncStatus } from '../../../shared/sync/types';
import { emptyImportReport } from '../../../shared/sync/import-report';
import { errorMessage, invoke } from '../../api/client';

export type ImportSourceInput = { path: string } | { name: string; dataBase64: string } | { storedPackageId: string };

type Progress = { done: number; total: number; current: string } | null;

/** What the office decided, as a department learns it from an import: the news, with a link to each report. */
/** decided: the unit's 延期/办结 requests the office decided in what was just imported (issue 21). */
export type OfficeAnswer = { returned: ReviewItem[]; accepted: ReviewItem[]; decided: LifecycleRequestView[] };

type SyncState = {
  status: SyncStatus | null;
  reports: ImportFileReport[];
  /** The source each report came from, so a package waiting for fingerprint confirmation can be imported again. */
  sources: ImportSourceInput[];
  progress: Progress;
  conflicts: ConflictGroup[];
  reviews: ReviewItem[];
  backups: BackupRow[];
  /** Received packages kept on this PC that the database no longer holds (after restoring a backup). */
  stored: StoredPackage[];
  error: string | null;
  notice: string | null;
  /** Set after an import on a department PC that brought decisions of the office. */
  officeAnswer: OfficeAnswer | null;
  refresh: () => Promise<void>;
  importSources: (sources: ImportSourceInput[]) => Promise<void>;
  importFolder: (folder: string) => Promise<void>;
  confirmFingerprint: (index: number) => Promise<void>;
  confirmMassChange: (index: number) => Promise<void>;
  resolve: (group: ConflictGroup, keepOrigin: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  reimportStored: () => Promise<void>;
};

const sourceLabel = (s: ImportSourceInput): string => {
  if ('path' in s) return s.path.split(/[\\/]/).pop() ?? s.path;
  if ('name' in s) return s.name;
  return `本机保存的数据包 ${s.storedPackageId.slice(0, 8)}`;
};

export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  reports: [],
  sources: [],
  progress: null,
  conflicts: [],
  reviews: [],
  backups: [],
  stored: [],
  error: null,
  notice: null,
  officeAnswer: null,
  refresh: async () => {
    try {
      const [status, conflicts, reviews, backups, stored] = await Promise.all([
        invoke('sync.status', {}),
        invoke('sync.conflicts', { isOpenOnly: false }),
        invoke('sync.reviews', {}),
        invoke('sync.backups', {}),
        invoke('sync.storedPackages', {}),
      ]);
      set({ status, conflicts, reviews, backups, stored, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  importSources: async (sources) => {
    const reports: ImportFileReport[] = [];
    set({ reports: [], sources, error: null, notice: null, officeAnswer: null, progress: { done: 0, total: sources.length, current: '' } });
    // A department compares its reports' review states before and after: what changed is the office's answer.
    const isDepartment = get().status?.role === 'department';
    const before = isDepartment ? await reviewStates() : null;
    const decidedBefore = isDepartment ? await decidedRequests() : null;
    // One backup for the whole batch: the first import that writes makes it, the rest reuse it.
    let batchBackupId: string | undefined;
    const importOne = async (source: ImportSourceInput, trust: string[]): Promise<ImportFileReport> => {
      try {
        const result = await invoke('sync.import', { sources: [source], trust, batchBackupId });
        batchBackupId = result.backupId ?? batchBackupId;
        const report = result.files[0];
        if (report) return report;
      } catch (error) {
        return { ...emptyImportReport(sourceLabel(source), 'unreadable'), message: errorMessage(error) };
      }
      return { ...emptyImportReport(sourceLabel(source), 'unreadable'), message: '导入没有返回结果' };
    };
    for (const [i, source] of sources.entries()) {
      set({ progress: { done: i, total: sources.length, current: sourceLabel(source) } });
      reports.push(await importOne(source, []));
      set({ reports: [...reports] });
    }
    // Files picked off a stick come in any order: a package refused for a gap may fit once its predecessors are in.
    for (const [i, report] of reports.entries()) {
      if (report.refusalCode !== 'gap') continue;
      const source = sources[i];
      if (source) reports[i] = await importOne(source, []);
    }
    set({ reports: [...reports], progress: { done: sources.length, total: sources.length, current: '' } });
    await get().refresh();
    if (before) {
      const changed = get().reviews.filter((r) => r.state !== 'pending' && before.get(reviewKey(r)) !== `${r.state}|${r.reportVersion}`);
      const decided = decidedBefore ? (await requestsOf()).filter((r) => r.decision && !decidedBefore.has(r.decision.id)) : [];
      const answer = { returned: changed.filter((r) => r.state === 'returned'), accepted: changed.filter((r) => r.state === 'accepted'), decided };
      if (answer.returned.length + answer.accepted.length + answer.decided.length > 0) set({ officeAnswer: answer });
    }
  },
  importFolder: async (folder) => {
    try {
      const paths = await invoke('sync.listFolder', { folder });
      if (paths.length === 0) {
        set({ notice: '该文件夹中没有 .duban 数据包' });
        return;
      }
      await get().importSources(paths.map((path) => ({ path })));
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  confirmFingerprint: async (index) => {
    const source = get().sources[index];
    const fingerprint = get().reports[index]?.sender?.fingerprint;
    if (!source || !fingerprint) return;
    try {
      const result = await invoke('sync.import', { sources: [source], trust: [fingerprint] });
      const reports = [...get().reports];
      if (result.files[0]) reports[index] = result.files[0];
      set({ reports });
      await get().refresh();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  confirmMassChange: async (index) => {
    const source = get().sources[index];
    const packageId = get().reports[index]?.packageId;
    if (!source || !packageId) return;
    try {
      const result = await invoke('sync.import', { sources: [source], confirmMassChange: [packageId] });
      const reports = [...get().reports];
      if (result.files[0]) reports[index] = result.files[0];
      set({ reports });
      await get().refresh();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  resolve: async (group, keepOrigin) => {
    try {
      await invoke('sync.resolveConflict', { table: group.table, pk: group.pk, keepOrigin });
      set({ notice: '已记录决定,另一版本仍保留在冲突记录中' });
      await get().refresh();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  restore: async (id) => {
    try {
      const result = await invoke('sync.restoreBackup', { id });
      const kept = result.storedPackages.length;
      const keptHint = kept > 0 ? `;备份之后收到的 ${kept} 个数据包仍保存在本机,可在下方重新导入` : '';
      set({ notice: `已恢复备份 ${result.restored.id};恢复前的状态已另存为 ${result.safetyBackup.id}${keptHint}` });
      await get().refresh();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  // Through the ordinary import run: the same checks, fingerprint questions, reports and one backup.
  reimportStored: async () => {
    await get().importSources(get().stored.map((p) => ({ storedPackageId: p.packageId })));
    const outcomes = get().reports.map((r) => r.outcome);
    const applied = outcomes.filter((o) => o === 'applied' || o === 'partly_applied').length;
    const waiting = outcomes.filter((o) => o === 'needs_trust' || o === 'needs_confirmation' || o === 'rejected').length;
    const waitingHint = waiting > 0 ? `;${waiting} 个需要处理(核对指纹、确认或查看原因),详见“导入”页` : '';
    set({ notice: `已重新导入 ${applied} 个数据包${waitingHint}` });
  },
}));

const reviewKey = (r: ReviewItem): string => `${r.taskId}|${r.departmentId}|${r.periodId}`;

const requestsOf = async (): Promise<LifecycleRequestView[]> => {
  try {
    return (await invoke('lifecycle.queue', { state: 'decided' })).items;
  } catch {
    return [];
  }
};

/** The decisions the unit already had, by id: what is new after an import is the office's answer. */
const decidedRequests = async (): Promise<Set<string>> => new Set((await requestsOf()).flatMap((r) => (r.decision ? [r.decision.id] : [])));

const reviewStates = async (): Promise<Map<string, string>> => {
  try {
    const items = await invoke('sync.reviews', {});
    return new Map(items.map((r) => [reviewKey(r), `${r.state}|${r.reportVersion}`]));
  } catch {
    return new Map();
  }
};
