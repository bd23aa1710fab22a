// A batch is checked whole before any write, but each file is read again for its apply (so memory holds one
// package at a time): a file replaced on the USB stick in between is refused with a reason and nothing of it
// is written, while the rest of the batch is applied; importing the file again then works as usual.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importPackages } from '../../db/sync/import.js';
import { listBackups } from '../../db/sync/backups.js';
import { sha256 } from '../helpers/package-tamper.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

let tmp: { dir: string; cleanup: () => void };
let office: Site;
const units: { site: Site; name: string; path: string; later: string }[] = [];

beforeAll(async () => {
  tmp = makeTempDir('duban-reread-');
  office = await makeOffice(tmp.dir);
  for (const [i, name] of ['市商务局', '市农业农村局'].entries()) {
    const site = await makeDepartment(tmp.dir, office, name, `d${i}`);
    const task = (await tasksOf(site, name)).lead[0]!;
    writeReport(site, { taskId: task.id, periodId: '2026-Q3', status: 'on_track', percent: 30, progress: `${name}第三季度进展` });
    const path = (await exportTo(site, join(tmp.dir, `p${i}.duban`))).path;
    // A later, equally valid export of the same unit: only the hash recorded at the check tells them apart.
    writeReport(site, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 60, progress: `${name}第四季度进展` });
    const later = (await exportTo(site, join(tmp.dir, `p${i}-later.duban`))).path;
    units.push({ site, name, path, later });
  }
  // Applied in made order (by sender): the second in that order is the one replaced during the import.
  units.sort((a, b) => a.site.backend.identity.originId.localeCompare(b.site.backend.identity.originId));
});
afterAll(() => {
  for (const u of units) u.site.backend.close();
  office.backend.close();
  tmp.cleanup();
});

const reportsFrom = (unit: string): string[] =>
  (
    office.backend.db
      .prepare('SELECT r.progress FROM reports r JOIN departments d ON d.id = r.department_id WHERE d.name = ? ORDER BY r.period_id')
      .all(unit) as { progress: string }[]
  ).map((r) => r.progress);

it('refuses a file that changed after the batch was checked, and applies the rest', async () => {
  const [first, second] = units;
  if (!first || !second) throw new Error('two units expected');
  const trust = await Promise.all(units.map((u) => fingerprintOfSite(u.site)));
  const checkedBytes = readFileSync(second.path);
  const backupsBefore = listBackups(office.backend.context.filesDir).length;

  // importPackages checks both files, then tells it is importing before the first apply: the moment a
  // clerk's stick could still be written to. The second file is replaced right then.
  let isReplaced = false;
  const result = await importPackages(office.backend.context, [{ path: second.path }, { path: first.path }], trust, {
    onProgress: (progress) => {
      if (progress.phase !== 'importing' || isReplaced) return;
      isReplaced = true;
      copyFileSync(second.later, second.path);
    },
  });
  expect(isReplaced).toBe(true);

  const [secondReport, firstReport] = result.files;
  expect(firstReport).toMatchObject({ outcome: 'applied', counts: { applied: 1 } });
  expect(secondReport).toMatchObject({ outcome: 'rejected', refusalCode: 'changed', sender: { name: second.name } });
  expect(secondReport?.message).toContain('核验之后被改动');
  expect(reportsFrom(first.name)).toEqual([`${first.name}第三季度进展`]);
  expect(reportsFrom(second.name)).toEqual([]);
  const peers = await call(office, 'sync.peers', {});
  expect(peers.map((p) => p.name)).toContain(first.name);
  expect(peers.map((p) => p.name)).not.toContain(second.name);
  expect(listBackups(office.backend.context.filesDir).length).toBe(backupsBefore + 1);

  // The file as it now is (checked afresh) imports normally, and so does the original.
  writeFileSync(join(tmp.dir, 'original.duban'), checkedBytes);
  const again = await call(office, 'sync.import', { sources: [{ path: join(tmp.dir, 'original.duban') }, { path: second.path }], trust });
  expect(again.files.map((f) => f.outcome)).toEqual(['applied', 'applied']);
  expect(reportsFrom(second.name)).toEqual([`${second.name}第三季度进展`, `${second.name}第四季度进展`]);
  expect(sha256(readFileSync(second.path))).toBe(sha256(readFileSync(second.later)));
});
