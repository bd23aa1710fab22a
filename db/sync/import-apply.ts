// One verified package's turn in an import: whether it would write anything (from stored state only), and
// its apply in one transaction (files first, then rows, watermark, acknowledgement and the package's
// record), with an honest outcome: applied, partly applied, or refused, never "applied" for what was refused.
// The batch around it (order, backup, confirmations) is import.ts.
import { existsSync } from 'node:fs';
import { KIND_LABELS } from '../../shared/sync/manifest.js';
import { refusalMessage } from '../../shared/sync/reasons.js';
import type { ImportFileReport } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { writeMeta } from '../meta.js';
import { buildRollupView } from '../rollups/view-build.js';
import { recordRollupView } from '../rollups/views.js';
import { prepared } from '../statements.js';
import { applyChanges } from './apply.js';
import { receiveCollecting } from './collecting.js';
import { attachmentPath, storedPackagePath, writeFileAtomic } from './files.js';
import { fingerprintOf } from './keys.js';
import { restoreCarried } from './reissue.js';
import { rewoundProblem } from './rewind.js';
import { enrolPeer, isPackageImported, recordAck, revokeUnitKeys, setWatermark, watermarkOf, type Self } from './state.js';
import type { VerifiedPackage } from './verify.js';

/** Decides, from stored state only, whether a verified package would write anything. */
export const classify = (ctx: BackendContext, pkg: VerifiedPackage, report: ImportFileReport): boolean => {
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

export const applyPackage = (ctx: BackendContext, self: Self, pkg: VerifiedPackage, report: ImportFileReport, fileName: string): void => {
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
