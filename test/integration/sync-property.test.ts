// Idempotence and order: random sets of packages from three installations (two of them the same unit on
// two PCs, so conflicts arise), imported in random orders with repeats, always end in the same synced
// tables, the same conflicts and the same refused changes. Seeded, bounded, so a failure replays exactly.
import { reviewAs } from '../helpers/review.js';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend.js';
import { conflictSnapshot, domainHash, refusedSnapshot } from '../../db/sync/domain-hash.js';
import { prng } from '../helpers/package-tamper.js';
import { call, enrolKeysDirectly, exportTo, fingerprintOfSite, makeDepartment, makeOffice, openSite, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { fixedClock, makeTempDir, seedsDir } from '../helpers/temp-backend.js';

const SEED = 5_2026;
const TRIALS = 6;

type Outcome = { hash: string; conflicts: string; refused: string };

describe('import order and repetition do not matter', () => {
  let tmp: { dir: string; cleanup: () => void };
  let pristine: string;
  const packages: string[] = [];
  let trust: string[] = [];

  beforeAll(async () => {
    tmp = makeTempDir('duban-prop-');
    const random = prng(SEED);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
    let office: Site = await makeOffice(tmp.dir);
    const a = await makeDepartment(tmp.dir, office, '市商务局', 'a');
    const a2 = await makeDepartment(tmp.dir, office, '市商务局', 'a2');
    const b = await makeDepartment(tmp.dir, office, '市农业农村局', 'b');
    // Two PCs of 市商务局 both active: a database from before one key per unit; the merge must still hold.
    enrolKeysDirectly(office, [a, a2, b]);
    office.backend.close();
    pristine = join(tmp.dir, 'pristine.sqlite');
    copyFileSync(office.dbPath, pristine);
    office = openSite(tmp.dir, 'office', { isOffice: true });
    trust = await Promise.all([a, a2, b].map(fingerprintOfSite));
    const units = [
      { site: a, name: '市商务局' },
      { site: a2, name: '市商务局' },
      { site: b, name: '市农业农村局' },
    ];
    const own = await Promise.all(units.map(async (u) => { const t = await tasksOf(u.site, u.name); return [...t.lead, ...t.participant]; }));
    const foreignTask = (await tasksOf(b, '市农业农村局')).lead[0]!;
    const stick = join(tmp.dir, 'stick');
    mkdirSync(stick);
    for (let round = 0; round < 4; round += 1) {
      for (const [i, unit] of units.entries()) {
        const writes = 1 + Math.floor(random() * 3);
        for (let w = 0; w < writes; w += 1) {
          // Few tasks and periods, so the two PCs of 市商务局 often write the same report.
          const task = pick(own[i]!.slice(0, 2));
          writeReport(unit.site, {
            taskId: task.id,
            periodId: pick(['2026-Q3', '2026-Q4']),
            status: pick(['on_track', 'behind', 'done'] as const),
            percent: Math.floor(random() * 101),
            progress: `第 ${round} 轮 ${unit.site.name} 第 ${w} 次`,
            attachments: random() < 0.3 ? [{ fileName: `证明${round}.txt`, bytes: new TextEncoder().encode(`${unit.site.name}-${round}-${w}`) }] : [],
          });
        }
        // Now and then a unit writes for a task it does not lead or join: recorded as refused, never applied.
        if (unit.name === '市商务局' && random() < 0.4) writeReport(unit.site, { taskId: foreignTask.id, departmentId: (await tasksOf(unit.site, '市商务局')).department.id, periodId: '2026-Q4', status: 'done', percent: 100, progress: '越权' });
        const pkg = await exportTo(unit.site, `${stick}/`);
        packages.push(pkg.path);
        // Sometimes the office acknowledges, so later packages start above 1 (a gap if they arrive first).
        if (random() < 0.5) {
          await call(office, 'sync.import', { sources: [{ path: pkg.path }], trust });
          if (unit.site !== a2) {
            await reviewAs(office, { task: task0(own[i]!), department: unit.name, periodId: '2026-Q3', decision: 'accept' }).catch(() => undefined);
            const back = await exportTo(office, `${stick}/`, unit.name).catch(() => null);
            if (back) await call(unit.site, 'sync.import', { sources: [{ path: back.path }], trust: [] });
          }
        }
      }
    }
    for (const s of [office, a, a2, b]) s.backend.close();
  });
  afterAll(() => tmp.cleanup());

  const task0 = (tasks: { id: string }[]): string => tasks[0]!.id;

  /** A person decides every open conflict, the same way each time: alternately keep what shows and take the other. */
  const decideAll = async (site: Site): Promise<number> => {
    const open = await call(site, 'sync.conflicts', { isOpenOnly: true });
    for (const [i, group] of open.entries()) {
      const keepOrigin = i % 2 === 0 && group.current ? group.current.originId : group.others[0]!.originId;
      await call(site, 'sync.resolveConflict', { table: group.table, pk: group.pk, keepOrigin });
    }
    return open.length;
  };

  const shuffledBatches = (list: string[], random: () => number): string[][] => {
    // A random sequence where each package appears 1–3 times, imported one by one or in small batches.
    const sequence = list.flatMap((p) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => p));
    for (let i = sequence.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [sequence[i], sequence[j]] = [sequence[j]!, sequence[i]!];
    }
    const batches: string[][] = [];
    for (let i = 0; i < sequence.length; ) {
      const size = 1 + Math.floor(random() * 4);
      batches.push(sequence.slice(i, i + size));
      i += size;
    }
    return batches;
  };

  /** `decidedPrefix`: packages imported in made order before a person decides every conflict, then the batches. */
  const runTrial = async (name: string, batches: string[][], decidedPrefix: string[] = []): Promise<Outcome> => {
    const dir = join(tmp.dir, name);
    mkdirSync(dir);
    const dbPath = join(dir, 'duban.sqlite');
    copyFileSync(pristine, dbPath);
    const backend = createBackend({ dbPath, clock: fixedClock('2026-12-01T10:00:00+08:00'), seedsDir, filesDir: join(dir, 'files') });
    const site = { backend, dir, dbPath, name };
    try {
      if (decidedPrefix.length > 0) {
        for (const path of decidedPrefix) await call(site, 'sync.import', { sources: [{ path }], trust });
        expect(await decideAll(site)).toBeGreaterThan(0);
      }
      for (const batch of batches) await call(site, 'sync.import', { sources: batch.map((path) => ({ path })), trust });
      // Whatever came before, one pass over the whole stick completes it.
      await call(site, 'sync.import', { sources: packages.map((path) => ({ path })), trust });
      return { hash: domainHash(backend.db), conflicts: conflictSnapshot(backend.db), refused: refusedSnapshot(backend.db) };
    } finally {
      backend.close();
    }
  };

  it('gives the same tables, conflicts and refusals for every order', async () => {
    expect(packages.length).toBeGreaterThanOrEqual(10);
    const reference = await runTrial('reference', packages.map((p) => [p]));
    expect((JSON.parse(reference.conflicts) as { held: unknown[] }).held.length).toBeGreaterThan(0);
    expect(JSON.parse(reference.refused).length).toBeGreaterThan(0);
    const random = prng(SEED + 1);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const batches = shuffledBatches(packages, random);
      const outcome = await runTrial(`trial-${trial}`, batches);
      expect(outcome, `trial ${trial}`).toEqual(reference);
    }
    const reversed = await runTrial('reversed', [...packages].reverse().map((p) => [p]));
    expect(reversed).toEqual(reference);
  });

  it('keeps giving one result after a person decided the conflicts, whatever comes next and in what order', async () => {
    const prefix = packages.slice(0, Math.ceil(packages.length / 2));
    const reference = await runTrial('decided-reference', packages.map((p) => [p]), prefix);
    const undecided = await runTrial('undecided', packages.map((p) => [p]));
    // The decisions matter (otherwise this would test nothing beyond the first property).
    expect(reference).not.toEqual(undecided);
    const random = prng(SEED + 2);
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const outcome = await runTrial(`decided-${trial}`, shuffledBatches(packages, random), prefix);
      expect(outcome, `decided trial ${trial}`).toEqual(reference);
    }
  });
});
