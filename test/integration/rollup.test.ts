// Roll-ups end to end at the engine: the city office checks its stored originals before building, the
// province refuses a roll-up as a whole when one original inside is damaged, forged or signed by a key
// revoked below (its folder byte-identical afterwards), and opens a verified one as a read-only view.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/validate.js';
import { rollupInfoSchema } from '../../shared/sync/rollup.js';
import type { ImportFileReport } from '../../shared/sync/types.js';
import { privateKeyOf, repack, sha256 } from '../helpers/package-tamper.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir } from '../helpers/temp-backend.js';

/** Every file under a folder with its hash: "byte-identical" means this map is equal. */
const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = sha256(readFileSync(path));
    }
  };
  walk(dir);
  return out;
};

describe('roll-ups', () => {
  let tmp: { dir: string; cleanup: () => void };
  let city: Site;
  const depts: Site[] = [];
  let provinceFingerprint: string;
  const provinceDir = () => join(tmp.dir, 'province');
  const provinceDb = () => join(provinceDir(), 'duban.sqlite');

  /** The province opened for one call and closed again (no daily backup), so its folder can be compared. */
  const atProvince = async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
    const backend = createBackend({ dbPath: provinceDb(), clock: fixedClock('2026-12-05T09:00:00+08:00'), isDailyBackup: false });
    try {
      return (await dispatch(backend, method, arg)) as ApiResult<M>;
    } finally {
      backend.close();
    }
  };

  const importAtProvince = async (bytes: Uint8Array, name: string): Promise<{ report: ImportFileReport; isUnchanged: boolean }> => {
    const path = join(tmp.dir, name);
    writeFileSync(path, bytes);
    const before = snapshot(provinceDir());
    const result = await atProvince('sync.import', { sources: [{ path }], trust: [await fingerprintOfSite(city)] });
    return { report: result.files[0]!, isUnchanged: JSON.stringify(snapshot(provinceDir())) === JSON.stringify(before) };
  };

  const makeRollup = async (to?: string): Promise<Uint8Array> => {
    const made = await call(city, 'rollups.make', { out: join(tmp.dir, 'up') + '/', to });
    return new Uint8Array(readFileSync(made.path));
  };

  /** Replaces one original inside the envelope and re-signs the envelope with the city's own key. */
  const withInner = (envelope: Uint8Array, edit: (inner: Uint8Array, all: Uint8Array[]) => Uint8Array): Uint8Array =>
    repack(envelope, privateKeyOf(city.dbPath), (files) => {
      const names = Object.keys(files).filter((p) => p.startsWith('packages/')).sort();
      const first = names[0]!;
      files[first] = edit(files[first]!, names.map((n) => files[n]!));
    });

  beforeAll(async () => {
    tmp = makeTempDir('duban-rollup-');
    city = await makeOffice(tmp.dir);
    for (const unit of ['市商务局', '市财政局']) {
      const dept = await makeDepartment(tmp.dir, city, unit);
      depts.push(dept);
      const task = (await tasksOf(dept, unit)).lead[0]!;
      writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 40, progress: `${unit}本季度进展` });
      const pkg = await exportTo(dept, join(tmp.dir, 'stick') + '/');
      const imported = await call(city, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(dept)] });
      expect(imported.files[0]?.outcome).toBe('applied');
    }
    const province = openSite(tmp.dir, 'province', { isOffice: false, clock: fixedClock('2026-12-05T09:00:00+08:00') });
    provinceFingerprint = (await call(province, 'sync.init', { role: 'office', name: '广东省市场监管局' })).fingerprint;
    province.backend.close();
  });

  afterAll(() => {
    city?.backend.close();
    for (const d of depts) d.backend.close();
    tmp?.cleanup();
  });

  it('refuses, at the city, a roll-up over a damaged stored original, writing nothing', async () => {
    const stored = join(city.dir, 'files', 'packages');
    const name = readdirSync(stored).sort()[0]!;
    const path = join(stored, name);
    const good = readFileSync(path);
    const bad = Buffer.from(good);
    const at = Math.floor(bad.length / 2);
    bad[at] = bad[at]! ^ 0x20;
    writeFileSync(path, bad);
    const exportsBefore = (city.backend.db.prepare('SELECT COUNT(*) AS n FROM sync_exports').get() as { n: number }).n;
    try {
      await expect(call(city, 'rollups.make', { out: join(tmp.dir, 'refused') + '/' })).rejects.toThrow(/已损坏.*无法生成汇总包,本机未做任何改动/);
      await expect(call(city, 'rollups.make', {})).rejects.toBeInstanceOf(ApiError);
      expect((city.backend.db.prepare('SELECT COUNT(*) AS n FROM sync_exports').get() as { n: number }).n).toBe(exportsBefore);
    } finally {
      writeFileSync(path, good);
    }
  });

  it('refuses a roll-up addressed to another upper office by fingerprint', async () => {
    const rollup = await makeRollup('AAAA-BBBB-CCCC');
    const { report, isUnchanged } = await importAtProvince(rollup, 'elsewhere.duban');
    expect(report.refusalCode).toBe('wrong_recipient');
    expect(isUnchanged).toBe(true);
  });

  it.each([
    ['a byte flipped inside an original', (inner: Uint8Array) => {
      const files = unzipSync(inner);
      const changes = files['changes.ndjson']!;
      const at = Math.floor(changes.length / 2);
      changes[at] = changes[at]! ^ 0x01;
      return zipSync(files, { level: 0 });
    }],
    ['an original truncated', (inner: Uint8Array) => inner.slice(0, inner.length - 200)],
    ['an entry of an original truncated', (inner: Uint8Array) => {
      const files = unzipSync(inner);
      files['changes.ndjson'] = files['changes.ndjson']!.slice(0, 40);
      return zipSync(files, { level: 0 });
    }],
    ['an original carrying another original’s signature', (inner: Uint8Array, all: Uint8Array[]) => {
      const files = unzipSync(inner);
      files['manifest.sig'] = unzipSync(all[1]!)['manifest.sig']!;
      return zipSync(files, { level: 0 });
    }],
  ])('refuses the whole roll-up for %s; the province folder is byte-identical', async (_label, edit) => {
    const tampered = withInner(await makeRollup(provinceFingerprint), edit);
    const { report, isUnchanged } = await importAtProvince(tampered, 'tampered.duban');
    expect(report).toMatchObject({ outcome: 'rejected', refusalCode: 'rollup_inner' });
    expect(report.message).toMatch(/整个汇总包未导入/);
    expect(report.inner).toHaveLength(2);
    expect(report.inner.filter((i) => !i.isValid)).toHaveLength(1);
    expect(isUnchanged).toBe(true);
  });

  it('imports a verified roll-up and opens it read-only: tasks, units, reports, lights and figures', async () => {
    // Before any roll-up the province has no plan and says so.
    await expect(atProvince('reports.dashboard', {})).rejects.toThrow(/还没有导入任何规划/);
    const rollup = await makeRollup(provinceFingerprint);
    const { report } = await importAtProvince(rollup, 'good.duban');
    expect(report).toMatchObject({ outcome: 'verified', kind: 'rollup' });
    expect(report.inner.every((i) => i.isValid)).toBe(true);
    const list = await atProvince('rollups.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ senderName: '湛江市质量强市工作领导小组办公室', periodId: '2026-Q4', taskCount: 30, reportCount: 2, innerCount: 2 });
    const view = list[0]!.id;
    const tasks = await atProvince('rollups.tasks', { view });
    expect(tasks).toHaveLength(30);
    const units = await atProvince('rollups.departments', { view });
    expect(units.some((u) => u.name === '市商务局')).toBe(true);
    const summary = await atProvince('rollups.summary', { view, periodId: '2026-Q4' });
    expect(summary.reports.received).toBe(2);
    expect(summary.byLight.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(0);
    const chase = await atProvince('rollups.chase', { view });
    expect(chase).toBeTruthy();
    // The province's own summary no longer says no plan was imported: it points to the roll-ups.
    await expect(atProvince('reports.dashboard', {})).rejects.toThrow(/已导入 1 份下级汇总/);
    // The view is a separate read-only file: the province's own tables hold no task of the city.
    const backend = createBackend({ dbPath: provinceDb(), clock: fixedClock('2026-12-05T09:00:00+08:00'), isDailyBackup: false });
    try {
      expect((backend.db.prepare('SELECT COUNT(*) AS n FROM tasks').get() as { n: number }).n).toBe(0);
    } finally {
      backend.close();
    }
  });

  it('rebuilds a lost view file from the stored roll-up', async () => {
    const [first] = await atProvince('rollups.list', {});
    const viewFile = join(provinceDir(), 'files', 'rollups', `${first!.id}.sqlite`);
    writeFileSync(viewFile, 'not a database');
    // A damaged view is not trusted: removed and rebuilt from the stored, re-verified roll-up.
    expect(await atProvince('rollups.tasks', { view: first!.id })).toHaveLength(30);
    expect(readFileSync(viewFile).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('declares originals signed by a key revoked at the city (by its sequence); the province refuses them all, writing nothing', async () => {
    const finance = depts[1]!;
    await call(city, 'sync.revoke', { key: await fingerprintOfSite(finance), reason: '电脑更换' });
    const cityMaxSeq = (city.backend.db.prepare('SELECT MAX(seq) AS s FROM change_log WHERE origin_id = ?').get(city.backend.identity.originId) as { s: number }).s;
    const rollup = await makeRollup(provinceFingerprint);
    // The app tells the person before the file leaves: the level above will refuse it.
    expect((await call(city, 'rollups.make', { to: provinceFingerprint })).revokedOriginalCount).toBe(1);
    const info = rollupInfoSchema.parse(JSON.parse(new TextDecoder().decode(unzipSync(rollup)['rollup.json']!)));
    expect(info.revoked).toHaveLength(1);
    expect(info.revoked[0]).toMatchObject({ name: '市财政局', revokedAfterSeq: cityMaxSeq });
    expect(info.revoked[0]!.receivedUpToSeq).toBeGreaterThan(0);
    expect(info.revoked[0]!.packageIds).toHaveLength(1);
    const { report, isUnchanged } = await importAtProvince(rollup, 'revoked.duban');
    expect(report).toMatchObject({ outcome: 'rejected', refusalCode: 'rollup_inner' });
    expect(report.message).toMatch(/市财政局.*吊销/);
    expect(report.inner.find((i) => !i.isValid)?.reason).toMatch(new RegExp(`第 ${cityMaxSeq} 号变更`));
    expect(isUnchanged).toBe(true);
  });
});
