// Opening stays fast whatever the file's size (issue 18), and integrity is still checked: in full on
// open when the file is small, after a session that did not close, and when the background check found
// a problem; otherwise by the scheduled check on a worker, which never writes into a damaged file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { CHECK_EVERY_DAYS, isIntegrityCheckDue } from '../../db/maintenance.js';
import { closeDatabase, openCheckOf, openDatabase, openMarkerOf, suspectNoteOf } from '../../db/open.js';
import { listBackups } from '../../db/sync/backups.js';
import { fixedClock, makeTempDir } from '../helpers/temp-backend.js';

// Pages near the end (the demo's report and search pages), which opening does not read.
const damage = (path: string): Buffer => {
  const damaged = Buffer.from(readFileSync(path));
  damaged.fill(0x5a, damaged.length - 4096 * 4, damaged.length - 4096);
  writeFileSync(path, damaged);
  return damaged;
};

describe('integrity checks on open and in the background', () => {
  let tmp: { dir: string; cleanup: () => void };
  let dbPath: string;
  beforeEach(() => {
    tmp = makeTempDir();
    dbPath = join(tmp.dir, 'duban.sqlite');
  });
  afterEach(() => tmp.cleanup());

  const openAt = (iso: string, fullCheckBytes = 0) =>
    createBackend({ dbPath, clock: fixedClock(iso), maintenance: 'deferred', fullCheckBytes, seedsDir: join(import.meta.dirname, '..', '..', 'seeds') });

  it('a damaged page that opening does read is reported as damage, not as an unreadable file', () => {
    openAt('2026-11-22T09:00:00+08:00').close();
    const bytes = Buffer.from(readFileSync(dbPath));
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(dbPath, bytes);
    expect(() => openAt('2026-11-22T10:00:00+08:00')).toThrow(/损坏/);
  });

  it('a large file that closed cleanly opens without reading it whole; a small one is checked in full', () => {
    openAt('2026-11-22T09:00:00+08:00').close();
    expect(existsSync(openMarkerOf(dbPath))).toBe(false);
    const large = openDatabase(dbPath, { fullCheckBytes: 0 });
    expect(openCheckOf(large)).toBeNull();
    expect(existsSync(openMarkerOf(dbPath))).toBe(true);
    closeDatabase(large);
    const small = openDatabase(dbPath);
    expect(openCheckOf(small)).toBe('small');
    closeDatabase(small);
  });

  it('after a session that did not close (its marker left behind) the next open checks in full and reports damage untouched', () => {
    openAt('2026-11-22T09:00:00+08:00').close();
    writeFileSync(openMarkerOf(dbPath), '12345'); // as a killed process leaves it
    const damaged = damage(dbPath);
    expect(() => openAt('2026-11-22T10:00:00+08:00')).toThrow(/损坏/);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
  });

  it('the background check finds damage a clean open did not read, leaves a note beside the file, and the next open reports it', async () => {
    openAt('2026-11-22T09:00:00+08:00').close();
    const damaged = damage(dbPath);
    const backend = openAt('2026-11-23T09:00:00+08:00');
    expect(openCheckOf(backend.db)).toBeNull();
    const report = await backend.runMaintenance();
    expect(report.integrity).toBe('damaged');
    expect(report.backup).toBeNull(); // no backup of a damaged file
    expect(report.problem).toMatch(/损坏/);
    backend.close();
    expect(existsSync(suspectNoteOf(dbPath))).toBe(true);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
    expect(() => openAt('2026-11-23T10:00:00+08:00')).toThrow(/损坏/);
  });

  it('a healthy file: the scheduled check passes, the daily backup is made on the worker, both once per their period', async () => {
    openAt('2026-11-22T09:00:00+08:00').close();
    const day2 = openAt('2026-11-23T09:00:00+08:00');
    expect(listBackups(join(tmp.dir, 'files'))).toEqual([]); // nothing on open
    const report = await day2.runMaintenance();
    expect(report).toMatchObject({ integrity: 'ok', problem: null, backup: { kind: 'daily' } });
    day2.close();
    const sameWeek = openAt(`2026-11-${23 + CHECK_EVERY_DAYS - 1}T09:00:00+08:00`);
    expect(isIntegrityCheckDue(sameWeek.context)).toBe(false);
    expect(await sameWeek.runMaintenance()).toMatchObject({ integrity: null, backup: { kind: 'daily' } });
    sameWeek.close();
    const nextWeek = openAt('2026-12-01T09:00:00+08:00');
    expect(isIntegrityCheckDue(nextWeek.context)).toBe(true);
    nextWeek.close();
    const backups = listBackups(join(tmp.dir, 'files'));
    expect(backups.map((b) => b.kind)).toEqual(['daily', 'daily']);
    // The worker's copy is a whole database.
    const copy = openDatabase(join(tmp.dir, 'files', 'backups', `${backups[0]?.id}.sqlite`));
    expect((copy.prepare('SELECT COUNT(*) AS n FROM tasks').get() as { n: number }).n).toBeGreaterThan(0);
    closeDatabase(copy);
  });
});
