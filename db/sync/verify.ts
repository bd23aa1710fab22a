// Step 1 of an import (sync.md): everything is checked before any write. The result is either a
// refusal with a reason a clerk understands, or a package whose every change is well-formed.
import { PEERS_PATH, CHANGES_PATH, peersFileSchema, wireChangeSchema, type Manifest, type WireChange } from '../../shared/sync/manifest.js';
import { ROW_SCHEMAS, isSyncedTable, pkOf } from '../../shared/sync/rows.js';
import type { InnerPackageCheck } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { fingerprintOf, originIdOf } from './keys.js';
import { openPackage, PackageRefusal, textOf, type OpenedPackage } from './package-zip.js';
import { misplacedReason, notForThisUnit, whatTheFileIs } from './misplaced.js';
import { findPeer, officePeer, type PeerRow, type Self } from './state.js';

export type VerifiedPackage = OpenedPackage & {
  changes: WireChange[];
  /** The enrolled peer, or null when the sender is new and its fingerprint was confirmed (enrol on apply). */
  peer: PeerRow | null;
  inner: InnerPackageCheck[];
};

const planExists = (db: Db, planId: string): boolean => prepared(db, 'SELECT 1 FROM plans WHERE id = ?').get(planId) !== undefined;
const departmentExists = (db: Db, id: string): boolean => prepared(db, 'SELECT 1 FROM departments WHERE id = ? AND deleted = 0').get(id) !== undefined;

const parseChanges = (opened: OpenedPackage): WireChange[] => {
  const { manifest, files } = opened;
  const bytes = files.get(CHANGES_PATH);
  if (!bytes) return [];
  const lines = textOf(bytes).split('\n').filter((line) => line.length > 0);
  const listed = manifest.entries.find((e) => e.path === CHANGES_PATH)?.records;
  if (listed !== lines.length) throw new PackageRefusal('bad_change', `记录数 ${lines.length} 与清单 ${listed ?? 0} 不符`);
  let previousSeq = manifest.seqFrom - 1;
  return lines.map((line, index) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new PackageRefusal('bad_change', `第 ${index + 1} 行不是有效的 JSON`);
    }
    const parsed = wireChangeSchema.safeParse(raw);
    if (!parsed.success) throw new PackageRefusal('bad_change', `第 ${index + 1} 行`);
    const change = parsed.data;
    if (change.origin !== manifest.from.originId) throw new PackageRefusal('bad_change', `第 ${index + 1} 行的来源与发送方不符`);
    if (change.seq <= previousSeq || change.seq > manifest.seqTo) throw new PackageRefusal('bad_change', `第 ${index + 1} 行的序号超出范围`);
    previousSeq = change.seq;
    if (!isSyncedTable(change.table)) throw new PackageRefusal('bad_change', `未知的数据表 ${change.table.slice(0, 40)}`);
    const row = ROW_SCHEMAS[change.table].safeParse(change.row);
    if (!row.success) throw new PackageRefusal('bad_change', `第 ${index + 1} 行(${change.table}.${row.error.issues[0]?.path.join('.') ?? ''})`);
    if (pkOf(change.table, change.row) !== change.pk) throw new PackageRefusal('bad_change', `第 ${index + 1} 行的主键与内容不符`);
    if (change.baseVersion >= change.rowVersion) throw new PackageRefusal('bad_change', `第 ${index + 1} 行的版本号不合理`);
    return change;
  });
};

/** A roll-up's originals are checked one by one: signature, hashes, and the key its office enrolled. */
const checkInner = (opened: OpenedPackage): InnerPackageCheck[] => {
  const peersBytes = opened.files.get(PEERS_PATH);
  const peers = peersBytes ? peersFileSchema.safeParse(JSON.parse(textOf(peersBytes))) : null;
  if (peers && !peers.success) throw new PackageRefusal('bad_manifest', 'peers.json');
  const keyOf = new Map((peers?.data ?? []).map((p) => [p.originId, p.publicKeyPem]));
  const checks: InnerPackageCheck[] = [];
  for (const [path, bytes] of opened.files) {
    if (!path.startsWith('packages/')) continue;
    const packageId = path.slice('packages/'.length, -'.duban'.length);
    try {
      const inner = openPackage(bytes);
      const pinned = keyOf.get(inner.manifest.from.originId);
      const isPinned = pinned === inner.manifest.from.publicKeyPem;
      const isAddressed = inner.manifest.to === opened.manifest.from.originId;
      const isNamed = inner.manifest.packageId === packageId;
      const isValid = isPinned && isAddressed && isNamed && originIdOf(inner.manifest.from.publicKeyPem) === inner.manifest.from.originId;
      checks.push({
        packageId,
        sender: inner.manifest.from.name,
        fingerprint: fingerprintOf(inner.manifest.from.publicKeyPem),
        isValid,
        reason: isValid ? '原始签名有效' : !isPinned ? '密钥不是汇总方登记的密钥' : !isAddressed ? '原包不是发给汇总方的' : '包编号不符',
      });
    } catch (error) {
      checks.push({ packageId, sender: '', fingerprint: '', isValid: false, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return checks.sort((a, b) => a.packageId.localeCompare(b.packageId));
};

export const checkRecipient = (db: Db, self: Self, manifest: Manifest): void => {
  const { kind, from } = manifest;
  if (from.originId === self.originId)
    throw new PackageRefusal('wrong_recipient', kind === 'progress' || kind === 'rollup' ? '这是本机自己导出的数据包' : misplacedReason(db, self, manifest));
  if (self.role === 'office') {
    if (kind === 'rollup') {
      if (manifest.to !== null && manifest.to !== self.originId) throw new PackageRefusal('wrong_recipient', '该汇总包是报给其他单位的');
      return;
    }
    if (kind !== 'progress' || from.role !== 'department') throw new PackageRefusal('wrong_kind', misplacedReason(db, self, manifest));
  } else {
    if (kind === 'progress' || kind === 'rollup' || from.role !== 'office') throw new PackageRefusal('wrong_kind', misplacedReason(db, self, manifest));
  }
  if (kind === 'setup') {
    if (manifest.to !== null || !manifest.toDepartmentId) throw new PackageRefusal('bad_manifest', '初始化包缺少接收部门');
    const office = officePeer(db);
    if (office && office.origin_id !== from.originId) throw new PackageRefusal('wrong_recipient', '本机已由另一个牵头办公室初始化');
    if (self.departmentId && self.departmentId !== manifest.toDepartmentId) throw new PackageRefusal('wrong_recipient', notForThisUnit(db, self, manifest));
    return;
  }
  if (manifest.to !== self.originId) {
    // An office package for another unit names that unit; one for an older key of this unit (a replaced PC) says so.
    const isOurUnit = self.departmentId !== null && manifest.toDepartmentId === self.departmentId;
    throw new PackageRefusal('wrong_recipient', isOurUnit ? `${whatTheFileIs(db, manifest)},但发给的是本单位以前的电脑(密钥不同);请向牵头办公室索取新的文件` : notForThisUnit(db, self, manifest));
  }
};

const checkSender = (db: Db, self: Self, manifest: Manifest, trusted: ReadonlySet<string>): PeerRow | null => {
  const { from } = manifest;
  if (originIdOf(from.publicKeyPem) !== from.originId) throw new PackageRefusal('key_mismatch');
  const peer = findPeer(db, from.originId);
  if (peer) {
    if (peer.revoked_at) throw new PackageRefusal('revoked', `${peer.name},吊销于 ${peer.revoked_at.slice(0, 10)}`);
    if (peer.public_key !== from.publicKeyPem) throw new PackageRefusal('key_mismatch');
    return peer;
  }
  const fingerprint = fingerprintOf(from.publicKeyPem);
  const details = { fingerprint, name: from.name, originId: from.originId, departmentId: from.departmentId };
  if (self.role === 'office' && from.role === 'department' && manifest.kind === 'progress') {
    if (!from.departmentId || !departmentExists(db, from.departmentId)) throw new PackageRefusal('unknown_sender', `${from.name}不在本机部门目录中`, details);
  }
  if (!trusted.has(fingerprint)) throw new PackageRefusal('unknown_sender', `${from.name},指纹 ${fingerprint}`, details);
  return null;
};

/** Checks one package file completely; throws PackageRefusal with the first problem found. */
export const verifyPackage = (db: Db, self: Self, bytes: Uint8Array, trusted: ReadonlySet<string>): VerifiedPackage => {
  const opened = openPackage(bytes);
  const { manifest } = opened;
  checkRecipient(db, self, manifest);
  const peer = checkSender(db, self, manifest, trusted);
  const changes = parseChanges(opened);
  if (manifest.kind === 'progress' && (!manifest.planId || !planExists(db, manifest.planId))) throw new PackageRefusal('unknown_plan');
  if ((manifest.kind === 'review' || manifest.kind === 'plan-update') && manifest.planId) {
    const isCarried = changes.some((c) => c.table === 'plans' && c.pk === manifest.planId);
    if (!planExists(db, manifest.planId) && !isCarried) throw new PackageRefusal('unknown_plan');
  }
  const inner = manifest.kind === 'rollup' ? checkInner(opened) : [];
  return { ...opened, changes, peer, inner };
};

/**
 * Opens again a package this import verified, from bytes with the same hash (so every check of the file
 * itself passes again). The checks against the database are not repeated: an earlier package of the
 * batch may have enrolled the sender, and the package is applied as it was judged when checked.
 */
export const reopenVerified = (bytes: Uint8Array, checked: { peer: PeerRow | null; inner: InnerPackageCheck[] }): VerifiedPackage => {
  const opened = openPackage(bytes);
  return { ...opened, changes: parseChanges(opened), peer: checked.peer, inner: checked.inner };
};
