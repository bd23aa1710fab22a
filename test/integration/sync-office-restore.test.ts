// The office restores an older backup (a bad day, a mistaken merge). The packages it received after that
// backup are still kept on the PC: they are listed, imported again through the ordinary checks, and the
// office ends up with exactly what it had, ready for the departments' next packages without a gap.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { createBackup } from '../../db/sync/backups.js';
import { domainHash } from '../../db/sync/domain-hash.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, officeAndUnits, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

const report = (taskId: string, progress: string, percent = 50) => ({ taskId, periodId: '2026-Q4', status: 'on_track' as const, percent, progress });

describe('office restored from an older backup', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-office-restore-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('lists the packages received after the backup, imports them again, and takes the next package without a gap', async () => {
    const [office, shangwu, nongye] = await officeAndUnits(tmp.dir, '市商务局', '市农业农村局');
    sites.push(office, shangwu, nongye);
    const [task] = (await tasksOf(shangwu, '市商务局')).lead;
    const [farmTask] = (await tasksOf(nongye, '市农业农村局')).lead;
    const importFile = async (site: Site, name: string, trust: string[] = []) =>
      call(office, 'sync.import', { sources: [{ path: (await exportTo(site, join(tmp.dir, name))).path }], trust });

    writeReport(shangwu, report(task!.id, '十月:走访企业 5 家', 20));
    expect((await importFile(shangwu, 'sw1.duban', [await fingerprintOfSite(shangwu)])).files[0]?.outcome).toBe('applied');
    const backup = await createBackup(office.backend.context, '测试:恢复点');

    // After the backup: a second report from 市商务局 and the first ever package from 市农业农村局.
    writeReport(shangwu, report(task!.id, '十一月:走访企业 12 家,签约 3 个', 45));
    expect((await importFile(shangwu, 'sw2.duban')).files[0]?.outcome).toBe('applied');
    writeReport(nongye, report(farmTask!.id, '抽检 800 批次', 40));
    const nongyeKey = await fingerprintOfSite(nongye);
    expect((await importFile(nongye, 'ny1.duban', [nongyeKey])).files[0]?.outcome).toBe('applied');
    const before = domainHash(office.backend.db);
    expect(await call(office, 'sync.storedPackages', {})).toEqual([]);

    const restored = await call(office, 'sync.restoreBackup', { id: backup.id });
    expect(domainHash(office.backend.db)).not.toBe(before);
    expect(restored.storedPackages.map((p) => [p.senderName, p.kind])).toEqual([
      ['市农业农村局', 'progress'],
      ['市商务局', 'progress'],
    ]);

    // 市农业农村局 was enrolled after the backup: its fingerprint is asked again, as for any first package.
    const sources = restored.storedPackages.map((p) => ({ storedPackageId: p.packageId }));
    const asked = await call(office, 'sync.import', { sources, trust: [] });
    expect(asked.files.map((f) => f.outcome).sort()).toEqual(['applied', 'needs_trust']);
    const again = await call(office, 'sync.import', { sources, trust: [nongyeKey] });
    expect(again.files.map((f) => f.outcome).sort()).toEqual(['already_imported', 'applied']);
    expect(domainHash(office.backend.db)).toBe(before);
    expect(await call(office, 'sync.storedPackages', {})).toEqual([]);

    // 市商务局's next package starts after what the office had acknowledged before the restore: no gap.
    writeReport(shangwu, report(task!.id, '十二月:签约 5 个', 70));
    writeReport(nongye, report(farmTask!.id, '抽检 1200 批次', 60));
    expect((await importFile(shangwu, 'sw3.duban')).files[0]?.outcome).toBe('applied');
    expect((await importFile(nongye, 'ny2.duban')).files[0]?.outcome).toBe('applied');
    const shown = office.backend.db.prepare('SELECT progress FROM reports WHERE task_id = ?').get(task!.id) as { progress: string };
    expect(shown.progress).toBe('十二月:签约 5 个');
  });

  it('from the command line: restore says how many packages are kept, import --stored brings them back', async () => {
    const office = await makeOffice(tmp.dir);
    const shangwu = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, shangwu);
    const [task] = (await tasksOf(shangwu, '市商务局')).lead;
    const backup = await createBackup(office.backend.context, '测试:恢复点');
    writeReport(shangwu, report(task!.id, '十一月进展'));
    const out = await exportTo(shangwu, join(tmp.dir, 'sw1.duban'));
    await call(office, 'sync.import', { sources: [{ path: out.path }], trust: [await fingerprintOfSite(shangwu)] });
    const before = domainHash(office.backend.db);
    office.backend.close();
    sites.splice(sites.indexOf(office), 1);

    const lines: string[] = [];
    const io = { clock: suiteClock, out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    expect(await runCli(['backups', '--db', office.dbPath, '--restore', backup.id], io)).toBe(0);
    expect(lines.join('\n')).toContain('备份之后本机收到的 1 个数据包仍保存在本机');
    const key = await fingerprintOfSite(shangwu);
    expect(await runCli(['import', '--stored', '--db', office.dbPath, '--trust', key], io)).toBe(0);
    expect(await runCli(['import', '--stored', '--db', office.dbPath], io)).toBe(0);
    expect(lines.at(-1)).toContain('没有需要重新导入的');

    const { openSite } = await import('../helpers/sync-fixture.js');
    const reopened = openSite(tmp.dir, 'office', { isOffice: true });
    sites.push(reopened);
    expect(domainHash(reopened.backend.db)).toBe(before);
  });
});
