// Merge figures: the office importing every unit's package (in a child process, for its peak RSS),
// against raw better-sqlite3 prepared inserts of the same rows in one transaction into a copy of the
// same office database (same schema, indexes and search triggers). Signature checks are timed alone.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isSignatureValid } from '../db/sync/keys.js';
import { openPackage } from '../db/sync/package-zip.js';
import { CHANGES_PATH, SIGNATURE_PATH, type WireChange } from '../shared/sync/manifest.js';
import type { Dataset } from './build.js';

export type MergeChildRequest = { officeDbPath: string; packagePaths: string[]; trust: string[] };
export type MergeChildReply = {
  ms: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
  counts: { applied: number; skipped: number; conflicts: number; refused: number };
  notApplied: string[];
};

export type MergeFigures = {
  mergeMs: number;
  rawMs: number;
  rawNoSearchMs: number;
  signatureMs: number;
  changes: number;
  packageBytes: number;
  peakRssMb: number;
  rssBeforeMb: number;
};

type Parsed = { changes: WireChange[]; attachments: { sha256: string; size: number }[] };

const readPackages = (paths: string[]): { parsed: Parsed[]; signatureMs: number; bytes: number } => {
  let signatureMs = 0;
  let bytes = 0;
  const parsed = paths.map((path) => {
    const file = new Uint8Array(readFileSync(path));
    bytes += file.length;
    const opened = openPackage(file);
    const signature = opened.files.get(SIGNATURE_PATH) as Uint8Array;
    const started = performance.now();
    if (!isSignatureValid(opened.manifest.from.publicKeyPem, opened.manifestBytes, signature)) throw new Error(`bad signature in ${path}`);
    signatureMs += performance.now() - started;
    const text = new TextDecoder().decode(opened.files.get(CHANGES_PATH));
    const changes = text.split('\n').filter((l) => l).map((l) => JSON.parse(l) as WireChange);
    const attachments = [...opened.files].filter(([p]) => p.startsWith('attachments/')).map(([p, b]) => ({ sha256: p.slice(12), size: b.length }));
    return { changes, attachments };
  });
  return { parsed, signatureMs, bytes };
};

/** The floor: the same rows (domain rows, the received change-log entries, attachment records) inserted raw. */
const rawInsert = (dbPath: string, packages: Parsed[], isWithoutSearch: boolean): number => {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // The second floor: how much of the cost is the full-text index the reports feed.
  if (isWithoutSearch) db.exec('DROP TRIGGER progress_search_report_insert');
  const statements = new Map<string, Database.Statement>();
  const insertRow = (table: string, row: Record<string, unknown>): void => {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    statement.run(row);
  };
  const log = db.prepare('INSERT INTO change_log (origin_id, seq, table_name, pk, row_version, base_version, op, row_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const attachment = db.prepare("INSERT OR IGNORE INTO attachments (sha256, size, mime, stored_at) VALUES (?, ?, '', '2026-11-22')");
  const started = performance.now();
  db.transaction(() => {
    for (const pkg of packages) {
      for (const a of pkg.attachments) attachment.run(a.sha256, a.size);
      for (const c of pkg.changes) {
        insertRow(c.table, c.row);
        log.run(c.origin, c.seq, c.table, c.pk, c.rowVersion, c.baseVersion, c.op, JSON.stringify(c.row));
      }
    }
  })();
  const ms = performance.now() - started;
  db.close();
  return ms;
};

const runChild = (request: MergeChildRequest, scratch: string): MergeChildReply => {
  const requestPath = join(scratch, 'merge-request.json');
  writeFileSync(requestPath, JSON.stringify(request));
  const out = execFileSync(process.execPath, [join(import.meta.dirname, 'merge-child.js'), requestPath], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() as string) as MergeChildReply;
};

/** Merges every unit's package into the dataset's office database (which keeps the merged data). */
export const measureMerge = (ds: Dataset): MergeFigures => {
  const packagePaths = ds.departments.map((d) => d.packagePath);
  const { parsed, signatureMs, bytes } = readPackages(packagePaths);
  const rawPath = join(ds.root, 'raw-baseline.sqlite');
  copyFileSync(ds.officeDbPath, rawPath);
  const rawMs = rawInsert(rawPath, parsed, false);
  const rawNoSearchPath = join(ds.root, 'raw-baseline-no-search.sqlite');
  copyFileSync(ds.officeDbPath, rawNoSearchPath);
  const rawNoSearchMs = rawInsert(rawNoSearchPath, parsed, true);
  rmSync(rawPath);
  rmSync(rawNoSearchPath);
  const reply = runChild({ officeDbPath: ds.officeDbPath, packagePaths, trust: ds.departments.map((d) => d.fingerprint) }, ds.root);
  const changes = parsed.reduce((n, p) => n + p.changes.length, 0);
  if (reply.notApplied.length > 0) throw new Error(`merge did not apply every package: ${reply.notApplied.slice(0, 3).join('; ')}`);
  if (reply.counts.applied !== changes) throw new Error(`merge applied ${reply.counts.applied} of ${changes} changes (${JSON.stringify(reply.counts)})`);
  const mb = (b: number): number => Math.round(b / 1048576);
  return { mergeMs: reply.ms, rawMs, rawNoSearchMs, signatureMs, changes, packageBytes: bytes, peakRssMb: mb(reply.peakRssBytes), rssBeforeMb: mb(reply.rssBeforeBytes) };
};
