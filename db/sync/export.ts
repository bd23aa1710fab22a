// Making packages. Every export is cumulative from the last sequence the recipient acknowledged, so a
// lost stick never leaves a gap; the office sends a department the plan tables and that unit's reviews.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { CHANGES_PATH, packageFileName, type Manifest, type PackageKind, type WireChange } from '../../shared/sync/manifest.js';
import { OFFICE_TABLES } from '../../shared/sync/authority.js';
import { receiverLimitProblem } from '../../shared/sync/receiver-limits.js';
import type { ExportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { isProxyReview } from '../adoption/proxy-store.js';
import { defaultPlanId } from '../plans/queries.js';
import { prepared } from '../statements.js';
import { readAttachment, resolveOutPath, writeFileAtomic } from './files.js';
import { saveHighWater } from './floors.js';
import { signBytes } from './keys.js';
import { buildPackage, type PackageContent } from './package-zip.js';
import { ackOf, departmentName, officePeer, readSelf, watermarkOf, type Self } from './state.js';

type LogRow = { seq: number; table_name: string; pk: string; row_version: number; base_version: number; op: 'upsert' | 'delete'; row_json: string };

export const ownChanges = (db: Db, originId: string, fromSeq: number): WireChange[] =>
  (prepared(db, 'SELECT * FROM change_log WHERE origin_id = ? AND seq >= ? ORDER BY seq').all(originId, fromSeq) as LogRow[]).map((r) => ({
    origin: originId,
    seq: r.seq,
    table: r.table_name,
    pk: r.pk,
    rowVersion: r.row_version,
    baseVersion: r.base_version,
    op: r.op,
    row: JSON.parse(r.row_json) as Record<string, unknown>,
  }));

export const maxOwnSeq = (db: Db, originId: string): number =>
  (prepared(db, 'SELECT MAX(seq) AS seq FROM change_log WHERE origin_id = ?').get(originId) as { seq: number | null }).seq ?? 0;

/** What the office sends one department: the whole plan, and reviews of that department's own reports only (not of 代录). */
const isForDepartment = (db: Db, change: WireChange, departmentId: string): boolean =>
  change.table === 'reviews'
    ? change.row.department_id === departmentId && !isProxyReview(db, String(change.row.id))
    : (OFFICE_TABLES as readonly string[]).includes(change.table);

const ndjson = (changes: WireChange[]): PackageContent => ({
  path: CHANGES_PATH,
  bytes: new TextEncoder().encode(changes.map((c) => JSON.stringify(c)).join('\n') + (changes.length ? '\n' : '')),
  records: changes.length,
});

const attachmentContents = (filesDir: string, changes: WireChange[]): PackageContent[] => {
  const hashes = new Set(changes.filter((c) => c.table === 'report_attachments').map((c) => String(c.row.sha256)));
  return [...hashes].sort().flatMap((sha) => {
    const bytes = readAttachment(filesDir, sha);
    // A missing evidence file travels as a missing entry; the receiver refuses that one change.
    return bytes ? [{ path: `attachments/${sha}`, bytes, records: 1 }] : [];
  });
};

const planVersionOf = (db: Db, planId: string | null): number =>
  planId ? ((prepared(db, 'SELECT plan_version FROM plans WHERE id = ?').get(planId) as { plan_version: number } | undefined)?.plan_version ?? 0) : 0;

type Draft = {
  kind: PackageKind;
  to: string | null;
  toDepartmentId: string | null;
  seqFrom: number;
  seqTo: number;
  acks: Record<string, number>;
  contents: PackageContent[];
  unit: string;
  changeCount: number;
  innerPackageCount?: number;
};

/** Signs, writes and records one package. */
export const writePackage = (ctx: BackendContext, self: Self, draft: Draft, out: string): ExportResult => {
  const { db } = ctx;
  const packageId = randomUUID();
  const createdAt = ctx.clock().toISOString();
  const planId = defaultPlanId(db);
  const header: Omit<Manifest, 'entries' | 'format' | 'formatVersion' | 'schemaVersion'> = {
    packageId,
    kind: draft.kind,
    from: { originId: self.originId, publicKeyPem: self.publicKeyPem, role: self.role, departmentId: self.departmentId, name: self.name },
    to: draft.to,
    toDepartmentId: draft.toDepartmentId,
    planId,
    planVersion: planVersionOf(db, planId),
    seqFrom: draft.seqFrom,
    seqTo: draft.seqTo,
    acks: draft.acks,
    createdAt,
  };
  const sizes = draft.contents.map((c) => ({ path: c.path, size: c.bytes.length }));
  const beforeZip = receiverLimitProblem(sizes, null);
  if (beforeZip) throw new ApiError('refused', beforeZip);
  const bytes = buildPackage(header, draft.contents, (b) => signBytes(db, b));
  const zipped = receiverLimitProblem(sizes, bytes.length);
  if (zipped) throw new ApiError('refused', zipped);
  const path = resolveOutPath(out, packageFileName(draft.unit, draft.kind, createdAt, draft.seqFrom, draft.seqTo));
  // Temporary name, flush, rename (db/atomic-write.ts): a half-written package never exists.
  writeFileAtomic(path, bytes);
  prepared(
    db,
    `INSERT INTO sync_exports (package_id, kind, to_origin, to_department_id, seq_from, seq_to, changes, file_name, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(packageId, draft.kind, draft.to, draft.toDepartmentId, draft.seqFrom, draft.seqTo, draft.changeCount, basename(path), createdAt);
  saveHighWater(db, ctx.filesDir, self.originId);
  return {
    path,
    fileName: basename(path),
    packageId,
    kind: draft.kind,
    seqFrom: draft.seqFrom,
    seqTo: draft.seqTo,
    changeCount: draft.changeCount,
    attachmentCount: draft.contents.filter((c) => c.path.startsWith('attachments/')).length,
    innerPackageCount: draft.innerPackageCount ?? 0,
  };
};

const requireRole = (self: Self, role: Self['role'], what: string): void => {
  if (self.role !== role) throw new ApiError('refused', `${what}只能在${role === 'office' ? '牵头办公室' : '部门'}端进行,本机是${self.role === 'office' ? '牵头办公室' : '部门'}端`);
};

const findDepartment = (db: Db, typed: string): { id: string; name: string } => {
  const row = prepared(
    db,
    `SELECT id, name FROM departments WHERE deleted = 0 AND (id = @t OR name = @t
       OR id IN (SELECT department_id FROM department_aliases WHERE alias = @t))`,
  ).get({ t: typed }) as { id: string; name: string } | undefined;
  if (!row) throw new ApiError('not_found', `部门目录中没有“${typed}”`);
  return row;
};

/** Office: the plan, the directory and this office's key, for a department's first run. */
export const exportSetup = (ctx: BackendContext, department: string, out: string): ExportResult => {
  const self = readSelf(ctx.db, ctx.identity);
  requireRole(self, 'office', '生成初始化包');
  if (!defaultPlanId(ctx.db)) throw new ApiError('refused', '本机还没有规划,无法生成初始化包');
  const dept = findDepartment(ctx.db, department);
  const changes = ownChanges(ctx.db, self.originId, 1).filter((c) => isForDepartment(ctx.db, c, dept.id));
  return writePackage(
    ctx,
    self,
    { kind: 'setup', to: null, toDepartmentId: dept.id, seqFrom: 1, seqTo: maxOwnSeq(ctx.db, self.originId), acks: {}, contents: [ndjson(changes)], unit: dept.name, changeCount: changes.length },
    out,
  );
};

/** Department: everything the office has not acknowledged. Office: reviews and plan changes for one department. */
export const exportChanges = (ctx: BackendContext, out: string, toDepartment: string | undefined): ExportResult => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  if (self.role === 'department') {
    const office = officePeer(db);
    if (!office) throw new ApiError('refused', '本机尚未导入牵头办公室的初始化包,无法导出');
    const seqFrom = ackOf(db, office.origin_id) + 1;
    const seqTo = maxOwnSeq(db, self.originId);
    if (seqTo < seqFrom) throw new ApiError('refused', '没有需要发送的新内容:牵头办公室已确认收到本机全部填报');
    const changes = ownChanges(db, self.originId, seqFrom);
    const contents = [ndjson(changes), ...attachmentContents(ctx.filesDir, changes)];
    const acks = { [office.origin_id]: watermarkOf(db, office.origin_id) };
    return writePackage(ctx, self, { kind: 'progress', to: office.origin_id, toDepartmentId: null, seqFrom, seqTo, acks, contents, unit: self.name, changeCount: changes.length }, out);
  }
  if (!toDepartment) throw new ApiError('bad_input', '牵头办公室导出时请用 --to 指定接收部门');
  const dept = findDepartment(db, toDepartment);
  const peer = prepared(
    db,
    "SELECT origin_id FROM sync_peers WHERE department_id = ? AND role = 'department' AND revoked_at IS NULL ORDER BY enrolled_at DESC, origin_id LIMIT 1",
  ).get(dept.id) as { origin_id: string } | undefined;
  if (!peer) throw new ApiError('refused', `${dept.name}尚未登记(还没有导入过该部门的数据包),请先用初始化包`);
  const seqTo = maxOwnSeq(db, self.originId);
  // Nothing new still makes a package: it carries our acknowledgement, which a department restored from an
  // old backup needs before its new reports can reach us (rewind.ts).
  const seqFrom = Math.min(ackOf(db, peer.origin_id) + 1, Math.max(seqTo, 1));
  const changes = ownChanges(db, self.originId, ackOf(db, peer.origin_id) + 1).filter((c) => isForDepartment(ctx.db, c, dept.id));
  const isPlanUpdate = changes.some((c) => c.table !== 'reviews');
  const acks = { [peer.origin_id]: watermarkOf(db, peer.origin_id) };
  return writePackage(
    ctx,
    self,
    { kind: isPlanUpdate ? 'plan-update' : 'review', to: peer.origin_id, toDepartmentId: dept.id, seqFrom, seqTo, acks, contents: [ndjson(changes)], unit: dept.name, changeCount: changes.length },
    out,
  );
};

export { departmentName };
