// Conflict decisions stick: after a person decides, the chosen writer's next change (based on the decided
// version) applies normally and the other writer's (based on its losing version) is a new conflict — the
// same whichever package comes first, judged by writer and version only.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { conflictSnapshot, domainHash } from '../../db/sync/domain-hash.js';
import { call, enrolKeysDirectly, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

type Row = { origin_id: string; row_version: number; progress: string };

describe('conflict decisions', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-decide-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('applies a change based on the decided version and holds one based on the losing version', async () => {
    const office = await makeOffice(tmp.dir);
    const pcs = [await makeDepartment(tmp.dir, office, '市商务局', 'pc1'), await makeDepartment(tmp.dir, office, '市商务局', 'pc2')];
    sites.push(office, ...pcs);
    // Two PCs of one unit both active: a database from before one key per unit; decisions must still stick.
    enrolKeysDirectly(office, pcs);
    const trust = await Promise.all(pcs.map(fingerprintOfSite));
    // The decision goes against the fixed rule (the larger origin shows), so only a sticking decision keeps it.
    const [winner, loser] = [...pcs].sort((x, y) => x.backend.identity.originId.localeCompare(y.backend.identity.originId));
    const task = (await tasksOf(winner!, '市商务局')).lead[0]!;
    const report = { taskId: task.id, periodId: '2026-Q4', status: 'on_track' as const, percent: 30 };
    writeReport(winner!, { ...report, progress: '甲电脑填写' });
    writeReport(loser!, { ...report, progress: '乙电脑填写' });
    const first = [await exportTo(winner!, join(tmp.dir, 'w1.duban')), await exportTo(loser!, join(tmp.dir, 'l1.duban'))];
    await call(office, 'sync.import', { sources: first.map((p) => ({ path: p.path })), trust });
    const [conflict] = await call(office, 'sync.conflicts', { isOpenOnly: true });
    expect(conflict?.current?.originId).toBe(loser!.backend.identity.originId);
    await call(office, 'sync.resolveConflict', { table: 'reports', pk: conflict!.pk, keepOrigin: winner!.backend.identity.originId });
    expect(await call(office, 'sync.conflicts', { isOpenOnly: true })).toEqual([]);

    writeReport(winner!, { ...report, progress: '甲电脑在选定版本上续写' });
    writeReport(loser!, { ...report, progress: '乙电脑在落选版本上续写' });
    const later = { winner: await exportTo(winner!, join(tmp.dir, 'w2.duban')), loser: await exportTo(loser!, join(tmp.dir, 'l2.duban')) };
    office.backend.close();
    sites.splice(0, 1);
    const decided = join(tmp.dir, 'decided.sqlite');
    copyFileSync(join(office.dir, 'duban.sqlite'), decided);

    const outcomes: { hash: string; conflicts: string }[] = [];
    for (const order of [['winner', 'loser'], ['loser', 'winner']] as const) {
      const dir = join(tmp.dir, order.join('-'));
      mkdirSync(dir);
      copyFileSync(decided, join(dir, 'duban.sqlite'));
      const backend = createBackend({ dbPath: join(dir, 'duban.sqlite'), clock: fixedClock('2026-12-01T10:00:00+08:00'), seedsDir, filesDir: join(dir, 'files') });
      const site = { backend, dir, dbPath: join(dir, 'duban.sqlite'), name: dir };
      const results: unknown[] = [];
      for (const who of order) results.push((await call(site, 'sync.import', { sources: [{ path: later[who].path }], trust: [] })).files[0]);
      const byWho = Object.fromEntries(order.map((who, i) => [who, results[i]]));
      expect(byWho.winner).toMatchObject({ outcome: 'applied', counts: { applied: 1, conflicts: 0 } });
      expect(byWho.loser).toMatchObject({ outcome: 'applied', counts: { applied: 0, conflicts: 1 } });
      const row = backend.db.prepare('SELECT origin_id, row_version, progress FROM reports').get() as Row;
      expect(row).toEqual({ origin_id: winner!.backend.identity.originId, row_version: 2, progress: '甲电脑在选定版本上续写' });
      const open = await call(site, 'sync.conflicts', { isOpenOnly: true });
      expect(open).toHaveLength(1);
      expect(open[0]?.others.map((o) => [o.originId, o.rowVersion, o.row.progress])).toEqual([[loser!.backend.identity.originId, 2, '乙电脑在落选版本上续写']]);
      outcomes.push({ hash: domainHash(backend.db), conflicts: conflictSnapshot(backend.db) });
      backend.close();
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('after taking the other version, the replaced writer continuing its own version is a new conflict', async () => {
    const office = await makeOffice(tmp.dir);
    const pcs = [await makeDepartment(tmp.dir, office, '市商务局', 'pc1'), await makeDepartment(tmp.dir, office, '市商务局', 'pc2')];
    sites.push(office, ...pcs);
    // Two PCs of one unit both active: a database from before one key per unit; decisions must still stick.
    enrolKeysDirectly(office, pcs);
    const trust = await Promise.all(pcs.map(fingerprintOfSite));
    const [small, large] = [...pcs].sort((x, y) => x.backend.identity.originId.localeCompare(y.backend.identity.originId));
    const task = (await tasksOf(small!, '市商务局')).lead[0]!;
    const report = { taskId: task.id, periodId: '2026-Q4', status: 'on_track' as const, percent: 30 };
    writeReport(small!, { ...report, progress: '甲' });
    writeReport(large!, { ...report, progress: '乙' });
    await call(office, 'sync.import', { sources: [await exportTo(small!, join(tmp.dir, 's1.duban')), await exportTo(large!, join(tmp.dir, 'g1.duban'))].map((p) => ({ path: p.path })), trust });
    const [conflict] = await call(office, 'sync.conflicts', { isOpenOnly: true });
    // The large origin shows; the person takes the small one's version: the large one is now the loser.
    await call(office, 'sync.resolveConflict', { table: 'reports', pk: conflict!.pk, keepOrigin: small!.backend.identity.originId });
    writeReport(large!, { ...report, progress: '乙续写' });
    const result = await call(office, 'sync.import', { sources: [{ path: (await exportTo(large!, join(tmp.dir, 'g2.duban'))).path }], trust: [] });
    expect(result.files[0]?.counts).toMatchObject({ applied: 0, conflicts: 1 });
    expect(office.backend.db.prepare('SELECT progress FROM reports').get()).toEqual({ progress: '甲' });
    writeReport(small!, { ...report, progress: '甲续写' });
    const next = await call(office, 'sync.import', { sources: [{ path: (await exportTo(small!, join(tmp.dir, 's2.duban'))).path }], trust: [] });
    expect(next.files[0]?.counts).toMatchObject({ applied: 1, conflicts: 0 });
    expect(office.backend.db.prepare('SELECT progress FROM reports').get()).toEqual({ progress: '甲续写' });
  });
});
