// Importing packages: verify every file first (no writes), order them (setup first, then each sender's
// packages by sequence, so a folder off a USB stick imports in any order), back up once, then apply each
// package in its own transaction with synchronous=FULL. Idempotent by package id and watermark. Only
// small facts of each checked file are kept between the two steps; the file is read again (and must be
// the same bytes) when its turn comes, and released after its apply (import-sources.ts).
import { emptyImportReport } from '../../shared/sync/import-report.js';
import { refusalMessage } from '../../shared/sync/reasons.js';
import type { ImportFileReport, ImportProgress, ImportResult, SenderSummary } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { createBackup, listBackups } from './backups.js';
import { massChangeMessage, measureMassChange } from './mass-change.js';
import { checkSource, noteRefusal, reloadChecked, sourceName, type CheckedPackage, type ImportSource } from './import-sources.js';
import { fingerprintOf } from './keys.js';
import { PackageRefusal } from './package-zip.js';
import { ackOf, readSelf, watermarkOf } from './state.js';
import { checkRecipient, type VerifiedPackage } from './verify.js';
import { applyPackage, classify } from './import-apply.js';
import { absorbOfficeAck } from './rewind.js';

export type { ImportSource } from './import-sources.js';

const senderOf = (pkg: Pick<CheckedPackage, 'manifest' | 'peer'>): SenderSummary => ({
  originId: pkg.manifest.from.originId,
  fingerprint: fingerprintOf(pkg.manifest.from.publicKeyPem),
  name: pkg.peer?.name || pkg.manifest.from.name,
  role: pkg.manifest.from.role,
  departmentId: pkg.peer?.department_id ?? pkg.manifest.from.departmentId,
  isEnrolled: pkg.peer !== null,
});

/** Setup first, then per sender by sequence: the order packages were made in, whatever order they arrive. */
const byMadeOrder = (a: CheckedPackage, b: CheckedPackage): number => {
  const ma = a.manifest;
  const mb = b.manifest;
  if ((ma.kind === 'setup') !== (mb.kind === 'setup')) return ma.kind === 'setup' ? -1 : 1;
  return ma.from.originId.localeCompare(mb.from.originId) || ma.seqFrom - mb.seqFrom || ma.seqTo - mb.seqTo || ma.packageId.localeCompare(mb.packageId);
};

/** Told as the batch moves: before each file's turn, and when a file's report is final (its index in `sources`). */
export type ImportListener = (progress: ImportProgress, finished?: { index: number; report: ImportFileReport }) => Promise<void> | void;

export type ImportOptions = { confirmMassChange?: string[]; batchBackupId?: string; onProgress?: ImportListener };

/** Step 6: a package moving or closing too many tasks waits for a person's confirmation by package id. */
const needsConfirmation = (ctx: BackendContext, pkg: VerifiedPackage, report: ImportFileReport, confirmed: ReadonlySet<string>): boolean => {
  const { manifest } = pkg;
  if (manifest.kind === 'rollup') return false;
  const watermark = watermarkOf(ctx.db, manifest.from.originId);
  const measured = measureMassChange(ctx.db, manifest.planId, pkg.changes.filter((c) => c.seq > watermark));
  report.massChange = measured;
  if (!measured.isOverThreshold || confirmed.has(manifest.packageId)) return false;
  report.outcome = 'needs_confirmation';
  report.message = massChangeMessage(measured);
  return true;
};

/** Imports files; never throws for a bad package (each gets its report), only for a failure of this PC. */
export const importPackages = async (ctx: BackendContext, sources: ImportSource[], trust: string[], options: ImportOptions = {}): Promise<ImportResult> => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  const trusted = new Set(trust.map((t) => t.trim().toUpperCase()));
  const reports: ImportFileReport[] = [];
  const pending: CheckedPackage[] = [];
  const fileNames: string[] = [];
  const tell = options.onProgress ?? (() => undefined);
  const total = sources.length;
  let done = 0;
  const finish = async (index: number): Promise<void> => {
    const report = reports[index];
    done += 1;
    if (report) await tell({ phase: done === total ? 'finished' : 'importing', done, total, current: '' }, { index, report });
  };
  for (const [index, source] of sources.entries()) {
    let file = sourceName(source);
    await tell({ phase: 'checking', done, total, current: file });
    const report = emptyImportReport(file);
    reports.push(report);
    try {
      const read = checkSource(db, self, source, index, trusted);
      file = read.file;
      const { manifest, inner } = read.checked;
      Object.assign(report, {
        packageId: manifest.packageId,
        kind: manifest.kind,
        sender: senderOf(read.checked),
        seqFrom: manifest.seqFrom,
        seqTo: manifest.seqTo,
        inner,
      });
      pending.push(read.checked);
    } catch (error) {
      if (!noteRefusal(report, error, self)) throw error;
      fileNames[index] = file;
      await finish(index);
      continue;
    }
    fileNames[index] = file;
  }
  pending.sort(byMadeOrder);
  // A fresh department given setup packages for several units cannot know which is its own: refuse them all.
  const setupFor = new Set(pending.filter((p) => p.manifest.kind === 'setup').map((p) => p.manifest.toDepartmentId));
  const isAmbiguousSetup = self.role === 'department' && !self.departmentId && setupFor.size > 1;
  const confirmed = new Set(options.confirmMassChange ?? []);
  // The UI imports a batch file by file; the backup made for the batch's first write covers the rest, as long
  // as nothing else was backed up (another import) since.
  let backupId: string | null = options.batchBackupId && listBackups(ctx.filesDir)[0]?.id === options.batchBackupId ? options.batchBackupId : null;
  const previous = db.pragma('synchronous', { simple: true }) as number;
  let isSynchronousFull = false;
  const applyTurn = async (checked: CheckedPackage, report: ImportFileReport): Promise<void> => {
    if (isAmbiguousSetup && checked.manifest.kind === 'setup') {
      report.refusalCode = 'wrong_recipient';
      report.message = refusalMessage('wrong_recipient', '同时选了多个部门的初始化包,请只导入本部门的那一个');
      return;
    }
    try {
      // Re-checked now: an earlier package of this batch may have changed who this installation is.
      checkRecipient(db, readSelf(db, ctx.identity), checked.manifest);
    } catch (error) {
      if (!(error instanceof PackageRefusal)) throw error;
      report.refusalCode = error.code;
      report.message = error.message;
      return;
    }
    // Read again for its apply (the same bytes as checked, or refused); released when this turn ends.
    let pkg: VerifiedPackage;
    try {
      pkg = reloadChecked(db, checked);
    } catch (error) {
      if (!noteRefusal(report, error, self)) throw error;
      return;
    }
    const isToApply = classify(ctx, pkg, report) && !needsConfirmation(ctx, pkg, report, confirmed);
    // A department reads the office's acknowledgement even from a package it has (a restored copy needs it),
    // but not from one held for confirmation or refused: a refused import writes nothing, not even a backup.
    const acked = self.role === 'department' && pkg.peer?.role === 'office' ? pkg.manifest.acks[self.originId] : undefined;
    const isRefused = report.refusalCode !== null || report.outcome === 'needs_confirmation' || (!isToApply && report.outcome === 'rejected');
    let resent = 0;
    if (!isRefused && acked !== undefined && acked > ackOf(db, pkg.manifest.from.originId)) {
      backupId ??= (await createBackup(ctx, `导入 ${pending.length} 个数据包之前的自动备份`)).id;
      resent = db.transaction(() => absorbOfficeAck(db, self.originId, pkg.manifest.from.originId, acked))();
    }
    const rewoundNote = resent > 0 ? `;本机曾从旧备份恢复,已将 ${resent} 条填报重新编号,请重新导出进度包发给牵头办公室` : '';
    if (!isToApply) {
      report.message += rewoundNote;
      return;
    }
    backupId ??= (await createBackup(ctx, `导入 ${pending.length} 个数据包之前的自动备份`)).id;
    if (!isSynchronousFull) {
      db.pragma('synchronous = FULL');
      isSynchronousFull = true;
    }
    applyPackage(ctx, self, pkg, report, fileNames[checked.index] ?? '');
    report.message += rewoundNote;
  };
  try {
    for (const checked of pending) {
      const report = reports[checked.index];
      if (!report) continue;
      await tell({ phase: 'importing', done, total, current: fileNames[checked.index] ?? '' });
      await applyTurn(checked, report);
      await finish(checked.index);
    }
  } finally {
    db.pragma(`synchronous = ${previous}`);
  }
  return { files: reports, backupId };
};
