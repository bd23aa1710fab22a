// The two reads of each file of an import. The first checks every file of the batch completely before
// anything is written (sync.md, step 1) but keeps only small facts: the manifest (to order the batch),
// the sender, roll-up checks and the file's hash. The second, when the package's turn comes, reads the
// file again, refuses it if it is no longer the file that was checked (a USB stick's file replaced or
// still being copied), and opens it for its apply; the package is released after its apply. So memory
// is bounded by the largest package instead of the batch (a province merge of 100 packages, 79 MB of
// files, held every inflated entry and parsed change at once: 373 MB peak, BENCHMARKS.md).
import { basename } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { LIMITS, type Manifest } from '../../shared/sync/manifest.js';
import type { ImportFileReport, InnerPackageCheck } from '../../shared/sync/types.js';
import type { Db } from '../open.js';
import { readPackageFile } from './files.js';
import { sha256Hex } from './keys.js';
import { PackageRefusal } from './package-zip.js';
import type { PeerRow, Self } from './state.js';
import { reopenVerified, verifyPackage, type VerifiedPackage } from './verify.js';

export type ImportSource = { path: string } | { name: string; dataBase64: string };

/** What the first read keeps of a package that passed every check. */
export type CheckedPackage = {
  index: number;
  source: ImportSource;
  manifest: Manifest;
  peer: PeerRow | null;
  inner: InnerPackageCheck[];
  fileSha256: string;
};

const readSource = (source: ImportSource): { file: string; bytes: Uint8Array } => {
  if ('path' in source) return { file: basename(source.path), bytes: readPackageFile(source.path, LIMITS.fileBytes) };
  const bytes = new Uint8Array(Buffer.from(source.dataBase64, 'base64'));
  return { file: basename(source.name), bytes };
};

export const sourceName = (source: ImportSource): string => ('path' in source ? basename(source.path) : source.name);

/** First read: every check of step 1; throws PackageRefusal or ApiError for a file that fails one. */
export const checkSource = (db: Db, self: Self, source: ImportSource, index: number, trusted: ReadonlySet<string>): { file: string; checked: CheckedPackage } => {
  const { file, bytes } = readSource(source);
  const pkg = verifyPackage(db, self, bytes, trusted);
  return { file, checked: { index, source, manifest: pkg.manifest, peer: pkg.peer, inner: pkg.inner, fileSha256: pkg.fileSha256 } };
};

/** Second read, just before the package is applied: the same bytes as checked, or a refusal. */
export const reloadChecked = (db: Db, checked: CheckedPackage): VerifiedPackage => {
  const { bytes } = readSource(checked.source);
  if (sha256Hex(bytes) !== checked.fileSha256) throw new PackageRefusal('changed');
  return reopenVerified(db, bytes, checked);
};

/**
 * Fills a file's report from a refusal of either read; false for an error that is not about the file
 * (this PC's failure), which the caller rethrows.
 */
export const noteRefusal = (report: ImportFileReport, error: unknown, self: Self): boolean => {
  if (error instanceof PackageRefusal) {
    report.refusalCode = error.code;
    report.message = error.message;
    // A refused roll-up still lists each original's verdict: the lower office sees which one to fix.
    if (error.code === 'rollup_inner') report.inner = (error.details as { inner: ImportFileReport['inner'] }).inner;
    if (error.code === 'unknown_sender') {
      report.outcome = 'needs_trust';
      const d = error.details as {
        fingerprint: string;
        name: string;
        originId: string;
        departmentId: string | null;
        addressedTo?: { departmentId: string; name: string } | null;
      };
      report.addressedTo = d.addressedTo ?? null;
      report.sender = {
        originId: d.originId,
        fingerprint: d.fingerprint,
        name: d.name,
        role: self.role === 'office' ? 'department' : 'office',
        departmentId: d.departmentId,
        isEnrolled: false,
      };
    }
    return true;
  }
  if (error instanceof ApiError && error.code !== 'internal') {
    report.refusalCode = 'unreadable';
    report.message = error.message;
    return true;
  }
  return false;
};
