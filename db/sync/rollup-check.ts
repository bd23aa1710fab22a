// The upper office's check of a roll-up, before any write: every original inside must be a progress
// package from a department key the lower office enrolled and has not revoked, addressed to that office,
// intact and signed. One original failing refuses the whole roll-up (sync.md: all-or-nothing); the
// report still lists every original with its verdict, so the lower office knows which one to fix.
import { PEERS_PATH, ROLLUP_PATH, peersFileSchema, type Manifest } from '../../shared/sync/manifest.js';
import { REFUSAL_TEXT } from '../../shared/sync/reasons.js';
import { rollupInfoSchema, type RollupInfo } from '../../shared/sync/rollup.js';
import type { InnerPackageCheck } from '../../shared/sync/types.js';
import { fingerprintOf, originIdOf } from './keys.js';
import { openPackage, PackageRefusal, textOf, type OpenedPackage } from './package-zip.js';
import type { Self } from './state.js';

const jsonOf = (opened: OpenedPackage, path: string): unknown => {
  const bytes = opened.files.get(path);
  if (!bytes) return undefined;
  try {
    return JSON.parse(textOf(bytes));
  } catch {
    throw new PackageRefusal('bad_manifest', path);
  }
};

/** rollup.json, absent from roll-ups made before it existed (then nothing is known of revocations below). */
export const rollupInfoOf = (opened: OpenedPackage): RollupInfo | null => {
  const raw = jsonOf(opened, ROLLUP_PATH);
  if (raw === undefined) return null;
  const parsed = rollupInfoSchema.safeParse(raw);
  if (!parsed.success) throw new PackageRefusal('bad_manifest', ROLLUP_PATH);
  return parsed.data;
};

/** A roll-up addressed by fingerprint (read over the phone at the lower office) must reach that key. */
export const checkRollupAddress = (self: Self, info: RollupInfo | null): void => {
  if (info?.toFingerprint && info.toFingerprint !== self.fingerprint)
    throw new PackageRefusal('wrong_recipient', `该汇总包是报给指纹 ${info.toFingerprint} 的上级的,本机指纹 ${self.fingerprint}`);
};

const revocationText = (revoked: RollupInfo['revoked'][number], office: string): string =>
  `签名密钥已被${office}吊销` +
  (revoked.revokedAfterSeq === null ? '' : `(吊销时${office}已有第 ${revoked.revokedAfterSeq} 号变更,已收到该密钥第 ${revoked.receivedUpToSeq ?? 0} 号及以前的变更)`) +
  ',不予采信';

const checkOne = (
  envelope: Manifest,
  bytes: Uint8Array,
  packageId: string,
  keyOf: Map<string, string>,
  revokedOf: Map<string, RollupInfo['revoked'][number]>,
  parseChanges: (opened: OpenedPackage) => unknown,
): InnerPackageCheck => {
  const office = envelope.from.name || '下级办公室';
  try {
    const inner = openPackage(bytes);
    const { from } = inner.manifest;
    const base = { packageId, sender: from.name, fingerprint: fingerprintOf(from.publicKeyPem) };
    const fail = (reason: string): InnerPackageCheck => ({ ...base, isValid: false, reason });
    if (inner.manifest.packageId !== packageId) return fail('包编号不符');
    if (inner.manifest.kind !== 'progress' || from.role !== 'department') return fail('不是部门的进度包');
    if (originIdOf(from.publicKeyPem) !== from.originId || keyOf.get(from.originId) !== from.publicKeyPem) return fail(`密钥不是${office}登记的密钥`);
    if (inner.manifest.to !== envelope.from.originId) return fail(`原包不是发给${office}的`);
    const revoked = revokedOf.get(from.originId);
    if (revoked) return fail(revocationText(revoked, office));
    try {
      parseChanges(inner);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    return { ...base, isValid: true, reason: '原始签名有效' };
  } catch (error) {
    // Unreadable, so its sender is unknown: named by its number, with the reason's plain words only (the
    // detail names entries inside the zip, which mean nothing to a clerk).
    const reason = error instanceof PackageRefusal ? REFUSAL_TEXT[error.code] : error instanceof Error ? error.message : String(error);
    return { packageId, sender: `编号 ${packageId.slice(0, 8)} 的原始数据包`, fingerprint: '', isValid: false, reason };
  }
};

/** Checks every original; throws a refusal carrying all verdicts when any one fails. */
export const checkInner = (opened: OpenedPackage, parseChanges: (opened: OpenedPackage) => unknown): InnerPackageCheck[] => {
  const peersRaw = jsonOf(opened, PEERS_PATH);
  const peers = peersRaw === undefined ? null : peersFileSchema.safeParse(peersRaw);
  if (peers && !peers.success) throw new PackageRefusal('bad_manifest', PEERS_PATH);
  const info = rollupInfoOf(opened);
  const keyOf = new Map((peers?.data ?? []).map((p) => [p.originId, p.publicKeyPem]));
  const revokedOf = new Map((info?.revoked ?? []).map((r) => [r.originId, r]));
  const checks: InnerPackageCheck[] = [];
  for (const [path, bytes] of opened.files) {
    if (!path.startsWith('packages/')) continue;
    checks.push(checkOne(opened.manifest, bytes, path.slice('packages/'.length, -'.duban'.length), keyOf, revokedOf, parseChanges));
  }
  checks.sort((a, b) => a.packageId.localeCompare(b.packageId));
  const failed = checks.filter((c) => !c.isValid);
  if (failed.length > 0) {
    const named = failed
      .slice(0, 3)
      .map((c) => `${c.sender}:${c.reason}`)
      .join(';');
    throw new PackageRefusal('rollup_inner', `${checks.length} 个原始数据包中 ${failed.length} 个未通过:${named}${failed.length > 3 ? '…' : ''}`, { inner: checks });
  }
  return checks;
};
