// Building the read-only view of a verified roll-up: a Duban database of its own (files/rollups/<id>.sqlite)
// holding the lower office's plan, directory and reviews (its change log) and every original report, applied
// with the same authority rules as a real import. Kept apart from the upper office's own tables, so the
// province's plan, watermarks and figures are never mixed with a city's; the file is written under a
// temporary name and renamed, and can be rebuilt from the stored roll-up at any time.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RollupInfo } from '../../shared/sync/rollup.js';
import { tempNameFor } from '../atomic-write.js';
import { writeMeta } from '../meta.js';
import { latestSchemaVersion, openDatabase, type Db } from '../open.js';
import { prepared } from '../statements.js';
import { applyChanges } from '../sync/apply.js';
import { fingerprintOf } from '../sync/keys.js';
import { openPackage, type OpenedPackage } from '../sync/package-zip.js';
import { rollupInfoOf } from '../sync/rollup-check.js';
import { parseChanges } from '../sync/verify.js';

export const rollupViewDir = (filesDir: string): string => join(filesDir, 'rollups');
export const rollupViewPath = (filesDir: string, id: string): string => join(rollupViewDir(filesDir), `${id}.sqlite`);

export type RollupViewFacts = {
  id: string;
  senderOriginId: string;
  senderName: string;
  senderFingerprint: string;
  info: RollupInfo | null;
  taskCount: number;
  reportCount: number;
  innerCount: number;
  senderSeq: number;
  createdAt: string;
};

const fill = (view: Db, envelope: OpenedPackage): void => {
  const { manifest } = envelope;
  writeMeta(view, 'role', 'office');
  writeMeta(view, 'office_name', manifest.from.name);
  writeMeta(view, 'rollup_of', manifest.packageId);
  applyChanges(view, manifest.packageId, { role: 'office', departmentId: null }, parseChanges(envelope), () => true);
  const originals = [...envelope.files.entries()]
    .filter(([path]) => path.startsWith('packages/'))
    .map(([, bytes]) => openPackage(bytes))
    .sort((a, b) => a.manifest.from.originId.localeCompare(b.manifest.from.originId) || a.manifest.seqFrom - b.manifest.seqFrom);
  // Originals are cumulative from the last acknowledgement, so they overlap: each change is applied once.
  const seen = new Map<string, number>();
  for (const inner of originals) {
    const { from } = inner.manifest;
    const after = seen.get(from.originId) ?? 0;
    const fresh = parseChanges(inner).filter((c) => c.seq > after);
    // Evidence files stay in the original packages; the view lists them without copying their bytes.
    applyChanges(view, inner.manifest.packageId, { role: 'department', departmentId: from.departmentId }, fresh, () => true);
    seen.set(from.originId, Math.max(after, inner.manifest.seqTo));
  }
};

const count = (view: Db, sql: string): number => (prepared(view, sql).get() as { n: number }).n;

/** Writes the view file of a verified roll-up and returns what the list shows of it. */
export const buildRollupView = (filesDir: string, envelope: OpenedPackage): RollupViewFacts => {
  const { manifest } = envelope;
  mkdirSync(rollupViewDir(filesDir), { recursive: true });
  const target = rollupViewPath(filesDir, manifest.packageId);
  const temp = tempNameFor(target);
  const view = openDatabase(temp);
  let facts: RollupViewFacts;
  try {
    view.transaction(() => fill(view, envelope))();
    facts = {
      id: manifest.packageId,
      senderOriginId: manifest.from.originId,
      senderName: manifest.from.name,
      senderFingerprint: fingerprintOf(manifest.from.publicKeyPem),
      info: rollupInfoOf(envelope),
      taskCount: count(view, 'SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0'),
      reportCount: count(view, 'SELECT COUNT(*) AS n FROM reports WHERE deleted = 0'),
      innerCount: [...envelope.files.keys()].filter((p) => p.startsWith('packages/')).length,
      senderSeq: manifest.seqTo,
      createdAt: manifest.createdAt,
    };
    // One self-contained file: no -wal beside it, so it can be opened read-only and copied as is.
    view.pragma('journal_mode = DELETE');
  } finally {
    view.close();
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(temp + suffix)) rmSync(temp + suffix);
  renameSync(temp, target);
  return facts;
};

/** True when the view file exists and was built by this version's schema (else it is rebuilt). */
export const isViewCurrent = (db: Db): boolean => (db.pragma('user_version', { simple: true }) as number) === latestSchemaVersion();
