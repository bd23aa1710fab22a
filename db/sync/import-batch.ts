// The whole batch a person picked, owned by the backend (issue 19): importPackages orders the files and
// makes one backup; this retries files refused for a gap once others of the batch have gone in (a
// fingerprint confirmed later can unlock a sender's earlier package). import-jobs.ts runs it as a job the
// screen polls, and resumes it after a person's confirmation.
import type { ImportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { importPackages, type ImportListener, type ImportSource } from './import.js';

/** batchBackupId: the backup of the batch this run continues (a resumed job), reused if still the latest. */
export type BatchOptions = { confirmMassChange?: string[]; batchBackupId?: string; onProgress?: ImportListener };

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
      { confirmMassChange: options.confirmMassChange, batchBackupId: result.backupId ?? options.batchBackupId },
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
