// A picked batch run as a job the screen polls (sync.importStart / sync.importStatus), and resumed after a
// person's confirmation (sync.importConfirm): the backend, not the screen, picks which files of the batch go
// again (issue 19). The screen only says what the person confirmed and follows the job.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { ApiError, toApiError } from '../../shared/api/errors.js';
import type { ImportFileReport, ImportJobStatus } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { translateFault } from '../fs-errors.js';
import { importBatch } from './import-batch.js';
import type { ImportSource } from './import.js';

/**
 * Jobs kept for the screen to read and confirm; older ones are forgotten. A confirmation never starts a
 * job, so a batch waiting for one stays until the person has started this many other batches (or the
 * program restarts: jobs live in memory only, like the screen that shows them).
 */
const KEPT_JOBS = 8;

export type ConfirmArg = { trustFingerprint?: string; confirmMassChange?: string };

export type ImportJobs = {
  start: (sources: ImportSource[], trust: string[], confirmMassChange: string[]) => ImportJobStatus;
  status: (jobId: string) => ImportJobStatus;
  confirm: (jobId: string, arg: ConfirmArg) => ImportJobStatus;
};

/** What a job needs to run files of its batch again; the sources are dropped once nothing waits for a person. */
type Job = { status: ImportJobStatus; sources: ImportSource[]; trust: string[]; confirmMassChange: string[]; backupId: string | null };

const isWaiting = (r: ImportFileReport | null): boolean => r?.outcome === 'needs_trust' || r?.outcome === 'needs_confirmation';

/** The files a confirmation sends again, in batch order: the confirmed ones and every gap refusal (it may now fit). */
const pickFiles = (files: (ImportFileReport | null)[], arg: ConfirmArg): number[] => {
  const fingerprint = arg.trustFingerprint?.trim().toUpperCase();
  const confirmed = files.flatMap((r, i) =>
    (fingerprint && r?.outcome === 'needs_trust' && r.sender?.fingerprint.toUpperCase() === fingerprint) ||
    (arg.confirmMassChange && r?.outcome === 'needs_confirmation' && r.packageId === arg.confirmMassChange)
      ? [i]
      : [],
  );
  if (confirmed.length === 0) {
    throw new ApiError('refused', fingerprint ? '这批数据包中没有等待核对这个指纹的文件,请重新导入' : '这批数据包中没有等待确认的这个数据包,请重新导入');
  }
  const gaps = files.flatMap((r, i) => (r?.refusalCode === 'gap' && !confirmed.includes(i) ? [i] : []));
  return [...confirmed, ...gaps].sort((a, b) => a - b);
};

export const createImportJobs = (ctx: BackendContext): ImportJobs => {
  const jobs = new Map<string, Job>();
  let running: string | null = null;
  const snapshot = (job: ImportJobStatus): ImportJobStatus => ({ ...job, progress: { ...job.progress }, files: [...job.files] });

  /** Runs `picked` (places in the job's batch); each new report replaces that place's old one. */
  const run = async (job: Job, picked: number[]): Promise<void> => {
    const { status } = job;
    const total = status.files.length;
    // A resumed run counts on from the files already done, so the bar only moves forward to the batch's size.
    const offset = total - picked.length;
    try {
      const result = await importBatch(ctx, picked.map((i) => job.sources[i] as ImportSource), job.trust, {
        confirmMassChange: job.confirmMassChange,
        batchBackupId: job.backupId ?? undefined,
        onProgress: async (progress, finished) => {
          status.progress = { ...progress, done: offset + progress.done, total };
          const at = finished ? picked[finished.index] : undefined;
          if (finished && at !== undefined) status.files[at] = finished.report;
          // Let the host answer the screen's polls between files.
          await yieldTurn();
        },
      });
      for (const [k, at] of picked.entries()) status.files[at] = result.files[k] ?? status.files[at] ?? null;
      job.backupId = result.backupId ?? job.backupId;
      status.result = { files: status.files.flatMap((r) => (r ? [r] : [])), backupId: job.backupId };
      status.progress = { phase: 'finished', done: total, total, current: '' };
    } catch (error) {
      status.error = toApiError(translateFault(error)).message;
      status.progress = { ...status.progress, phase: 'finished' };
    } finally {
      running = null;
      // The file bytes a browser sent are kept only while a file of the batch waits for a person.
      if (!status.files.some(isWaiting)) job.sources = [];
    }
  };

  const begin = (job: Job, picked: number[]): void => {
    running = job.status.jobId;
    void run(job, picked);
  };

  const refuseWhileRunning = (): void => {
    if (running !== null) throw new ApiError('conflict', '上一批数据包还在导入,请等它完成后再导入');
  };

  return {
    start: (sources, trust, confirmMassChange) => {
      refuseWhileRunning();
      const jobId = randomUUID();
      const status: ImportJobStatus = {
        jobId,
        progress: { phase: 'checking', done: 0, total: sources.length, current: '' },
        files: sources.map(() => null),
        result: null,
        error: null,
      };
      const job: Job = { status, sources, trust: [...trust], confirmMassChange: [...confirmMassChange], backupId: null };
      jobs.set(jobId, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEPT_JOBS))) jobs.delete(old);
      begin(job, sources.map((_, i) => i));
      return snapshot(status);
    },
    status: (jobId) => {
      const job = jobs.get(jobId);
      if (!job) throw new ApiError('not_found', '找不到这次导入的进度(可能程序已重新打开),请重新导入');
      return snapshot(job.status);
    },
    /**
     * Resumes a finished batch after a confirmation. The backup: the one made before the batch's first write
     * still covers the files run now, as long as it is the latest (nothing else was imported or backed up since);
     * otherwise one new backup is made before the first of them is written.
     */
    confirm: (jobId, arg) => {
      const job = jobs.get(jobId);
      if (!job || job.sources.length === 0) {
        throw new ApiError('not_found', '这批数据包的导入记录已过期(可能程序已重新打开或之后又导入了多批),请重新导入这些数据包');
      }
      refuseWhileRunning();
      const { status } = job;
      const picked = pickFiles(status.files, arg);
      if (arg.trustFingerprint) job.trust.push(arg.trustFingerprint);
      if (arg.confirmMassChange) job.confirmMassChange.push(arg.confirmMassChange);
      status.result = null;
      status.error = null;
      // The old reports stay in place until each file's new one is final, so the rows do not vanish meanwhile.
      status.progress = { phase: 'checking', done: status.files.length - picked.length, total: status.files.length, current: '' };
      begin(job, picked);
      return snapshot(status);
    },
  };
};
