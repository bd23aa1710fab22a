// Importing packages: verify every file first (no writes), order them (setup first, then each sender's
// packages by sequence, so a folder off a USB stick imports in any order), back up once, then apply each
// package in its own transaction with synchronous=FULL. Idempotent by package id and watermark. Only
// small facts of each checked file are kept between the two steps; the file is read again (and must be
// the same bytes) when its turn comes, and released after its apply (import-sources.ts).
import { KIND_LABELS } from '../../shared/sync/manifest.js';
import { emptyImportReport } from '../../shared/sync/import-report.js';
import { refusalMessage } from '../../shared/sync/reasons.js';
import type { ImportFileReport, ImportProgress, ImportResult, SenderSummary } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { writeMeta } from '../meta.js';
import { prepared } from '../statements.js';
import { applyChanges } from './apply.js';
import { createBackup, listBackups } from './backups.js';
import { massChangeMessage, measureMassChange } from './mass-change.js';
import { attachmentPath, storedPackagePath, writeFileAtomic } from './files.js';
import { checkSource, noteRefusal, reloadChecked, sourceName, type CheckedPackage, type ImportSource } from './import-sources.js';
import { fingerprintOf } from './keys.js';
import { PackageRefusal } from './package-zip.js';
import { ackOf, enrolPeer, isPackageImported, readSelf, recordAck, revokeUnitKeys, setWatermark, watermarkOf, type Self } from './state.js';
import { receiveCollecting } from './collecting.js';
import { restoreCarried } from './reissue.js';
import { checkRecipient, type VerifiedPackage } from './verify.js';
import { absorbOfficeAck, rewoundProblem } from './rewind.js';
import { existsSync } from 'node:fs';
import { buildRollupView } from '../rollups/view-build.js';
import { recordRollupView } from '../rollups/views.js';

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

/** Decides, from stored state only, whether a verified package would write anything. */
const classify = (ctx: BackendContext, pkg: VerifiedPackage, report: ImportFileReport): boolean => {
  const { manifest } = pkg;
  if (isPackageImported(ctx.db, manifest.packageId)) {
    report.outcome = 'already_imported';
    report.message = '该数据包以前已导入过,本次未做任何改动';
    return false;
  }
  if (manifest.kind === 'rollup') return true;
  const watermark = watermarkOf(ctx.db, manifest.from.originId);
  const rewoundAt = rewoundProblem(ctx.db, manifest.from.originId, watermark, pkg.changes);
  if (rewoundAt !== null) {
    report.refusalCode = 'rewound';
    report.message = refusalMessage(
      'rewound',
      `第 ${rewoundAt} 号起不同;请${manifest.from.name}先导入本机最新导出的审核结果包(其中带有本机已收到的序号),再重新导出,新填报会排在其后`,
    );
    return false;
  }
  if (manifest.seqTo <= watermark) {
    report.outcome = 'older';
    report.message = `内容都已收到过(本机已有该单位第 ${watermark} 号及以前的全部变更),本次未做任何改动`;
    return false;
  }
  if (manifest.seqFrom > watermark + 1) {
    report.outcome = 'rejected';
    report.refusalCode = 'gap';
    report.missing = { from: watermark + 1, to: manifest.seqFrom - 1 };
    report.message = refusalMessage('gap', `缺少第 ${watermark + 1} 至 ${manifest.seqFrom - 1} 号变更;请${manifest.from.name}重新导出一次,新包会包含全部未确认的内容`);
    return false;
  }
  return true;
};

const applyPackage = (ctx: BackendContext, self: Self, pkg: VerifiedPackage, report: ImportFileReport, fileName: string): void => {
  const { db, filesDir } = ctx;
  const { manifest } = pkg;
  const now = ctx.clock().toISOString();
  // Files first (content-addressed, renamed into place): a crash before commit leaves only unused files.
  for (const [path, bytes] of pkg.files) {
    if (path.startsWith('attachments/')) {
      const target = attachmentPath(filesDir, path.slice('attachments/'.length));
      if (!existsSync(target)) writeFileAtomic(target, bytes);
    }
  }
  writeFileAtomic(storedPackagePath(filesDir, manifest.packageId), pkg.bytes);
  // A verified roll-up gets its read-only view file before the transaction lists it (rollups/view-build.ts).
  const rollupView = manifest.kind === 'rollup' ? buildRollupView(filesDir, pkg) : null;
  const hasAttachment = (sha: string): boolean =>
    pkg.files.has(`attachments/${sha}`) || prepared(db, 'SELECT 1 FROM attachments WHERE sha256 = ?').get(sha) !== undefined;

  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    if (!pkg.peer) {
      // One active key per unit: confirming a new PC's key (its fingerprint read over the phone) retires the old one.
      if (manifest.from.role === 'department' && manifest.from.departmentId) {
        const replaced = revokeUnitKeys(db, manifest.from.departmentId, manifest.from.originId, `已由新电脑的密钥 ${fingerprintOf(manifest.from.publicKeyPem)} 取代`, now);
        report.replacedKeys = replaced.map((p) => p.fingerprint);
      }
      enrolPeer(db, {
        origin_id: manifest.from.originId,
        public_key: manifest.from.publicKeyPem,
        role: manifest.from.role,
        department_id: manifest.from.role === 'department' ? manifest.from.departmentId : null,
        name: manifest.from.name,
        enrolled_at: now,
      });
    }
    if (rollupView) recordRollupView(db, rollupView, now);
    if (manifest.kind === 'setup' && manifest.toDepartmentId) writeMeta(db, 'department_id', manifest.toDepartmentId);
    if (self.role === 'department' && manifest.from.role === 'office') receiveCollecting(db, manifest.collecting, manifest.seqTo);
    for (const [path, bytes] of pkg.files) {
      if (!path.startsWith('attachments/')) continue;
      prepared(db, 'INSERT OR IGNORE INTO attachments (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(
        path.slice('attachments/'.length),
        bytes.length,
        '',
        now,
      );
    }
    let counts = report.counts;
    if (manifest.kind !== 'rollup') {
      const watermark = watermarkOf(db, manifest.from.originId);
      const fresh = pkg.changes.filter((c) => c.seq > watermark);
      const sender = { role: manifest.from.role, departmentId: pkg.peer?.department_id ?? manifest.from.departmentId };
      const result = applyChanges(db, manifest.packageId, sender, fresh, hasAttachment);
      counts = result.counts;
      counts.skipped += pkg.changes.length - fresh.length;
      report.refusedChanges = result.refused;
      // A re-issued setup package: the unit's own rows as the office holds them, after the plan they refer to.
      if (pkg.carried.length > 0) counts.applied += restoreCarried(db, pkg.carried);
      setWatermark(db, manifest.from.originId, manifest.seqTo);
      const acked = manifest.acks[self.originId];
      if (acked !== undefined) recordAck(db, manifest.from.originId, acked);
    }
    prepared(
      db,
      `INSERT INTO sync_packages (package_id, kind, from_origin, to_origin, seq_from, seq_to, file_name, file_sha256, created_at, imported_at,
         applied, skipped, conflicts, refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      manifest.packageId,
      manifest.kind,
      manifest.from.originId,
      manifest.to,
      manifest.seqFrom,
      manifest.seqTo,
      fileName,
      pkg.fileSha256,
      manifest.createdAt,
      now,
      counts.applied,
      counts.skipped,
      counts.conflicts,
      counts.refused,
    );
    report.counts = counts;
  })();
  const { applied, conflicts, refused, skipped } = report.counts;
  if (manifest.kind === 'rollup') {
    report.outcome = 'verified';
    report.message = `汇总包已核验:${pkg.inner.length} 个原始数据包签名全部有效;可在“下级汇总”中只读查看${manifest.from.name}的任务与统计`;
    return;
  }
  // Honest outcomes: nothing refused is reported as applied (issue 16).
  const voided = report.refusedChanges.filter((r) => r.isVoid).length;
  // Changes already held (skipped) are not news: a package whose only new changes were refused is refused.
  const taken = applied + conflicts;
  const tally = `应用 ${applied} 条,跳过 ${skipped} 条,冲突 ${conflicts} 条,拒收 ${refused - voided} 条${voided ? `,已失效 ${voided} 条(该任务已调整,本单位不再参与)` : ''}`;
  if (refused === 0) {
    report.outcome = 'applied';
    report.message = `已导入${KIND_LABELS[manifest.kind]}:${tally}`;
  } else if (taken > 0) {
    report.outcome = 'partly_applied';
    report.message = `部分导入${KIND_LABELS[manifest.kind]}:${tally};未导入的各条及原因见下`;
  } else {
    report.outcome = 'rejected';
    report.message = `${KIND_LABELS[manifest.kind]}中的变更全部未导入:${tally};各条原因见下。该包已记录,再次导入不会重复`;
  }
  if (report.replacedKeys?.length) report.message += `;该单位旧电脑的密钥(指纹 ${report.replacedKeys.join('、')})已吊销`;
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
  report.message = massChangeMessage(measured, manifest.packageId);
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
