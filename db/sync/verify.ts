// Step 1 of an import (sync.md): everything is checked before any write. The result is either a
// refusal with a reason a clerk understands, or a package whose every change is well-formed.
import { CARRIED_PATH, CHANGES_PATH, wireChangeSchema, type Manifest, type WireChange } from '../../shared/sync/manifest.js';
import { ROW_SCHEMAS, isSyncedTable, pkOf } from '../../shared/sync/rows.js';
import type { InnerPackageCheck } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { fingerprintOf, originIdOf } from './keys.js';
import { openPackage, PackageRefusal, textOf, type OpenedPackage } from './package-zip.js';
import { checkInner, checkRollupAddress, rollupInfoOf } from './rollup-check.js';
import { misplacedReason, notForThisUnit, whatTheFileIs } from './misplaced.js';
import { activeUnitKey, departmentName, findPeer, officePeer, type PeerRow, type Self } from './state.js';
import { parseCarried, type CarriedRow } from './reissue.js';

export type VerifiedPackage = OpenedPackage & {
  changes: WireChange[];
  /** The enrolled peer, or null when the sender is new and its fingerprint was confirmed (enrol on apply). */
  peer: PeerRow | null;
  inner: InnerPackageCheck[];
  /** A re-issued setup package: the unit's rows as the office holds them (reissue.ts). */
  carried: CarriedRow[];
  /** A setup package: the unit it makes this PC. */
  addressedTo: { departmentId: string; name: string } | null;
};

const planExists = (db: Db, planId: string): boolean => prepared(db, 'SELECT 1 FROM plans WHERE id = ?').get(planId) !== undefined;
const departmentExists = (db: Db, id: string): boolean => prepared(db, 'SELECT 1 FROM departments WHERE id = ? AND deleted = 0').get(id) !== undefined;

export const parseChanges = (opened: OpenedPackage): WireChange[] => {
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

const unitName = (db: Db, id: string | null): string => (id ? departmentName(db, id) : '') || '另一单位';

export const checkRecipient = (db: Db, self: Self, manifest: Manifest): void => {
  const { kind, from } = manifest;
  if (from.originId === self.originId)
    throw new PackageRefusal('wrong_recipient', kind === 'progress' || kind === 'rollup' ? '这是本机自己导出的数据包' : misplacedReason(db, self, manifest));
  if (self.role === 'office') {
    if (kind === 'rollup') {
      if (from.role !== 'office') throw new PackageRefusal('wrong_kind', '汇总上报包只能由下级牵头办公室生成');
      if (manifest.to !== null && manifest.to !== self.originId) throw new PackageRefusal('wrong_recipient', '该汇总包是报给其他单位的');
      return;
    }
    if (kind !== 'progress' || from.role !== 'department') throw new PackageRefusal('wrong_kind', misplacedReason(db, self, manifest));
  } else {
    if (kind === 'progress' || kind === 'rollup' || from.role !== 'office') throw new PackageRefusal('wrong_kind', misplacedReason(db, self, manifest));
  }
  const office = officePeer(db);
  if (kind === 'setup') {
    if (manifest.to !== null || !manifest.toDepartmentId) throw new PackageRefusal('bad_manifest', '初始化包缺少接收部门');
    if (office && office.origin_id !== from.originId) throw new PackageRefusal('wrong_recipient', '本机已由另一个牵头办公室初始化');
    if (self.departmentId && self.departmentId !== manifest.toDepartmentId) {
      const mine = unitName(db, self.departmentId);
      throw new PackageRefusal(
        'wrong_recipient',
        `这是给${unitName(db, manifest.toDepartmentId)}的初始化包,本机已设置为${mine},不能导入;请找到${mine}自己的初始化包,或请牵头办公室为${mine}重新生成`,
      );
    }
    return;
  }
  // A plan update for a unit that had not yet sent a package is addressed to the unit, not to a key.
  if (manifest.to === null && manifest.toDepartmentId && kind === 'plan-update') {
    if (!self.departmentId || self.departmentId !== manifest.toDepartmentId || office?.origin_id !== from.originId) {
      throw new PackageRefusal('wrong_recipient', `该规划更新包是给${unitName(db, manifest.toDepartmentId)}的${self.departmentId ? `,本机是${unitName(db, self.departmentId)}` : ',本机尚未初始化'}`);
    }
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
    if (peer.revoked_at) {
      const why = peer.revoke_reason ? `,原因:${peer.revoke_reason}` : '';
      throw new PackageRefusal('revoked', `${peer.name}的这台电脑的密钥(指纹 ${peer.fingerprint})已吊销${why};如需继续用这台电脑报送,请牵头办公室为该单位重新生成初始化包并在这台电脑上导入`);
    }
    if (peer.public_key !== from.publicKeyPem) throw new PackageRefusal('key_mismatch');
    return peer;
  }
  const fingerprint = fingerprintOf(from.publicKeyPem);
  const details = { fingerprint, name: from.name, originId: from.originId, departmentId: from.departmentId };
  if (self.role === 'office' && from.role === 'department' && manifest.kind === 'progress') {
    if (!from.departmentId || !departmentExists(db, from.departmentId)) throw new PackageRefusal('unknown_sender', `${from.name}不在本机部门目录中`, details);
    // A second key of an enrolled unit: say so, and what confirming it does (the old key is revoked).
    const current = activeUnitKey(db, from.departmentId);
    if (current && !trusted.has(fingerprint)) {
      const sentence = `${current.name || from.name}已登记另一台电脑的密钥(指纹 ${current.fingerprint});如已更换电脑,请电话核对新电脑的指纹 ${fingerprint} 后确认,确认后旧电脑的密钥将被吊销,以后只收新电脑的数据包;如旧电脑仍在使用,请不要确认,并请该单位只用一台电脑报送`;
      throw new PackageRefusal('unknown_sender', undefined, { ...details, replaces: current.fingerprint }, sentence);
    }
  }
  if (!trusted.has(fingerprint)) throw new PackageRefusal('unknown_sender', `${from.name},指纹 ${fingerprint}`, details);
  return null;
};

/** A setup package's unit, named from the directory it carries (a fresh PC has none of its own yet). */
const addressedUnit = (db: Db, manifest: Manifest, changes: WireChange[]): { departmentId: string; name: string } | null => {
  const id = manifest.kind === 'setup' ? manifest.toDepartmentId : null;
  if (!id) return null;
  const carried = changes.find((c) => c.table === 'departments' && c.pk === id)?.row.name;
  return { departmentId: id, name: typeof carried === 'string' && carried ? carried : departmentName(db, id) || id };
};

const parseAll = (db: Db, opened: OpenedPackage) => {
  const changes = parseChanges(opened);
  const { manifest } = opened;
  const carriedEntry = manifest.entries.find((e) => e.path === CARRIED_PATH);
  if (carriedEntry && manifest.kind !== 'setup') throw new PackageRefusal('unknown_entry', CARRIED_PATH);
  const carried = parseCarried(opened.files.get(CARRIED_PATH), carriedEntry?.records, manifest.toDepartmentId);
  return { changes, carried, addressedTo: addressedUnit(db, manifest, changes) };
};

/** Checks one package file completely; throws PackageRefusal with the first problem found. */
export const verifyPackage = (db: Db, self: Self, bytes: Uint8Array, trusted: ReadonlySet<string>): VerifiedPackage => {
  const opened = openPackage(bytes);
  const { manifest } = opened;
  checkRecipient(db, self, manifest);
  let peer: PeerRow | null;
  try {
    peer = checkSender(db, self, manifest, trusted);
  } catch (error) {
    // The clerk confirming a setup package sees which unit it makes this PC before anything is applied.
    if (error instanceof PackageRefusal && error.code === 'unknown_sender' && manifest.kind === 'setup') {
      const parsed = parseAll(db, opened);
      throw new PackageRefusal('unknown_sender', error.detail, { ...error.details, addressedTo: parsed.addressedTo }, error.message);
    }
    throw error;
  }
  const { changes, carried, addressedTo } = parseAll(db, opened);
  if (manifest.kind === 'progress' && (!manifest.planId || !planExists(db, manifest.planId))) throw new PackageRefusal('unknown_plan');
  if ((manifest.kind === 'review' || manifest.kind === 'plan-update') && manifest.planId) {
    const isCarried = changes.some((c) => c.table === 'plans' && c.pk === manifest.planId);
    if (!planExists(db, manifest.planId) && !isCarried) throw new PackageRefusal('unknown_plan');
  }
  if (manifest.kind === 'rollup') checkRollupAddress(self, rollupInfoOf(opened));
  const inner = manifest.kind === 'rollup' ? checkInner(opened, parseChanges) : [];
  return { ...opened, changes, peer, inner, carried, addressedTo };
};

/**
 * Opens again a package this import verified, from bytes with the same hash (so every check of the file
 * itself passes again). The checks against the database are not repeated: an earlier package of the
 * batch may have enrolled the sender, and the package is applied as it was judged when checked.
 */
export const reopenVerified = (db: Db, bytes: Uint8Array, checked: { peer: PeerRow | null; inner: InnerPackageCheck[] }): VerifiedPackage => {
  const opened = openPackage(bytes);
  return { ...opened, ...parseAll(db, opened), peer: checked.peer, inner: checked.inner };
};
