// Choosing this installation's role, and the office's control over enrolled keys.
import { requireOfficePc } from '../roles.js';
import { ApiError } from '../../shared/api/errors.js';
import type { PeerSummary, SyncStatus } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import { writeMeta } from '../meta.js';
import { prepared } from '../statements.js';
import { ackOf, listPeers, officePeer, readSelf, watermarkOf } from './state.js';
import { describe as describeCollecting, planCadence } from './collecting.js';
import { strandedReports } from './stranded.js';
import { defaultPlanId } from '../plans/queries.js';
import { dayOf } from '../../shared/progress/days.js';

export const syncStatus = (ctx: BackendContext): SyncStatus => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  const office = self.role === 'department' ? officePeer(db) : undefined;
  const count = (sql: string): number => (prepared(db, sql).get() as { n: number }).n;
  return {
    role: self.role,
    originId: self.originId,
    fingerprint: self.fingerprint,
    name: self.name,
    departmentId: self.departmentId,
    office: office ? { originId: office.origin_id, fingerprint: office.fingerprint } : null,
    peerCount: count('SELECT COUNT(*) AS n FROM sync_peers WHERE revoked_at IS NULL'),
    openConflicts: count("SELECT COUNT(DISTINCT table_name || '|' || pk) AS n FROM sync_conflicts WHERE status = 'open'"),
    pendingReviews: count(`SELECT COUNT(*) AS n FROM reports r WHERE r.deleted = 0 AND NOT EXISTS (
      SELECT 1 FROM reviews v WHERE v.task_id = r.task_id AND v.department_id = r.department_id AND v.period_id = r.period_id
        AND v.report_version = r.row_version AND v.deleted = 0)`),
    collecting: describeCollecting(ctx, planCadence(db, defaultPlanId(db))),
    stranded: self.role === 'department' ? strandedReports(db, self.departmentId, self.originId) : [],
  };
};

/** Sets the role once: an installation that already holds data of one role cannot silently become the other. */
export const initRole = (ctx: BackendContext, role: 'office' | 'department', name: string | undefined): SyncStatus => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  if (self.role !== role) {
    const hasOwnWrites = prepared(db, 'SELECT 1 FROM change_log WHERE origin_id = ? LIMIT 1').get(self.originId) !== undefined;
    const hasPeers = prepared(db, 'SELECT 1 FROM sync_peers LIMIT 1').get() !== undefined;
    if (hasOwnWrites || hasPeers)
      throw new ApiError(
        'refused',
        `本机已作为${self.role === 'office' ? '牵头办公室' : '部门'}使用并有数据,不能改为${role === 'office' ? '牵头办公室' : '部门'}端;请用新的数据文件夹(--db 或 DUBAN_HOME)初始化`,
      );
    writeMeta(db, 'role', role);
    ctx.identity.role = role;
  }
  if (name && role === 'office') writeMeta(db, 'office_name', name.trim());
  return syncStatus(ctx);
};

/** The newest package imported from a key, by its sequence number (never by a date). */
const lastPackageOf = (ctx: BackendContext, originId: string): PeerSummary['lastPackage'] => {
  const row = prepared(
    ctx.db,
    'SELECT seq_to, created_at, imported_at FROM sync_packages WHERE from_origin = ? ORDER BY seq_to DESC, imported_at DESC LIMIT 1',
  ).get(originId) as { seq_to: number; created_at: string; imported_at: string } | undefined;
  return row ? { seqTo: row.seq_to, createdAt: row.created_at, importedAt: row.imported_at } : null;
};

export const peerSummaries = (ctx: BackendContext): PeerSummary[] =>
  listPeers(ctx.db).map((p) => ({
    originId: p.origin_id,
    fingerprint: p.fingerprint,
    role: p.role,
    departmentId: p.department_id,
    name: p.name,
    enrolledAt: p.enrolled_at,
    revokedAt: p.revoked_at,
    revokeReason: p.revoke_reason ?? '',
    lastPackage: lastPackageOf(ctx, p.origin_id),
    watermark: watermarkOf(ctx.db, p.origin_id),
    acked: ackOf(ctx.db, p.origin_id),
  }));

/** Revokes by origin id or fingerprint: later packages signed with that key are refused. */
export const revokePeer = (ctx: BackendContext, which: string, reason: string): PeerSummary => {
  requireOfficePc(ctx, '吊销密钥');
  const { db } = ctx;
  const key = which.trim();
  const peer = listPeers(db).find((p) => p.origin_id === key || p.fingerprint === key.toUpperCase());
  if (!peer) throw new ApiError('not_found', `没有登记这个密钥:${key}`);
  if (peer.revoked_at) throw new ApiError('conflict', `${peer.name}的密钥已于 ${dayOf(new Date(peer.revoked_at))} 吊销`);
  prepared(db, 'UPDATE sync_peers SET revoked_at = ?, revoke_reason = ? WHERE origin_id = ?').run(ctx.clock().toISOString(), reason, peer.origin_id);
  const summary = peerSummaries(ctx).find((p) => p.originId === peer.origin_id);
  if (!summary) throw new ApiError('internal', '吊销后读取失败');
  return summary;
};
