// The backend owns a picked batch (issue 19): the screen starts it and polls. The files are ordered by the
// backend whatever order they were picked in, one backup covers the batch, each file's report appears as
// soon as it is final, and the bar's count only moves forward to the total.
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJobStatus } from '../../shared/sync/types.js';
import { call, exportTo, fingerprintOfSite, officeAndUnits, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const report = (taskId: string, progress: string, percent: number) => ({ taskId, periodId: '2026-Q4', status: 'on_track' as const, percent, progress });

/** Polls the job as the screen does, keeping every status read. */
const follow = async (site: Site, first: ImportJobStatus): Promise<ImportJobStatus[]> => {
  const seen = [first];
  let status = first;
  while (status.result === null && status.error === null) {
    await nextTurn();
    status = await call(site, 'sync.importStatus', { jobId: first.jobId });
    seen.push(status);
  }
  return seen;
};

describe('batch import as a backend job', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-import-job-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('orders the files itself, makes one backup, and reports each file as it is done', async () => {
    const [office, shangwu, nongye] = await officeAndUnits(tmp.dir, '市商务局', '市农业农村局');
    sites.push(office, shangwu, nongye);
    const [task] = (await tasksOf(shangwu, '市商务局')).lead;
    const [farmTask] = (await tasksOf(nongye, '市农业农村局')).lead;
    writeReport(shangwu, report(task!.id, '十月:走访企业 5 家', 20));
    const sw1 = await exportTo(shangwu, join(tmp.dir, 'sw1.duban'));
    writeReport(shangwu, report(task!.id, '十一月:走访企业 12 家', 45));
    const sw2 = await exportTo(shangwu, join(tmp.dir, 'sw2.duban'));
    writeReport(nongye, report(farmTask!.id, '抽检 800 批次', 40));
    const ny1 = await exportTo(nongye, join(tmp.dir, 'ny1.duban'));
    const trust = [await fingerprintOfSite(shangwu), await fingerprintOfSite(nongye)];
    const backupsBefore = (await call(office, 'sync.backups', {})).length;

    // Picked newest first: the backend still takes 市商务局's packages in the order they were made.
    const sources = [sw2, ny1, sw1].map((p) => ({ path: p.path }));
    const started = await call(office, 'sync.importStart', { sources, trust });
    expect(started.progress).toMatchObject({ done: 0, total: 3 });
    // One batch at a time: a second start while this one runs is refused in Chinese.
    await expect(call(office, 'sync.importStart', { sources, trust })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('还在导入') });
    const seen = await follow(office, started);
    const last = seen.at(-1)!;

    expect(last.error).toBeNull();
    expect(last.progress).toMatchObject({ phase: 'finished', done: 3, total: 3 });
    expect(last.result?.files.map((f) => f.file)).toEqual(['sw2.duban', 'ny1.duban', 'sw1.duban']);
    // sw1 is made first and applied first; sw2 (cumulative) then skips what sw1 brought.
    expect(last.files.map((f) => f?.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect(last.files[0]?.counts.skipped).toBe(last.files[2]?.counts.applied);
    expect((await call(office, 'sync.backups', {})).length).toBe(backupsBefore + 1);
    // The bar only moves forward, and the screen saw reports before the batch was over.
    const counts = seen.map((s) => s.progress.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeGreaterThan(2);
    expect(seen.some((s) => s.result === null && s.files.some((f) => f !== null))).toBe(true);
    await expect(call(office, 'sync.importStatus', { jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
