// What sync methods return: JSON only, the same for the UI, the command line and scripts.
import type { PackageKind } from './manifest.js';
import type { RefusalCode } from './reasons.js';

/** The period being collected: the office's (department), opened by a person (office), or the PC's calendar. */
export type CollectingPeriod = { periodId: string; label: string; due: string; source: 'office' | 'opened' | 'calendar' };

export type SyncStatus = {
  role: 'office' | 'department';
  originId: string;
  fingerprint: string;
  name: string;
  departmentId: string | null;
  /** For a department: the office key it pinned from its setup package. */
  office: { originId: string; fingerprint: string } | null;
  peerCount: number;
  openConflicts: number;
  pendingReviews: number;
  /** The period this PC works to now, and where that comes from; null before a plan is held. */
  collecting: CollectingPeriod | null;
  /** For a department: its reports stranded by a plan change (the office no longer expects them). */
  stranded: StrandedReport[];
};

/** A report on a task this unit no longer leads or joins: the plan changed while it was in flight. */
export type StrandedReport = {
  taskId: string;
  taskCode: string;
  taskTitle: string;
  periodId: string;
  /** True when the office had not acknowledged it before the plan change reached this PC. */
  isUnsent: boolean;
  reason: string;
};

export type PeerSummary = {
  originId: string;
  fingerprint: string;
  role: 'office' | 'department';
  departmentId: string | null;
  name: string;
  enrolledAt: string;
  revokedAt: string | null;
  revokeReason: string;
  /** The newest package imported from this key: its last change number, when it was made and imported. */
  lastPackage: { seqTo: number; createdAt: string; importedAt: string } | null;
  watermark: number;
  acked: number;
};

/**
 * A package this PC received and keeps (files/packages/), which the database does not record as imported:
 * what a restore from an older backup leaves behind. Importing it again brings its changes back.
 */
export type StoredPackage = {
  packageId: string;
  kind: PackageKind;
  senderName: string;
  seqFrom: number;
  seqTo: number;
  /** When the sender made it (display only). */
  createdAt: string;
  sizeBytes: number;
};

export type ExportResult = {
  /** Where the package was written; empty when its bytes came back instead (dataBase64). */
  path: string;
  fileName: string;
  /** The package itself when no `out` was given: the app saves it through the save dialog or a download. */
  dataBase64: string | null;
  packageId: string;
  kind: PackageKind;
  seqFrom: number;
  seqTo: number;
  changeCount: number;
  attachmentCount: number;
  innerPackageCount: number;
  /** A setup package: the unit's rows it carries back (a re-issue for a replaced PC). */
  carriedCount?: number;
  /** A setup package: fingerprints of the unit's keys it revoked (re-issue: one active key per unit). */
  revokedKeys?: string[];
  /** A setup package made with keepCurrentKey: the unit's key that stays active for now. */
  keptKey?: string | null;
};

export type SenderSummary = {
  originId: string;
  fingerprint: string;
  name: string;
  role: 'office' | 'department';
  departmentId: string | null;
  isEnrolled: boolean;
};

/**
 * applied: every change taken (or already held); partly_applied: some changes refused or void (listed in
 * refusedChanges); rejected: nothing taken, either the file (refusalCode) or every change it carried.
 */
export type ImportOutcome = 'applied' | 'partly_applied' | 'already_imported' | 'older' | 'rejected' | 'needs_trust' | 'needs_confirmation' | 'verified';

/** What a package would do to the plan's tasks (sync.md step 6): over the share, a person must confirm. */
export type MassChange = {
  /** Tasks whose deadline the package moves. */
  redated: number;
  /** Tasks the package closes: marked done in a report, or withdrawn from the plan. */
  closed: number;
  /** Distinct tasks touched either way. */
  affected: number;
  /** Live tasks in the plan. */
  total: number;
  /** The share (0–1) above which confirmation is asked, from this installation's setting. */
  threshold: number;
  isOverThreshold: boolean;
};

/**
 * A change not applied. isVoid: a report on a task the plan no longer gives the unit (已失效: the plan changed
 * while it was in flight), as opposed to one outside the sender's authority or missing its file (拒收).
 */
export type RefusedChange = { seq: number; table: string; pk: string; reason: string; isVoid?: boolean; label?: string };

export type InnerPackageCheck = { packageId: string; sender: string; fingerprint: string; isValid: boolean; reason: string };

export type ImportFileReport = {
  file: string;
  packageId: string | null;
  kind: PackageKind | null;
  sender: SenderSummary | null;
  outcome: ImportOutcome;
  /** Plain Chinese: what happened and, when refused, why and what to do. */
  message: string;
  refusalCode: RefusalCode | null;
  seqFrom: number | null;
  seqTo: number | null;
  /** For a gap: the sequence numbers of the missing packages' range. */
  missing: { from: number; to: number } | null;
  counts: { applied: number; skipped: number; conflicts: number; refused: number };
  refusedChanges: RefusedChange[];
  inner: InnerPackageCheck[];
  massChange: MassChange | null;
  /** A setup package: the unit it makes this PC (shown large for the clerk to confirm before anything is applied). */
  addressedTo?: { departmentId: string; name: string } | null;
  /** Keys of the unit revoked because this package's key replaced them (one active key per unit). */
  replacedKeys?: string[];
};

export type ImportResult = { files: ImportFileReport[]; backupId: string | null };

/** Where a batch import stands: checking each file, then importing them in the order they were made. */
export type ImportProgress = { phase: 'checking' | 'importing' | 'finished'; done: number; total: number; current: string };

/**
 * A batch import the backend runs on its own (sync.importStart), as the screen polls it (sync.importStatus):
 * `files` holds each file's final report as soon as it has one (null until then), by its place in the batch.
 */
export type ImportJobStatus = {
  jobId: string;
  progress: ImportProgress;
  files: (ImportFileReport | null)[];
  /** Set once the whole batch is done, retries included. */
  result: ImportResult | null;
  /** A failure of this PC (disk, database) that stopped the batch, in a clerk's words. */
  error: string | null;
};

export type ConflictSide = { originId: string; name: string; rowVersion: number; row: Record<string, unknown> };

export type ConflictGroup = {
  table: string;
  tableLabel: string;
  pk: string;
  title: string;
  status: 'open' | 'resolved';
  current: ConflictSide | null;
  others: ConflictSide[];
};

export type ReviewState = 'pending' | 'accepted' | 'returned';

export type ReviewItem = {
  taskId: string;
  taskCode: string;
  taskTitle: string;
  departmentId: string;
  departmentName: string;
  periodId: string;
  reportVersion: number;
  status: string;
  percent: number | null;
  progress: string;
  state: ReviewState;
  /** The latest decision on any version of this report (for a resubmission: the return it answers). */
  lastDecision: { decision: 'accept' | 'return'; reason: string; reportVersion: number } | null;
};

/** import: before an import (package or plan document); daily: the once-a-day copy; restore: before a restore. */
export type BackupKind = 'import' | 'daily' | 'restore';
export type BackupRow = { id: string; createdAt: string; reason: string; kind: BackupKind; sizeBytes: number };

export type SyncSettings = { massChangeShare: number };

/** One package this PC made, as the 数据交换 screen lists it. */
export type ExportRecord = {
  fileName: string;
  kind: PackageKind;
  /** When it was made (display only). */
  createdAt: string;
  changeCount: number;
  /** True once the recipient's later package acknowledged everything in it. */
  isAcknowledged: boolean;
};

/** What waits to go out: counted from the recipient's acknowledgement, as the next export will carry it. */
export type OutgoingCounts = { reports: number; evidence: number; reviews: number; planChanges: number; changes: number };

/** The office's view of one unit: its key, what waits for it, and what it was last sent. */
export type UnitOutbox = {
  departmentId: string;
  name: string;
  /** The unit's enrolled (not revoked) key, once its first package came in. */
  peer: { originId: string; fingerprint: string; enrolledAt: string } | null;
  revokedKeys: number;
  pending: OutgoingCounts;
  lastSetup: ExportRecord | null;
  lastExport: ExportRecord | null;
};

/** sync.outbox: a department's next progress package and what still waits for the office; the office's units. */
export type Outbox = {
  role: 'office' | 'department';
  /** Department: what 导出进度包 would carry now. Office: unused (zeros). */
  pending: OutgoingCounts;
  lastExport: ExportRecord | null;
  /** Department: packages made but not yet acknowledged by the office (their contents travel again). */
  awaitingAck: { packages: number; reports: number };
  /** Department: records written after the last export; 0 means the next package repeats the last one. */
  newSinceLastExport: number;
  /** Office: every unit with tasks in the plan or an enrolled key. Department: empty. */
  units: UnitOutbox[];
};
