// Every damaged or forged package is refused with a specific reason before any write: the office
// database file is byte-identical afterwards.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { openPackage, PackageRefusal } from '../../db/sync/package-zip.js';
import type { ImportFileReport } from '../../shared/sync/types.js';
import { attackerKey, privateKeyOf, prng, renameEntryBytes, repack, sha256 } from '../helpers/package-tamper.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

describe('refusal before any write', () => {
  let tmp: { dir: string; cleanup: () => void };
  let officeDb: string;
  let good: Uint8Array;
  let deptKey: string;
  let dept: Site;
  let stranger: Site;
  let foreign: Site;
  const officeDir = () => join(tmp.dir, 'office');

  const file = (name: string, bytes: Uint8Array): string => {
    const path = join(tmp.dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  /** Imports into a freshly opened office and returns the reports plus whether the file changed. */
  const importIntoOffice = async (paths: string[], trust: string[] = []): Promise<{ reports: ImportFileReport[]; isUnchanged: boolean }> => {
    const before = sha256(readFileSync(officeDb));
    const office = openSite(tmp.dir, 'office', { isOffice: true });
    let reports: ImportFileReport[];
    try {
      reports = (await call(office, 'sync.import', { sources: paths.map((path) => ({ path })), trust })).files;
    } finally {
      office.backend.close();
    }
    expect(existsSync(`${officeDb}-wal`)).toBe(false);
    return { reports, isUnchanged: sha256(readFileSync(officeDb)) === before };
  };

  beforeAll(async () => {
    tmp = makeTempDir('duban-refuse-');
    const office = await makeOffice(tmp.dir);
    dept = await makeDepartment(tmp.dir, office, '市商务局');
    const task = (await tasksOf(dept, '市商务局')).lead[0]!;
    writeReport(dept, { taskId: task.id, periodId: '2026-Q3', status: 'on_track', percent: 30, progress: '第三季度进展' });
    const first = await exportTo(dept, join(tmp.dir, 'first.duban'));
    const enrolled = await call(office, 'sync.import', { sources: [{ path: first.path }], trust: [await fingerprintOfSite(dept)] });
    expect(enrolled.files[0]?.outcome).toBe('applied');
    writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 50, progress: '第四季度进展', attachments: [{ fileName: '照片.jpg', bytes: new Uint8Array(2000).fill(7) }] });
    const second = await exportTo(dept, join(tmp.dir, 'good.duban'));
    good = new Uint8Array(readFileSync(second.path));
    deptKey = privateKeyOf(dept.dbPath);
    // A unit the office never enrolled, and one set up by another office.
    stranger = await makeDepartment(tmp.dir, office, '市农业农村局', 'stranger');
    const strangerTask = (await tasksOf(stranger, '市农业农村局')).lead[0]!;
    writeReport(stranger, { taskId: strangerTask.id, periodId: '2026-Q4', status: 'on_track', percent: 10, progress: '未登记单位' });
    const otherOffice = openSite(tmp.dir, 'office2', { isOffice: true });
    await call(otherOffice, 'sync.init', { role: 'office' });
    const otherSite = { ...otherOffice };
    foreign = await makeDepartment(tmp.dir, otherSite, '市商务局', 'foreign');
    const foreignTask = (await tasksOf(foreign, '市商务局')).lead[0]!;
    writeReport(foreign, { taskId: foreignTask.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '别的办公室' });
    otherOffice.backend.close();
    office.backend.close();
    officeDb = join(officeDir(), 'duban.sqlite');
  });
  afterAll(() => {
    dept.backend.close();
    stranger.backend.close();
    foreign.backend.close();
    tmp.cleanup();
  });

  it('accepts the untouched package (the control)', async () => {
    // Checked on a copy so the office stays as it was for the other cases.
    const copy = join(tmp.dir, 'control.sqlite');
    writeFileSync(copy, readFileSync(officeDb));
    const backend = createBackend({ dbPath: copy, clock: fixedClock('2026-11-22T09:00:00+08:00'), seedsDir, filesDir: join(tmp.dir, 'control-files') });
    try {
      const result = await call({ backend, dir: tmp.dir, dbPath: copy, name: 'control' }, 'sync.import', { sources: [{ path: file('control.duban', good) }], trust: [] });
      expect(result.files[0]).toMatchObject({ outcome: 'applied', counts: { applied: 2, skipped: 1, refused: 0 } });
    } finally {
      backend.close();
    }
  });

  it('refuses byte flips anywhere in the file', async () => {
    const random = prng(20261122);
    const positions = new Set<number>([0, 4, 10, 14, 18, 26, 30, good.length - 22, good.length - 10, good.length - 6, good.length - 2, good.length - 1]);
    while (positions.size < 60) positions.add(Math.floor(random() * good.length));
    const paths = [...positions].map((at, i) => {
      const copy = good.slice();
      copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8));
      return file(`flip-${i}.duban`, copy);
    });
    const { reports, isUnchanged } = await importIntoOffice(paths);
    expect(isUnchanged).toBe(true);
    for (const r of reports) {
      expect(r.outcome, `${r.file}: ${r.message}`).toBe('rejected');
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('detects every single-bit and whole-byte flip at every position of the file', () => {
    const undetected: string[] = [];
    for (let at = 0; at < good.length; at += 1) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const copy = good.slice();
        copy[at] = (copy[at] ?? 0) ^ mask;
        try {
          openPackage(copy);
          undetected.push(`${at}^${mask}`);
        } catch (error) {
          if (!(error instanceof PackageRefusal)) throw error;
        }
      }
    }
    expect(undetected).toEqual([]);
  });

  it('refuses truncated files', async () => {
    const paths = [0, 10, 100, Math.floor(good.length / 2), good.length - 23, good.length - 1].map((n) => file(`cut-${n}.duban`, good.slice(0, n)));
    const { reports, isUnchanged } = await importIntoOffice(paths);
    expect(isUnchanged).toBe(true);
    expect(reports.map((r) => r.refusalCode)).toEqual(Array(paths.length).fill('damaged'));
  });

  it('refuses a package edited and re-signed with another key', async () => {
    const attacker = attackerKey();
    const forged = repack(good, attacker.privateKeyPem, (files) => {
      files['changes.ndjson'] = new TextEncoder().encode(new TextDecoder().decode(files['changes.ndjson']).replace('"percent":50', '"percent":99'));
    });
    const stolenName = repack(good, attacker.privateKeyPem, (_files, manifest) => {
      (manifest.from as Record<string, unknown>).publicKeyPem = attacker.publicKeyPem;
    });
    const edited = repack(good, deptKey, (files) => {
      files['changes.ndjson'] = new TextEncoder().encode(new TextDecoder().decode(files['changes.ndjson']).replace('"percent":50', '"percent":99'));
    }, { isRehashed: false });
    const { reports, isUnchanged } = await importIntoOffice([file('forged.duban', forged), file('stolen.duban', stolenName), file('edited.duban', edited)]);
    expect(isUnchanged).toBe(true);
    expect(reports.map((r) => r.refusalCode)).toEqual(['bad_signature', 'key_mismatch', 'hash_mismatch']);
  });

  it('refuses an unknown sender until its fingerprint is confirmed, and a wrong recipient', async () => {
    const fromStranger = await exportTo(stranger, join(tmp.dir, 'stranger.duban'));
    const fromForeign = await exportTo(foreign, join(tmp.dir, 'foreign.duban'));
    const { reports, isUnchanged } = await importIntoOffice([fromStranger.path, fromForeign.path], ['0000-0000-0000']);
    expect(isUnchanged).toBe(true);
    expect(reports[0]).toMatchObject({ outcome: 'needs_trust', refusalCode: 'unknown_sender', sender: { name: '市农业农村局', fingerprint: await fingerprintOfSite(stranger) } });
    expect(reports[1]).toMatchObject({ outcome: 'rejected', refusalCode: 'wrong_recipient' });
  });

  it('refuses future formats, unsafe names, duplicates, unknown entries and zip bombs', async () => {
    const future = repack(good, deptKey, (_f, manifest) => {
      manifest.formatVersion = 2;
    });
    const traversal = repack(good, deptKey, (files) => {
      files['../../evil.sh'] = new TextEncoder().encode('rm -rf /');
    });
    const absolute = repack(good, deptKey, (files) => {
      files['/etc/passwd'] = new TextEncoder().encode('x');
    });
    const unknown = repack(good, deptKey, (files) => {
      files['autorun.inf'] = new TextEncoder().encode('x');
    });
    const twin = repack(good, deptKey, (files) => {
      files['changes.ndjsoX'] = files['changes.ndjson']!;
    });
    const duplicate = renameEntryBytes(twin, 'changes.ndjsoX', 'changes.ndjson');
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = repack(good, deptKey, (files) => {
      files[`attachments/${sha256(zeros)}`] = zeros;
    });
    const { reports, isUnchanged } = await importIntoOffice([
      file('future.duban', future),
      file('traversal.duban', traversal),
      file('absolute.duban', absolute),
      file('unknown.duban', unknown),
      file('duplicate.duban', duplicate),
      file('bomb.duban', bomb),
    ]);
    expect(isUnchanged).toBe(true);
    expect(reports.map((r) => r.refusalCode)).toEqual(['future_format', 'bad_entry_name', 'bad_entry_name', 'unknown_entry', 'duplicate_entry', 'zip_bomb']);
    expect(reports[0]?.message).toContain('升级');
  });

  it('refuses a header that lies about the inflated size', async () => {
    const copy = Buffer.from(good);
    // Every entry claims 300 MB inflated (local header and directory agree, as a crafted bomb would).
    for (let at = copy.indexOf('PK\u0003\u0004'); at >= 0; at = copy.indexOf('PK\u0003\u0004', at + 4)) copy.writeUInt32LE(300 * 1024 * 1024, at + 22);
    for (let at = copy.indexOf('PK\u0001\u0002'); at >= 0; at = copy.indexOf('PK\u0001\u0002', at + 4)) copy.writeUInt32LE(300 * 1024 * 1024, at + 24);
    const { reports, isUnchanged } = await importIntoOffice([file('liar.duban', new Uint8Array(copy))]);
    expect(isUnchanged).toBe(true);
    expect(reports[0]?.refusalCode).toBe('zip_bomb');
  });

  it('refuses a revoked key', async () => {
    const office = openSite(tmp.dir, 'office', { isOffice: true });
    await call(office, 'sync.revoke', { key: await fingerprintOfSite(dept), reason: '联络员电脑丢失' });
    office.backend.close();
    const { reports, isUnchanged } = await importIntoOffice([file('after-revoke.duban', good)]);
    expect(isUnchanged).toBe(true);
    expect(reports[0]).toMatchObject({ outcome: 'rejected', refusalCode: 'revoked' });
  });
});
