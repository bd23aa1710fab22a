// Writing a report on a unit's behalf (代录 / 代填): the one way the office authors a unit's report. The
// row goes into `reports` under the office's origin (logged like every report, so it is reviewed, counted
// and kept in history), and proxy_reports records that this version was the office's and what it came
// from: a returned sheet or Word table, a bulletin, or typed in by hand ('form', no file). Never over a
// report the unit sent itself; callers check that first (returns-preview.ts says why in Chinese).
import type { ReturnedValues } from '../../shared/progress/returned-rows.js';
import type { ReportKey } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { upsertSynced } from '../sync/synced-write.js';
import { recordProxyEntry, type ProxySourceKind } from './proxy-store.js';

export type ProxySource = { kind: ProxySourceKind; fileName: string; fileSha256: string | null; rowNumber: number | null };

/** Must run inside a transaction. Returns the report's new version. */
export const writeProxyReport = (ctx: BackendContext, key: ReportKey, values: ReturnedValues, source: ProxySource): number => {
  const origin = ctx.identity.originId;
  const now = ctx.clock().toISOString();
  const rowKey = { task_id: key.taskId, department_id: key.departmentId, period_id: key.periodId };
  const version = upsertSynced(ctx.db, origin, 'reports', {
    ...rowKey,
    status: values.status,
    percent: values.percent,
    progress: values.progress,
    problems: values.problems,
    next_steps: values.nextSteps,
    submitted_at: now,
    deleted: 0,
  });
  recordProxyEntry(ctx.db, { ...key, reportVersion: version, sourceKind: source.kind, fileName: source.fileName, fileSha256: source.fileSha256, rowNumber: source.rowNumber, enteredBy: origin, enteredAt: now });
  if (source.fileSha256 === null) return version;
  // The source file is the report's evidence, linked once.
  const linked = prepared(ctx.db, 'SELECT deleted FROM report_attachments WHERE task_id = ? AND department_id = ? AND period_id = ? AND sha256 = ?').get(
    key.taskId,
    key.departmentId,
    key.periodId,
    source.fileSha256,
  ) as { deleted: number } | undefined;
  if (!linked || linked.deleted === 1) upsertSynced(ctx.db, origin, 'report_attachments', { ...rowKey, sha256: source.fileSha256, file_name: source.fileName, deleted: 0 });
  return version;
};
