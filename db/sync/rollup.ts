// Roll-up for the level above: an envelope signed by this office carrying the departments' original
// signed packages unchanged (packages/<id>.duban), the keys this office enrolled (peers.json), its own
// change log (plan and reviews) and rollup.json (period, addressee, keys revoked here), so the upper
// office can check every original signature itself. Every stored original is checked first: one damaged
// original refuses the roll-up before anything is written (sync.md: a roll-up is all-or-nothing).
import { existsSync, readFileSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors.js';
import { CHANGES_PATH, PEERS_PATH, ROLLUP_PATH } from '../../shared/sync/manifest.js';
import { normalFingerprint, type RevokedKey, type RollupInfo } from '../../shared/sync/rollup.js';
import type { ExportResult } from '../../shared/sync/types.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { defaultPlanId } from '../plans/queries.js';
import { readPlan } from '../reports/facts.js';
import { resolvePeriod } from '../reports/summary.js';
import { prepared } from '../statements.js';
import { ownChanges, maxOwnSeq, writePackage } from './export.js';
import { storedPackagePath } from './files.js';
import { sha256Hex } from './keys.js';
import { openPackage, PackageRefusal, type PackageContent } from './package-zip.js';
import { listPeers, readSelf } from './state.js';

type StoredOriginal = { package_id: string; from_origin: string; seq_from: number; seq_to: number; file_sha256: string };
type PeerWithRevocation = { origin_id: string; fingerprint: string; name: string; revoked_seq: number | null; revoked_watermark: number | null };

/** The upper office as typed: an origin id, an enrolled office's name or fingerprint, a fingerprint read over the phone, or a name. */
const resolveAddressee = (db: Db, typed: string | null): { to: string | null; toFingerprint: string | null; toName: string | null } => {
  const text = typed?.trim() ?? '';
  if (text === '') return { to: null, toFingerprint: null, toName: null };
  if (/^[0-9a-f]{32}$/.test(text)) return { to: text, toFingerprint: null, toName: null };
  const fingerprint = normalFingerprint(text);
  const peer = prepared(db, "SELECT origin_id, name, fingerprint FROM sync_peers WHERE role = 'office' AND revoked_at IS NULL AND (name = ? OR fingerprint = ?)").get(
    text,
    fingerprint ?? '',
  ) as { origin_id: string; name: string; fingerprint: string } | undefined;
  if (peer) return { to: peer.origin_id, toFingerprint: peer.fingerprint, toName: peer.name };
  if (fingerprint) return { to: null, toFingerprint: fingerprint, toName: null };
  if (text.length > 100) throw new ApiError('bad_input', '上级单位名称过长');
  return { to: null, toFingerprint: null, toName: text };
};

const senderLabel = (db: Db, original: StoredOriginal): string => {
  const name = (prepared(db, 'SELECT name FROM sync_peers WHERE origin_id = ?').get(original.from_origin) as { name: string } | undefined)?.name ?? '未知单位';
  return `${name}第 ${original.seq_from} 至 ${original.seq_to} 号变更的进度包`;
};

/** Reads and checks one stored original exactly as the upper office will: same bytes, signature, hashes, sender. */
const checkedOriginal = (ctx: BackendContext, original: StoredOriginal): Uint8Array => {
  const path = storedPackagePath(ctx.filesDir, original.package_id);
  const refuse = (why: string): never => {
    throw new ApiError(
      'refused',
      `本机保存的${senderLabel(ctx.db, original)}${why},无法生成汇总包,本机未做任何改动。请从备份恢复数据文件夹中的该文件,或请该部门重新导出进度包并导入后再上报。`,
      { packageId: original.package_id },
    );
  };
  if (!existsSync(path)) return refuse('找不到了');
  const bytes = new Uint8Array(readFileSync(path));
  if (sha256Hex(bytes) !== original.file_sha256) return refuse('已损坏(与导入时的文件不一致)');
  try {
    const opened = openPackage(bytes);
    if (opened.manifest.from.originId !== original.from_origin || opened.manifest.packageId !== original.package_id) return refuse('与导入记录不符');
  } catch (error) {
    if (error instanceof PackageRefusal) return refuse(`已损坏(${error.message})`);
    throw error;
  }
  return bytes;
};

const revokedKeys = (db: Db, originals: StoredOriginal[]): RevokedKey[] =>
  (prepared(db, "SELECT origin_id, fingerprint, name, revoked_seq, revoked_watermark FROM sync_peers WHERE role = 'department' AND revoked_at IS NOT NULL ORDER BY name, origin_id").all() as PeerWithRevocation[])
    .map((p) => ({
      originId: p.origin_id,
      fingerprint: p.fingerprint,
      name: p.name,
      revokedAfterSeq: p.revoked_seq,
      receivedUpToSeq: p.revoked_watermark,
      packageIds: originals.filter((o) => o.from_origin === p.origin_id).map((o) => o.package_id),
    }))
    .filter((k) => k.packageIds.length > 0);

/** How many stored originals were signed by a key revoked here: the level above will refuse a roll-up carrying them. */
export const revokedOriginalCount = (db: Db): number =>
  (
    prepared(
      db,
      "SELECT COUNT(*) AS n FROM sync_packages p JOIN sync_peers k ON k.origin_id = p.from_origin WHERE p.kind = 'progress' AND k.revoked_at IS NOT NULL",
    ).get() as { n: number }
  ).n;

const periodOf = (ctx: BackendContext): { periodId: string; periodLabel: string; planTitle: string } => {
  if (!defaultPlanId(ctx.db)) return { periodId: '', periodLabel: '', planTitle: '' };
  const plan = readPlan(ctx.db, undefined);
  const period = resolvePeriod(ctx, plan, undefined);
  return { periodId: period.id, periodLabel: period.label, planTitle: plan.title };
};

export const exportRollup = (ctx: BackendContext, out: string, to: string | null): ExportResult => {
  const { db } = ctx;
  const self = readSelf(db, ctx.identity);
  if (self.role !== 'office') throw new ApiError('refused', '汇总上报只能在牵头办公室进行');
  const addressee = resolveAddressee(db, to);
  const stored = prepared(
    db,
    "SELECT package_id, from_origin, seq_from, seq_to, file_sha256 FROM sync_packages WHERE kind = 'progress' ORDER BY from_origin, seq_from, package_id",
  ).all() as StoredOriginal[];
  if (stored.length === 0) throw new ApiError('refused', '还没有导入过任何部门的进度包,没有可汇总的内容');
  const originals = stored.map((o) => ({ id: o.package_id, bytes: checkedOriginal(ctx, o) }));
  const changes = ownChanges(db, self.originId, 1);
  const peers = listPeers(db)
    .filter((p) => p.role === 'department')
    .map((p) => ({ originId: p.origin_id, publicKeyPem: p.public_key, departmentId: p.department_id, name: p.name }));
  const info: RollupInfo = { ...periodOf(ctx), toFingerprint: addressee.toFingerprint, toName: addressee.toName, revoked: revokedKeys(db, stored) };
  const encoder = new TextEncoder();
  const contents: PackageContent[] = [
    { path: CHANGES_PATH, bytes: encoder.encode(changes.map((c) => JSON.stringify(c)).join('\n') + (changes.length ? '\n' : '')), records: changes.length },
    { path: PEERS_PATH, bytes: encoder.encode(JSON.stringify(peers)), records: peers.length },
    { path: ROLLUP_PATH, bytes: encoder.encode(JSON.stringify(info)), records: info.revoked.length },
    ...originals.map((o) => ({ path: `packages/${o.id}.duban`, bytes: o.bytes, records: 1 })),
  ];
  return writePackage(
    ctx,
    self,
    {
      kind: 'rollup',
      to: addressee.to,
      toDepartmentId: null,
      seqFrom: 1,
      seqTo: maxOwnSeq(db, self.originId),
      acks: {},
      contents,
      unit: self.name,
      changeCount: changes.length,
      innerPackageCount: originals.length,
    },
    out,
  );
};
