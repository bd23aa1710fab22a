// The whole batch a person picked, owned by the backend (issue 19): importPackages orders the files and
// makes one backup; this retries files refused for a gap once others of the batch have gone in (a
// fingerprint confirmed later can unlock a sender's earlier package), and runs the batch as a job the
// screen polls, so the bar moves per file without the screen knowing any of the batch's rules.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { ApiError, toApiError } from '../../shared/api/errors.js';
import type { ImportJobStatus, ImportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { translateFault } from '../fs-errors.js';
import { importPackages, type ImportListener, type ImportSource } from './import.js';

export type BatchOptions = { confirmMassChange?: string[]; onProgress?: ImportListener };

const isTaken = (outcome: string): boolean => outcome === 'applied' || outcome === 'partly_applied';

/** Imports the batch, then again the files refused for a gap while the previous pass still took something. */
export const importBatch = async (ctx: BackendContext, sources: ImportSource[], trust: string[], options: BatchOptions = {}): Promise<ImportResult> => {
  const result = await importPackages(ctx, sources, trust, options);
  let took = result.files.some((r) => isTaken(r.outcome));
  while (took) {
    const gaps = result.files.flatMap((r, index) => (r.refusalCode === 'gap' ? [index] : []));
    if (gaps.length === 0) break;
    const again = await importPackages(
      ctx,
      gaps.map((i) => sources[i] as ImportSource),
      trust,
      { confirmMassChange: options.confirmMassChange, batchBackupId: result.backupId ?? undefined },
    );
    took = again.files.some((r) => isTaken(r.outcome));
    result.backupId ??= again.backupId;
    for (const [i, index] of gaps.entries()) {
      const report = again.files[i];
      if (!report) continue;
      result.files[index] = report;
      await options.onProgress?.({ phase: 'finished', done: sources.length, total: sources.length, current: '' }, { index, report });
    }
  }
  return result;
};

/** Finished jobs kept for the screen to read; older ones are forgotten. */
const KEPT_JOBS = 8;

export type ImportJobs = {
  start: (sources: ImportSource[], trust: string[], confirmMassChange: string[]) => ImportJobStatus;
  status: (jobId: string) => ImportJobStatus;
};

export const createImportJobs = (ctx: BackendContext): ImportJobs => {
  const jobs = new Map<string, ImportJobStatus>();
  let running: string | null = null;
  const snapshot = (job: ImportJobStatus): ImportJobStatus => ({ ...job, progress: { ...job.progress }, files: [...job.files] });
  const run = async (job: ImportJobStatus, sources: ImportSource[], trust: string[], confirmMassChange: string[]): Promise<void> => {
    try {
      job.result = await importBatch(ctx, sources, trust, {
        confirmMassChange,
        onProgress: async (progress, finished) => {
          job.progress = progress;
          if (finished) job.files[finished.index] = finished.report;
          // Let the host answer the screen's polls between files.
          await yieldTurn();
        },
      });
      job.files = [...job.result.files];
      job.progress = { phase: 'finished', done: sources.length, total: sources.length, current: '' };
    } catch (error) {
      job.error = toApiError(translateFault(error)).message;
      job.progress = { ...job.progress, phase: 'finished' };
    } finally {
      running = null;
    }
  };
  return {
    start: (sources, trust, confirmMassChange) => {
      if (running !== null) throw new ApiError('conflict', '上一批数据包还在导入,请等它完成后再导入');
      const jobId = randomUUID();
      const job: ImportJobStatus = {
        jobId,
        progress: { phase: 'checking', done: 0, total: sources.length, current: '' },
        files: sources.map(() => null),
        result: null,
        error: null,
      };
      jobs.set(jobId, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEPT_JOBS))) jobs.delete(old);
      running = jobId;
      void run(job, sources, trust, confirmMassChange);
      return snapshot(job);
    },
    status: (jobId) => {
      const job = jobs.get(jobId);
      if (!job) throw new ApiError('not_found', '找不到这次导入的进度(可能程序已重新打开),请重新导入');
      return snapshot(job);
    },
  };
};
