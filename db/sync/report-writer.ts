// THE SYNC LAYER'S OWN REPORT WRITER: a minimal stand-in for the department workbench's submit (#4), so
// package sync is tested on real change-log rows (row_version bumps, base versions, evidence files).
// Swap callers to the workbench's submit once it lands; nothing else in db/sync depends on this file.
import { ApiError } from '../../shared/api/errors.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { attachmentPath, writeFileAtomic } from './files.js';
import { sha256Hex } from './keys.js';
import { upsertSynced } from './synced-write.js';
import { readSelf } from './state.js';

export type SyncReportInput = {
  taskId: string;
  periodId: string;
  status: 'not_started' | 'on_track' | 'done' | 'behind' | 'ongoing';
  percent: number | null;
  progress: string;
  problems?: string;
  nextSteps?: string;
  /** Evidence files: stored content-addressed beside the database and linked to the report. */
  attachments?: { fileName: string; bytes: Uint8Array }[];
  /** Only for tests that must write as another unit (authority checks); defaults to this installation's unit. */
  departmentId?: string;
};

/** Writes (or rewrites, bumping row_version) this department's report for one task and period. */
export const writeReportForSync = (ctx: BackendContext, input: SyncReportInput): number => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  const departmentId = input.departmentId ?? self.departmentId;
  if (!departmentId) throw new ApiError('refused', '本机尚未初始化为部门端');
  const now = ctx.clock().toISOString();
  const files = (input.attachments ?? []).map((a) => ({ ...a, sha256: sha256Hex(a.bytes) }));
  for (const file of files) writeFileAtomic(attachmentPath(ctx.filesDir, file.sha256), file.bytes);
  return db.transaction(() => {
    const version = upsertSynced(db, self.originId, 'reports', {
      task_id: input.taskId,
      department_id: departmentId,
      period_id: input.periodId,
      status: input.status,
      percent: input.percent,
      progress: input.progress,
      problems: input.problems ?? '',
      next_steps: input.nextSteps ?? '',
      submitted_at: now,
      deleted: 0,
    });
    for (const file of files) {
      prepared(db, 'INSERT OR IGNORE INTO attachments (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(file.sha256, file.bytes.length, '', now);
      upsertSynced(db, self.originId, 'report_attachments', {
        task_id: input.taskId,
        department_id: departmentId,
        period_id: input.periodId,
        sha256: file.sha256,
        file_name: file.fileName,
        deleted: 0,
      });
    }
    return version;
  })();
};
