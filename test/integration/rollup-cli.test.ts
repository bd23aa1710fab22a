// Roll-ups from the command line: `rollup --to` takes the upper office's name or its fingerprint as read
// over the phone, and the province imports, lists and reads a roll-up without opening the app.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../shared/reports/types.js';
import type { TaskRow } from '../../shared/domain/types.js';
import { rollupInfoSchema, type RollupViewSummary } from '../../shared/sync/rollup.js';
import type { ImportResult, SyncStatus } from '../../shared/sync/types.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { privateKeyOf, repack } from '../helpers/package-tamper.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const infoOf = (path: string) => rollupInfoSchema.parse(JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(path))['rollup.json']!)));

describe('roll-ups from the CLI', () => {
  const cli = hostsCliForTests();
  let tmp: { dir: string; cleanup: () => void };
  let cityDb: string;
  let cityFingerprint: string;
  const provinceDb = () => join(tmp.dir, 'province.sqlite');

  beforeAll(async () => {
    tmp = makeTempDir('duban-rollup-cli-');
    const city = await makeOffice(tmp.dir);
    for (const unit of ['市商务局', '市财政局']) {
      const dept = await makeDepartment(tmp.dir, city, unit);
      const task = (await tasksOf(dept, unit)).lead[0]!;
      writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 30, progress: `${unit}进展` });
      const pkg = await exportTo(dept, join(tmp.dir, 'stick') + '/');
      await call(city, 'sync.import', { sources: [{ path: pkg.path }], trust: [await fingerprintOfSite(dept)] });
      dept.backend.close();
    }
    cityFingerprint = await fingerprintOfSite(city);
    cityDb = city.dbPath;
    city.backend.close();
  });

  afterAll(() => tmp?.cleanup());

  it('addresses a roll-up by fingerprint or name; the province imports, lists and reads it', async () => {
    const province = (await cli.json<SyncStatus>(['init', '--role', 'office', '--name', '广东省市场监管局', '--db', provinceDb()])).json;
    const typed = province.fingerprint.replace(/-/g, '').toLowerCase();
    const byFingerprint = join(tmp.dir, 'by-fingerprint.duban');
    await cli.ok(['rollup', '--to', typed, '--out', byFingerprint, '--db', cityDb]);
    expect(infoOf(byFingerprint)).toMatchObject({ toFingerprint: province.fingerprint, toName: null, revoked: [] });
    const byName = join(tmp.dir, 'by-name.duban');
    await cli.ok(['rollup', '--to', '广东省市场监管局', '--out', byName, '--db', cityDb]);
    expect(infoOf(byName)).toMatchObject({ toFingerprint: null, toName: '广东省市场监管局' });

    const imported = await cli.json<ImportResult>(['import', byFingerprint, '--trust', cityFingerprint, '--db', provinceDb()]);
    expect(imported.json.files[0]).toMatchObject({ outcome: 'verified', kind: 'rollup' });
    const list = (await cli.json<RollupViewSummary[]>(['rollups', '--db', provinceDb()])).json;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ senderName: '湛江市质量强市工作领导小组办公室', taskCount: 30, reportCount: 2, innerCount: 2 });
    expect((await cli.ok(['rollups', '--db', provinceDb()])).out).toMatch(/湛江市质量强市工作领导小组办公室.*任务 30 项,填报 2 份/);

    const viewed = (await cli.json<{ summary: ReportSummary }>(['rollup-view', '湛江市质量强市工作领导小组办公室', '--period', '2026-Q4', '--db', provinceDb()])).json;
    expect(viewed.summary.reports.received).toBe(2);
    const tasks = (await cli.json<{ tasks: TaskRow[] }>(['rollup-view', list[0]!.id.slice(0, 8), '--tasks', '--db', provinceDb()])).json;
    expect(tasks.tasks).toHaveLength(30);
    const summary = (await cli.json<ReportSummary>(['summary', '--rollup', '湛江市质量强市工作领导小组办公室', '--period', '2026-Q4', '--db', provinceDb()])).json;
    expect(summary.reports.received).toBe(2);
    expect(summary.plan.title).toMatch(/湛江/);

    // The province's own summary points to the roll-up instead of saying no plan was imported.
    const own = await cli.run(['summary', '--db', provinceDb()]);
    expect(own.code).toBe(2);
    expect(own.out + own.err).toMatch(/已导入 1 份下级汇总/);
    expect(own.out + own.err).not.toMatch(/还没有导入任何规划/);
    // At a terminal it names the commands; the screens' message (the same words) names none.
    expect(own.err).toMatch(/命令行:duban rollups、duban summary --rollup/);
  });

  it('refuses a tampered roll-up with exit 2, naming the broken original', async () => {
    const good = readFileSync(join(tmp.dir, 'by-fingerprint.duban'));
    const tampered = repack(new Uint8Array(good), privateKeyOf(cityDb), (files) => {
      const first = Object.keys(files).filter((p) => p.startsWith('packages/')).sort()[0]!;
      files[first] = files[first]!.slice(0, files[first]!.length - 100);
    });
    const path = join(tmp.dir, 'tampered.duban');
    writeFileSync(path, tampered);
    const before = readFileSync(provinceDb());
    const refused = await cli.run(['import', path, '--trust', cityFingerprint, '--db', provinceDb()]);
    expect(refused.code).toBe(2);
    expect(refused.out).toMatch(/整个汇总包未导入/);
    expect(readFileSync(provinceDb()).equals(before)).toBe(true);
  });
});
