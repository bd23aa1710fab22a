// The package file (.duban, a zip): manifest.json, manifest.sig, changes.ndjson, attachments/<sha256>,
// and for a roll-up packages/<id>.duban. The manifest lists every other entry with its size and hash, and
// the signature covers the manifest's exact bytes, so one signature check protects the whole file.
import { z } from 'zod';
import { dayOf } from '../progress/days.js';

/** Bumped when the zip layout or the manifest changes shape; a newer file is refused, never guessed at. */
export const PACKAGE_FORMAT = 'duban-package';
export const PACKAGE_FORMAT_VERSION = 1;
/** Version of the synced row shapes (rows.ts); independent of local migration numbers. */
export const SYNC_SCHEMA_VERSION = 1;

/** Limits checked from the zip directory before anything is inflated (zip bombs, runaway files). */
export const LIMITS = {
  fileBytes: 512 * 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  entryBytes: 256 * 1024 * 1024,
  entries: 10_000,
  /** Ratio of inflated to compressed size, checked for entries above ratioFloorBytes. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  manifestBytes: 4 * 1024 * 1024,
} as const;

export const PACKAGE_KINDS = ['setup', 'progress', 'plan-update', 'review', 'rollup'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const KIND_LABELS: Record<PackageKind, string> = {
  setup: '初始化包',
  progress: '进度包',
  'plan-update': '规划更新包',
  review: '审核结果包',
  rollup: '汇总上报包',
};

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const originId = z.string().regex(/^[0-9a-f]{32}$/);

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const CHANGES_PATH = 'changes.ndjson';
export const PEERS_PATH = 'peers.json';
/** A roll-up's own facts: its period, the upper office it is for, and the keys revoked below (shared/sync/rollup.ts). */
export const ROLLUP_PATH = 'rollup.json';

/** A re-issued setup package: the unit's own rows as the office holds them (reports, values, evidence). */
export const CARRIED_PATH = 'carried.ndjson';

/** Entry names a package may hold besides the manifest and its signature; anything else is refused. */
export const isKnownEntryPath = (path: string): boolean =>
  path === CHANGES_PATH ||
  path === PEERS_PATH ||
  path === ROLLUP_PATH ||
  path === CARRIED_PATH ||
  /^attachments\/[0-9a-f]{64}$/.test(path) ||
  /^packages\/[0-9a-f-]{36}\.duban$/.test(path);

export const manifestEntrySchema = z.strictObject({
  path: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  sha256: hex64,
  records: z.number().int().nonnegative(),
});

export const senderSchema = z.strictObject({
  originId,
  publicKeyPem: z.string().min(40).max(2000),
  role: z.enum(['office', 'department']),
  /** The department an installation reports for; null for an office. */
  departmentId: z.string().min(1).max(64).nullable(),
  name: z.string().max(200),
});

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  packageId: z.uuid(),
  kind: z.enum(PACKAGE_KINDS),
  from: senderSchema,
  /** The receiving installation; null only for a setup package, which names a department instead. */
  to: originId.nullable(),
  toDepartmentId: z.string().min(1).max(64).nullable(),
  planId: z.string().min(1).max(64).nullable(),
  planVersion: z.number().int().nonnegative(),
  /** The sender's change-log sequence range this package covers (cumulative from the last acknowledgement). */
  seqFrom: z.number().int().positive(),
  seqTo: z.number().int().nonnegative(),
  /** Highest sequence the sender has received from each origin: lets the recipient send less next time. */
  acks: z.record(originId, z.number().int().nonnegative()),
  /** Display only: no decision ever depends on it. */
  createdAt: z.string().max(40),
  /** Office packages: the period the office is collecting and its due date; departments work to it. */
  collecting: z
    .strictObject({ periodId: z.string().regex(/^\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|Y)$/), due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .nullable()
    .optional(),
  entries: z.array(manifestEntrySchema).max(LIMITS.entries),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Sender = z.infer<typeof senderSchema>;

/** One line of changes.ndjson: a change-log row as the writer recorded it. */
export const wireChangeSchema = z.strictObject({
  origin: originId,
  seq: z.number().int().positive(),
  table: z.string().min(1).max(40),
  pk: z.string().min(1).max(300),
  rowVersion: z.number().int().positive(),
  baseVersion: z.number().int().nonnegative(),
  op: z.enum(['upsert', 'delete']),
  row: z.record(z.string(), z.unknown()),
});
export type WireChange = z.infer<typeof wireChangeSchema>;

/** A roll-up names the department keys its office enrolled, so the level above can check each original. */
export const peersFileSchema = z.array(
  z.strictObject({ originId, publicKeyPem: z.string().min(40).max(2000), departmentId: z.string().nullable(), name: z.string() }),
);

/**
 * A name a person can read on the stick: unit, what it is, the period it belongs to and the day, e.g.
 * 市商务局-进度包-2026年第四季度-20261129.duban. No record numbers: a second file of the same day gets
 * a (2) from the folder writer or the browser, never a number a clerk cannot place.
 */
export const packageFileName = (unit: string, kind: PackageKind, dateIso: string, periodLabel: string): string => {
  const safe = (text: string): string => text.replace(/[\\/:*?"<>|\s]+/g, '');
  // The day on the China calendar, as periods and deadlines use: an export at 07:00 in Beijing is
  // still the previous day in UTC, and a file named by UTC would carry yesterday's date.
  const date = dayOf(new Date(dateIso)).replace(/-/g, '');
  return [safe(unit) || '督办', KIND_LABELS[kind], safe(periodLabel), date].filter(Boolean).join('-') + '.duban';
};

/** The short code read over the phone: 12 hex digits of the key's sha256, in three groups. */
export const shortFingerprint = (sha256Hex: string): string =>
  sha256Hex.slice(0, 12).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
