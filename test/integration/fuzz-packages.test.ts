// Hostile packages through the real sync.import (bytes as a browser sends them): byte-level mutants of
// a good package and of one already imported, manifests rewritten with hostile values and re-signed by an
// attacker, and hostile change lines signed with the sender's own key. No case may crash or hang, and
// every refused package must leave the office's database exactly as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/sync/types.js';
import { stateHash } from '../helpers/fault-fs.js';
import { fuzzSeed, HANG_BOUND_MS, mutateBytes, mutateText, newStats, printStats, runCase, seededRandom, type CaseOutcome, type FuzzStats, type Random } from '../helpers/fuzz.js';
import { attackerKey, privateKeyOf, repack } from '../helpers/package-tamper.js';
import { call, exportTo, fingerprintOfSite, makeDepartment, makeOffice, tasksOf, writeReport, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

const SEED = fuzzSeed(20261123);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const CASES = { bytes: Math.round(2000 * SCALE), manifest: Math.round(600 * SCALE), changes: Math.round(300 * SCALE) };

let tmp: { dir: string; cleanup: () => void };
let office: Site;
let dept: Site;
let imported: Uint8Array;
let fresh: Uint8Array;
let deptKey: string;
const stats: FuzzStats[] = [];

beforeAll(async () => {
  tmp = makeTempDir('duban-fuzz-pkg-');
  office = await makeOffice(tmp.dir);
  dept = await makeDepartment(tmp.dir, office, '市商务局');
  const task = (await tasksOf(dept, '市商务局')).lead[0];
  if (!task) throw new Error('no task');
  writeReport(dept, { taskId: task.id, periodId: '2026-Q3', status: 'on_track', percent: 30, progress: '第三季度进展' });
  const first = await exportTo(dept, join(tmp.dir, 'first.duban'));
  const enrolled = await call(office, 'sync.import', { sources: [{ path: first.path }], trust: [await fingerprintOfSite(dept)] });
  expect(enrolled.files[0]?.outcome).toBe('applied');
  imported = new Uint8Array(readFileSync(first.path));
  writeReport(dept, { taskId: task.id, periodId: '2026-Q4', status: 'on_track', percent: 50, progress: '第四季度进展', attachments: [{ fileName: '照片.jpg', bytes: new Uint8Array(2000).fill(7) }] });
  fresh = new Uint8Array(readFileSync((await exportTo(dept, join(tmp.dir, 'fresh.duban'))).path));
  deptKey = privateKeyOf(dept.dbPath);
});

afterAll(() => {
  for (const s of stats) printStats(s, SEED);
  office.backend.close();
  dept.backend.close();
  tmp.cleanup();
});

const changes = (): number => (office.backend.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const importBytes = (name: string, bytes: Uint8Array) => () =>
  call(office, 'sync.import', { sources: [{ name, dataBase64: Buffer.from(bytes).toString('base64') }], trust: [] });

/** A rejected file is a correct refusal when it says why in Chinese; 'applied' is judged by the caller. */
const judge =
  (isApplyAllowed: boolean) =>
  (result: ImportResult): CaseOutcome | string => {
    const file = result.files[0];
    if (!file) return 'no report for the file';
    if (file.outcome === 'rejected' || file.outcome === 'needs_trust') return /[\u4e00-\u9fa5]/.test(file.message) ? 'refused' : `rejected without a Chinese reason: ${file.message}`;
    if (file.outcome === 'already_imported' || file.outcome === 'older') return 'accepted';
    if (file.outcome === 'applied' && isApplyAllowed) return 'accepted';
    return `a hostile file was ${file.outcome}: ${file.message}`;
  };

const expectClean = (s: FuzzStats): void => {
  expect(s.crashes.slice(0, 3), 'crashes').toEqual([]);
  expect(s.maxMs, `slowest case: ${s.slowest}`).toBeLessThan(HANG_BOUND_MS);
  expect(s.accepted + s.refused).toBe(s.tried);
};

const HOSTILE_VALUES: unknown[] = [-1, 0, 2 ** 53, 1e308, '', 'x'.repeat(100_000), null, {}, [], true, '../../../etc/passwd', 'C:\\Windows\\x', '2026-13-45T99:99:99Z', "'; DROP TABLE tasks; --", '\u0000', { __proto__: { isAdmin: true } }];

const mutateManifest = (r: Random, manifest: Record<string, unknown>): void => {
  const keys = Object.keys(manifest);
  for (let k = 0; k < 1 + r.int(3); k += 1) {
    const key = r.pick(keys);
    const value = manifest[key];
    if (r.chance(0.3) && value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = value as Record<string, unknown>;
      const innerKey = r.pick(Object.keys(inner).length ? Object.keys(inner) : ['x']);
      inner[innerKey] = r.pick(HOSTILE_VALUES);
    } else if (key === 'entries' && Array.isArray(value) && value.length && r.chance(0.5)) {
      const entry = r.pick(value as Record<string, unknown>[]);
      entry[r.pick(['path', 'size', 'sha256', 'records'])] = r.pick(HOSTILE_VALUES);
    } else manifest[key] = r.pick(HOSTILE_VALUES);
  }
};

describe('mutated packages through sync.import', () => {
  it(`byte mutants of a new and of an already imported package (${CASES.bytes} cases): refused, nothing written`, async () => {
    const s = newStats('package bytes');
    stats.push(s);
    const r = seededRandom(SEED);
    const before = stateHash(office.backend.db);
    for (let i = 0; i < CASES.bytes; i += 1) {
      const isFresh = r.chance(0.6);
      const bytes = mutateBytes(r, isFresh ? fresh : imported, [fresh, imported]);
      const changesBefore = changes();
      // A mutant of the new package may never be applied: its signature or hashes no longer hold.
      const outcome = await runCase(s, `bytes #${i} (${isFresh ? 'new' : 'imported'})`, importBytes(`m${i}.duban`, bytes), judge(false));
      if (outcome !== 'crash') expect(changes(), `case ${i} wrote to the database`).toBe(changesBefore);
    }
    expectClean(s);
    expect(stateHash(office.backend.db)).toBe(before);
  });

  it(`manifests rewritten with hostile values, re-signed by an attacker (${CASES.manifest} cases)`, async () => {
    const s = newStats('package manifests');
    stats.push(s);
    const r = seededRandom(SEED + 1);
    const attacker = attackerKey();
    const before = stateHash(office.backend.db);
    for (let i = 0; i < CASES.manifest; i += 1) {
      let bytes: Uint8Array;
      try {
        bytes = repack(r.chance(0.5) ? fresh : imported, attacker.privateKeyPem, (files, manifest) => {
          mutateManifest(r, manifest);
          if (r.chance(0.3)) files[r.pick(['../evil.txt', 'attachments/../../x', 'changes.ndjson', '/abs'])] = strToU8('一、恶意内容');
        }, { isRehashed: r.chance(0.7) });
      } catch {
        continue; // the helper itself could not serialise this manifest (e.g. a BigInt-like value)
      }
      await runCase(s, `manifest #${i}`, importBytes(`a${i}.duban`, bytes), judge(false));
    }
    expectClean(s);
    expect(stateHash(office.backend.db)).toBe(before);
  });

  it(`hostile change lines signed with the sender's own key (${CASES.changes} cases): typed outcomes, database intact`, async () => {
    const s = newStats('package changes');
    stats.push(s);
    const r = seededRandom(SEED + 2);
    for (let i = 0; i < CASES.changes; i += 1) {
      const bytes = repack(fresh, deptKey, (files, manifest) => {
        // A new package id, so the office does not simply skip it as already imported.
        manifest.packageId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const lines = strFromU8(files['changes.ndjson'] ?? new Uint8Array()).split('\n').filter(Boolean);
        const mutated = lines.map((line) => {
          if (!r.chance(0.6)) return line;
          try {
            const change = JSON.parse(line) as Record<string, unknown>;
            const row = (change.row ?? {}) as Record<string, unknown>;
            const target = r.chance(0.5) ? change : row;
            const keys = Object.keys(target);
            target[r.chance(0.8) && keys.length ? r.pick(keys) : `extra_${i}`] = r.pick(HOSTILE_VALUES);
            return JSON.stringify(change);
          } catch {
            return line;
          }
        });
        files['changes.ndjson'] = strToU8(r.chance(0.15) ? mutateText(r, mutated.join('\n')) : `${mutated.join('\n')}\n`);
      });
      const before = stateHash(office.backend.db);
      const outcome = await runCase(s, `changes #${i}`, importBytes(`c${i}.duban`, bytes), judge(true));
      if (outcome === 'refused') expect(stateHash(office.backend.db), `case ${i} was refused but changed the database`).toBe(before);
    }
    expectClean(s);
    expect(office.backend.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
