// What this installation knows about itself and its peers: enrolled keys, watermarks, acknowledgements.
import type { Identity } from '../identity.js';
import { readMeta } from '../meta.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { fingerprintOf } from './keys.js';

export type Self = {
  originId: string;
  publicKeyPem: string;
  role: 'office' | 'department';
  /** For a department installation: the unit it reports for (set by its setup package). */
  departmentId: string | null;
  name: string;
  fingerprint: string;
};

export const departmentName = (db: Db, departmentId: string | null): string =>
  departmentId
    ? ((prepared(db, 'SELECT name FROM departments WHERE id = ?').get(departmentId) as { name: string } | undefined)?.name ?? departmentId)
    : '';

/** Role is read from meta on every call: `duban init` may change it after the backend was opened. */
export const readSelf = (db: Db, identity: Identity): Self => {
  const role = readMeta(db, 'role') === 'department' ? 'department' : 'office';
  const departmentId = role === 'department' ? (readMeta(db, 'department_id') ?? null) : null;
  const name = role === 'department' ? departmentName(db, departmentId) || '部门(未初始化)' : readMeta(db, 'office_name') ?? '牵头办公室';
  return { originId: identity.originId, publicKeyPem: identity.publicKeyPem, role, departmentId, name, fingerprint: fingerprintOf(identity.publicKeyPem) };
};

export type PeerRow = {
  origin_id: string;
  public_key: string;
  fingerprint: string;
  role: 'office' | 'department';
  department_id: string | null;
  name: string;
  enrolled_at: string;
  revoked_at: string | null;
  revoke_reason: string;
  /** 1, 2, 3… in the order keys were enrolled here: "the newest key" never depends on a clock. */
  enrol_order: number;
};

export const findPeer = (db: Db, originId: string): PeerRow | undefined =>
  prepared(db, 'SELECT * FROM sync_peers WHERE origin_id = ?').get(originId) as PeerRow | undefined;

export const listPeers = (db: Db): PeerRow[] => prepared(db, 'SELECT * FROM sync_peers ORDER BY role, name, enrol_order').all() as PeerRow[];

export const enrolPeer = (db: Db, peer: Omit<PeerRow, 'revoked_at' | 'revoke_reason' | 'fingerprint' | 'enrol_order'>): void => {
  prepared(
    db,
    `INSERT INTO sync_peers (origin_id, public_key, fingerprint, role, department_id, name, enrolled_at, enrol_order)
     VALUES (@origin_id, @public_key, @fingerprint, @role, @department_id, @name, @enrolled_at,
       (SELECT COALESCE(MAX(enrol_order), 0) + 1 FROM sync_peers))
     ON CONFLICT (origin_id) DO NOTHING`,
  ).run({ ...peer, fingerprint: fingerprintOf(peer.public_key) });
};

/** The unit's key in use: the last enrolled that is not revoked (one per unit, kept so by enrolment and re-issue). */
export const activeUnitKey = (db: Db, departmentId: string): PeerRow | undefined =>
  prepared(
    db,
    "SELECT * FROM sync_peers WHERE department_id = ? AND role = 'department' AND revoked_at IS NULL ORDER BY enrol_order DESC, origin_id LIMIT 1",
  ).get(departmentId) as PeerRow | undefined;

/** Every key of the unit that is not revoked (more than one only in a database from before issue 16). */
export const activeUnitKeys = (db: Db, departmentId: string): PeerRow[] =>
  prepared(db, "SELECT * FROM sync_peers WHERE department_id = ? AND role = 'department' AND revoked_at IS NULL ORDER BY enrol_order").all(
    departmentId,
  ) as PeerRow[];

/** Revokes the unit's keys other than `except`: one active key per unit, always. Returns the keys revoked. */
export const revokeUnitKeys = (db: Db, departmentId: string, except: string | null, reason: string, now: string): PeerRow[] => {
  const revoked = activeUnitKeys(db, departmentId).filter((p) => p.origin_id !== except);
  for (const peer of revoked) prepared(db, 'UPDATE sync_peers SET revoked_at = ?, revoke_reason = ? WHERE origin_id = ?').run(now, reason, peer.origin_id);
  return revoked;
};

/**
 * True when `origin` is an earlier key of the same unit, now revoked: the PC it replaced. The new PC carries
 * on that key's rows (it received them in its re-issued setup package), so its changes continue them.
 */
export const isEarlierKeyOf = (db: Db, origin: string, departmentId: string | null): boolean =>
  departmentId !== null &&
  prepared(db, "SELECT 1 FROM sync_peers WHERE origin_id = ? AND department_id = ? AND role = 'department' AND revoked_at IS NOT NULL").get(
    origin,
    departmentId,
  ) !== undefined;

export const officePeer = (db: Db): PeerRow | undefined =>
  prepared(db, "SELECT * FROM sync_peers WHERE role = 'office' AND revoked_at IS NULL ORDER BY enrol_order LIMIT 1").get() as PeerRow | undefined;

export const watermarkOf = (db: Db, originId: string): number =>
  (prepared(db, 'SELECT seq FROM sync_watermarks WHERE origin_id = ?').get(originId) as { seq: number } | undefined)?.seq ?? 0;

export const setWatermark = (db: Db, originId: string, seq: number): void => {
  prepared(db, 'INSERT INTO sync_watermarks (origin_id, seq) VALUES (?, ?) ON CONFLICT (origin_id) DO UPDATE SET seq = MAX(seq, excluded.seq)').run(originId, seq);
};

export const ackOf = (db: Db, peerOriginId: string): number =>
  (prepared(db, 'SELECT seq FROM sync_acks WHERE peer_origin_id = ?').get(peerOriginId) as { seq: number } | undefined)?.seq ?? 0;

export const recordAck = (db: Db, peerOriginId: string, seq: number): void => {
  prepared(db, 'INSERT INTO sync_acks (peer_origin_id, seq) VALUES (?, ?) ON CONFLICT (peer_origin_id) DO UPDATE SET seq = MAX(seq, excluded.seq)').run(
    peerOriginId,
    seq,
  );
};

export const allWatermarks = (db: Db): Record<string, number> =>
  Object.fromEntries((prepared(db, 'SELECT origin_id, seq FROM sync_watermarks').all() as { origin_id: string; seq: number }[]).map((r) => [r.origin_id, r.seq]));

export const isPackageImported = (db: Db, packageId: string): boolean =>
  prepared(db, 'SELECT 1 FROM sync_packages WHERE package_id = ?').get(packageId) !== undefined;
