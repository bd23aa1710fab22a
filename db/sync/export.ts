// Making packages. Every export is cumulative from the last sequence the recipient acknowledged, so a
// lost stick never leaves a gap; the office sends a department the plan tables and that unit's reviews.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { CHANGES_PATH, packageFileName, type Manifest, type PackageKind, type WireChange } from '../../shared/sync/manifest.js';
import { PLAN_TABLES, isSyncedTable, specOf } from '../../shared/sync/tables.js';
import { receiverLimitProblem } from '../../shared/sync/receiver-limits.js';
import type { ExportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { isProxyReview } from '../adoption/proxy-store.js';
import { defaultPlanId } from '../plans/queries.js';
import { currentPeriod } from '../progress/lookup.js';
import type { Cadence } from '../../shared/progress/periods.js';
import { prepared } from '../statements.js';
import { readAttachment, resolveOutPath, writeFileAtomic } from './files.js';
import { saveHighWater } from './floors.js';
import { signBytes } from './keys.js';
import { buildPackage, type PackageContent } from './package-zip.js';
import { activeUnitKey, ackOf, departmentName, listPeers, officePeer, readSelf, revokeUnitKeys, watermarkOf, type Self } from './state.js';
import { officeCollecting, planCadence } from './collecting.js';
import { carriedContent, carriedRowsOf } from './reissue.js';

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
const isForDepartment = (db: Db, change: WireChange, departmentId: string): boolean => {
  if (!isSyncedTable(change.table)) return false;
  const spec = specOf(change.table);
  if (spec.owner !== 'office') return false;
  if (spec.sentTo === 'every-unit') return true;
  return change.row.department_id === departmentId && !(change.table === 'reviews' && isProxyReview(db, String(change.row.id)));
};

const ndjson = (changes: WireChange[]): PackageContent => ({
  path: CHANGES_PATH,
  bytes: new TextEncoder().encode(changes.map((c) => JSON.stringify(c)).join('\n') + (changes.length ? '\n' : '')),
  records: changes.length,
});

const attachmentContents = (filesDir: string, changes: WireChange[]): PackageContent[] => {
  const isEvidence = (c: WireChange): boolean => (c.table === 'report_attachments' || c.table === 'lifecycle_attachments') && c.row.deleted !== 1;
  const hashes = new Set(changes.filter(isEvidence).map((c) => String(c.row.sha256)));
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
  /** Written in the same transaction as the export record (a re-issue's revocation). */
  alsoWrite?: () => void;
};

/** The period a package belongs to, for its file name: the current one of the plan's cadence. */
const periodLabelNow = (ctx: BackendContext, planId: string | null): string => {
  const row = planId ? (prepared(ctx.db, 'SELECT cadence FROM plans WHERE id = ?').get(planId) as { cadence: Cadence } | undefined) : undefined;
  return row ? currentPeriod(ctx, row.cadence).label : '';
};

/**
 * Signs, records and either writes one package to `out` (a folder or a file: the CLI, scripts) or, without
 * `out`, hands its bytes back (the app: the renderer saves them through the desktop save dialog or a
 * browser download, as it does the Excel export).
 */
export const writePackage = (ctx: BackendContext, self: Self, draft: Draft, out: string | undefined): ExportResult => {
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
    ...collectingFor(ctx, self, draft.kind, planId),
  };
  const sizes = draft.contents.map((c) => ({ path: c.path, size: c.bytes.length }));
  const beforeZip = receiverLimitProblem(sizes, null);
  if (beforeZip) throw new ApiError('refused', beforeZip);
  const bytes = buildPackage(header, draft.contents, (b) => signBytes(db, b));
  const zipped = receiverLimitProblem(sizes, bytes.length);
  if (zipped) throw new ApiError('refused', zipped);
  const fileName = packageFileName(draft.unit, draft.kind, createdAt, periodLabelNow(ctx, planId));
  const path = out === undefined ? '' : resolveOutPath(out, fileName);
  // Temporary name, flush, rename (db/atomic-write.ts): a half-written package never exists.
  if (out !== undefined) writeFileAtomic(path, bytes);
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO sync_exports (package_id, kind, to_origin, to_department_id, seq_from, seq_to, changes, file_name, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(packageId, draft.kind, draft.to, draft.toDepartmentId, draft.seqFrom, draft.seqTo, draft.changeCount, path ? basename(path) : fileName, createdAt);
    draft.alsoWrite?.();
  })();
  saveHighWater(db, ctx.filesDir, self.originId);
  return {
    path,
    fileName: path ? basename(path) : fileName,
    dataBase64: out === undefined ? Buffer.from(bytes).toString('base64') : null,
    packageId,
    kind: draft.kind,
    seqFrom: draft.seqFrom,
    seqTo: draft.seqTo,
    changeCount: draft.changeCount,
    attachmentCount: draft.contents.filter((c) => c.path.startsWith('attachments/')).length,
    innerPackageCount: draft.innerPackageCount ?? 0,
  };
};

/** Office packages for a department name the period the office is collecting (collecting.ts). */
const collectingFor = (ctx: BackendContext, self: Self, kind: PackageKind, planId: string | null): Pick<Manifest, 'collecting'> => {
  if (self.role !== 'office' || kind === 'rollup') return {};
  const cadence = planCadence(ctx.db, planId);
  return cadence ? { collecting: officeCollecting(ctx, cadence) } : {};
};

const requireRole = (self: Self, role: Self['role'], what: string): void => {
  if (self.role !== role) throw new ApiError('refused', `${what}只能在${role === 'office' ? '牵头办公室' : '部门'}端进行,本机是${self.role === 'office' ? '牵头办公室' : '部门'}端`);
};

/** A unit by its name, alias or id, or by the fingerprint of its key as read over the phone. */
export const findDepartment = (db: Db, typed: string): { id: string; name: string } => {
  const code = typed.trim().toUpperCase().replace(/[\s-]/g, '');
  const byKey = listPeers(db).find((p) => p.role === 'department' && p.department_id && (p.fingerprint.replace(/-/g, '') === code || p.origin_id === typed.trim()));
  if (byKey?.department_id) {
    const unit = prepared(db, 'SELECT id, name FROM departments WHERE id = ? AND deleted = 0').get(byKey.department_id) as { id: string; name: string } | undefined;
    if (unit) return unit;
  }
  const row = prepared(
    db,
    `SELECT id, name FROM departments WHERE deleted = 0 AND (id = @t OR name = @t
       OR id IN (SELECT department_id FROM department_aliases WHERE alias = @t))`,
  ).get({ t: typed }) as { id: string; name: string } | undefined;
  if (!row) throw new ApiError('not_found', `部门目录中没有“${typed}”,也没有登记过这个指纹;请写单位全称(如 市商务局)或电话核对的指纹(如 E7B3-5483-9F90)`);
  return row;
};

export type SetupOptions = {
  /** Keep the unit's enrolled key active (its old PC still works): the new key's first package then asks which stays. */
  keepCurrentKey?: boolean;
};

/**
 * Office: the plan, the directory and this office's key, for a department's first run. For a unit that
 * already has a key (a replaced PC) this is a re-issue: the old key is revoked (one active key per unit),
 * unless keepCurrentKey, and the package carries back everything the office holds of the unit.
 */
export const exportSetup = (ctx: BackendContext, department: string, out: string | undefined, options: SetupOptions = {}): ExportResult => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  requireRole(self, 'office', '生成初始化包');
  if (!defaultPlanId(db)) throw new ApiError('refused', '本机还没有规划,无法生成初始化包');
  const dept = findDepartment(db, department);
  const changes = ownChanges(db, self.originId, 1).filter((c) => isForDepartment(db, c, dept.id));
  const carried = carriedRowsOf(db, dept.id);
  const current = activeUnitKey(db, dept.id);
  const isReissue = current !== undefined && options.keepCurrentKey !== true;
  const revokedKeys: string[] = [];
  const files = attachmentContents(
    ctx.filesDir,
    carried.filter((r) => (r.table === 'report_attachments' || r.table === 'lifecycle_attachments') && r.row.deleted !== 1).map((r) => ({ table: r.table, row: r.row }) as WireChange),
  );
  const contents = carried.length > 0 ? [ndjson(changes), carriedContent(carried), ...files] : [ndjson(changes)];
  const result = writePackage(
    ctx,
    self,
    {
      kind: 'setup',
      to: null,
      toDepartmentId: dept.id,
      seqFrom: 1,
      seqTo: maxOwnSeq(db, self.originId),
      acks: {},
      contents,
      unit: dept.name,
      changeCount: changes.length,
      alsoWrite: () => {
        if (!isReissue) return;
        const revoked = revokeUnitKeys(db, dept.id, null, '重新生成初始化包(更换电脑)', ctx.clock().toISOString());
        revokedKeys.push(...revoked.map((p) => p.fingerprint));
      },
    },
    out,
  );
  return { ...result, carriedCount: carried.length, revokedKeys, keptKey: isReissue || !current ? null : current.fingerprint };
};

/** Department: everything the office has not acknowledged. Office: reviews and plan changes for one department. */
export const exportChanges = (ctx: BackendContext, out: string | undefined, toDepartment: string | undefined): ExportResult => {
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
  // One active key per unit (re-issue and enrolment keep it so); by enrolment order, never by a date.
  const peer = activeUnitKey(db, dept.id);
  const seqTo = maxOwnSeq(db, self.originId);
  if (!peer) {
    // A unit that never sent a package (or whose key was revoked): the plan update is addressed to the unit,
    // like a setup package, and carries everything from the start; only a PC set up as that unit by this
    // office takes it (verify.ts).
    const all = ownChanges(db, self.originId, 1).filter((c) => isForDepartment(db, c, dept.id));
    return writePackage(
      ctx,
      self,
      { kind: 'plan-update', to: null, toDepartmentId: dept.id, seqFrom: 1, seqTo: Math.max(seqTo, 1), acks: {}, contents: [ndjson(all)], unit: dept.name, changeCount: all.length },
      out,
    );
  }
  // Nothing new still makes a package: it carries our acknowledgement, which a department restored from an
  // old backup needs before its new reports can reach us (rewind.ts).
  const seqFrom = Math.min(ackOf(db, peer.origin_id) + 1, Math.max(seqTo, 1));
  const changes = ownChanges(db, self.originId, ackOf(db, peer.origin_id) + 1).filter((c) => isForDepartment(ctx.db, c, dept.id));
  const isPlanUpdate = changes.some((c) => (PLAN_TABLES as readonly string[]).includes(c.table));
  const acks = { [peer.origin_id]: watermarkOf(db, peer.origin_id) };
  return writePackage(
    ctx,
    self,
    { kind: isPlanUpdate ? 'plan-update' : 'review', to: peer.origin_id, toDepartmentId: dept.id, seqFrom, seqTo, acks, contents: [ndjson(changes)], unit: dept.name, changeCount: changes.length },
    out,
  );
};

export { departmentName };
