// State of the 数据交换 screen: this installation's status, the import run (the backend's batch job, polled
// so the progress bar moves per file), the per-package reports, conflicts, reviews and backups.
import { create } from 'zustand';
import type { LifecycleRequestView } from '../../../shared/lifecycle/types';
import type { BackupRow, ConflictGroup, ImportFileReport, ImportJobStatus, ImportProgress, ReviewItem, StoredPackage, SyncStatus } from '../../../shared/sync/types';
import { errorMessage, invoke } from '../../api/client';
import { usePlanStore } from '../tasks/store';

export type ImportSourceInput = { path: string } | { name: string; dataBase64: string } | { storedPackageId: string };

type Progress = ImportProgress | null;

/** What the office decided, as a department learns it from an import: the news, with a link to each report. */
/** decided: the unit's 延期/办结 requests the office decided in what was just imported (issue 21). */
export type OfficeAnswer = { returned: ReviewItem[]; accepted: ReviewItem[]; decided: LifecycleRequestView[] };

type SyncState = {
  status: SyncStatus | null;
  /** One per file of the batch, by its place; null until the backend has its final report. */
  reports: (ImportFileReport | null)[];
  /** The backend's job for the batch on screen: a confirmation resumes it (the backend picks the files). */
  jobId: string | null;
  progress: Progress;
  /** Whether the finished batch wrote anything (a backup precedes every write); null while it runs. */
  isBackedUp: boolean | null;
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

export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  reports: [],
  jobId: null,
  progress: null,
  isBackedUp: null,
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
    set({ reports: sources.map(() => null), jobId: null, error: null, notice: null, officeAnswer: null, progress: { phase: 'checking', done: 0, total: sources.length, current: '' } });
    // A department compares its reports' review states before and after: what changed is the office's answer.
    const isDepartment = get().status?.role === 'department';
    const before = isDepartment ? await reviewStates() : null;
    const decidedBefore = isDepartment ? await decidedRequests() : null;
    // The backend owns the batch (order, one backup, retries); this only shows where it stands.
    try {
      const final = await follow(invoke('sync.importStart', { sources }));
      if (final.error) set({ error: final.error });
      await reloadPlanIfWritten(final);
    } catch (error) {
      set({ error: errorMessage(error), progress: null });
      return;
    }
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
  // What the person confirmed goes to the backend, which runs again the files that waited for it (and any
  // refused for a gap) in the same job; the screen only follows the job.
  confirmFingerprint: async (index) => {
    const { jobId, reports } = get();
    const fingerprint = reports[index]?.sender?.fingerprint;
    if (!jobId || !fingerprint) return;
    await resume(invoke('sync.importConfirm', { jobId, trustFingerprint: fingerprint }));
  },
  confirmMassChange: async (index) => {
    const { jobId, reports } = get();
    const packageId = reports[index]?.packageId;
    if (!jobId || !packageId) return;
    await resume(invoke('sync.importConfirm', { jobId, confirmMassChange: packageId }));
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
      await usePlanStore.getState().load();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  // Through the ordinary import run: the same checks, fingerprint questions, reports and one backup.
  reimportStored: async () => {
    await get().importSources(get().stored.map((p) => ({ storedPackageId: p.packageId })));
    const outcomes = get().reports.map((r) => r?.outcome);
    const applied = outcomes.filter((o) => o === 'applied' || o === 'partly_applied').length;
    const waiting = outcomes.filter((o) => o === 'needs_trust' || o === 'needs_confirmation' || o === 'rejected').length;
    const waitingHint = waiting > 0 ? `;${waiting} 个需要处理(核对指纹、确认或查看原因),详见“导入”页` : '';
    set({ notice: `已重新导入 ${applied} 个数据包${waitingHint}` });
  },
}));

const POLL_MS = 150;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a backend batch job until it is done, showing each status it reads (bar and reports). */
const follow = async (started: Promise<ImportJobStatus>): Promise<ImportJobStatus> => {
  const show = (status: ImportJobStatus): void =>
    useSyncStore.setState({ jobId: status.jobId, progress: status.progress, reports: status.files, isBackedUp: status.result ? status.result.backupId !== null : null });
  let status = await started;
  show(status);
  while (status.result === null && status.error === null) {
    await pause(POLL_MS);
    status = await invoke('sync.importStatus', { jobId: status.jobId });
    show(status);
  }
  return status;
};

/**
 * A batch that wrote (a backup precedes every write) may have brought a plan update: the plan's header,
 * departments and task table are read again, so no screen shows the deadlines from before the import.
 */
const reloadPlanIfWritten = async (final: ImportJobStatus): Promise<void> => {
  if (final.result?.backupId) await usePlanStore.getState().load();
};

/** Follows a resumed job, then reloads the screen's lists (a confirmed sender is now a known unit). */
const resume = async (started: Promise<ImportJobStatus>): Promise<void> => {
  try {
    const final = await follow(started);
    if (final.error) useSyncStore.setState({ error: final.error });
    await reloadPlanIfWritten(final);
    await useSyncStore.getState().refresh();
  } catch (error) {
    useSyncStore.setState({ error: errorMessage(error) });
  }
};

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
