// The department workbench's writes under hostile input (issue #4's draft save and evidence add, through
// the same validation every host applies): random file names (path tricks, NUL, long, odd extensions),
// random bytes and base64, and random drafts. No crash, refusals typed and Chinese, a refused call
// writes nothing, and evidence only ever lands in files/<sha256> beside the database.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/validate.js';
import { fuzzSeed, HANG_BOUND_MS, newStats, printStats, runCase, seededRandom, type FuzzStats, type Random } from '../helpers/fuzz.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';
import { findDepartment, findTask } from './progress-fixture.js';

const SEED = fuzzSeed(20261124);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const CASES = { attachments: Math.round(600 * SCALE), drafts: Math.round(600 * SCALE) };

let t: TempBackend;
let taskId: string;
let departmentId: string;
const stats: FuzzStats[] = [];

beforeAll(async () => {
  t = makeTempBackend();
  taskId = await findTask(t.backend, '1');
  departmentId = await findDepartment(t.backend, '市农业农村局');
});
afterAll(() => {
  for (const s of stats) printStats(s, SEED);
  t.cleanup();
});

const changes = (): number => (t.backend.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const NAME_PARTS = ['../', '..\\', '/etc/', 'C:\\', '\u0000', '现场照片', '报告', ' ', '.', '..', '%2e%2e/', 'CON', 'a'.repeat(250), '😀', '\u202e'];
const EXTENSIONS = ['.pdf', '.jpg', '.PNG', '.docx', '.exe', '.js', '.html', '.svg', '', '.pdf.exe', '.tar.gz', '.'];

const randomName = (r: Random): string => Array.from({ length: 1 + r.int(4) }, () => r.pick(NAME_PARTS)).join('') + r.pick(EXTENSIONS);

const randomBase64 = (r: Random): string => {
  const bytes = Buffer.from(Array.from({ length: r.int(3000) }, () => r.int(256)));
  const text = bytes.toString('base64');
  if (r.chance(0.2)) return text.slice(0, Math.max(0, text.length - 1 - r.int(3)));
  if (r.chance(0.1)) return `${text}!!*`;
  return text;
};

const TEXTS = ['', ' ', '进展顺利', '\u0000', '<script>alert(1)</script>', "'; DROP TABLE reports; --", '字'.repeat(5001), '🙂'.repeat(100), '\ud800'];

describe('hostile workbench writes', () => {
  it(`evidence files (${CASES.attachments} cases): stored only as files/<sha256>, refusals write nothing`, async () => {
    const s = newStats('evidence');
    stats.push(s);
    const r = seededRandom(SEED);
    for (let i = 0; i < CASES.attachments; i += 1) {
      const before = changes();
      const outcome = await runCase(s, `evidence #${i}`, () => dispatch(t.backend, 'attachments.add', { fileName: randomName(r), dataBase64: randomBase64(r) }));
      if (outcome === 'refused') expect(changes(), `case ${i} was refused but wrote`).toBe(before);
    }
    expect(s.crashes.slice(0, 3)).toEqual([]);
    expect(s.maxMs).toBeLessThan(HANG_BOUND_MS);
    // Everything written lies directly in files/, named by its hash (backups aside); nothing escaped.
    const files = readdirSync(join(t.dir, 'files')).filter((n) => n !== 'backups');
    expect(files.every((n) => /^[0-9a-f]{64}$/.test(n)), files.join(',')).toBe(true);
    // duban.sqlite.open: the marker of a session in progress (an unclean shutdown gets a full check at the next open).
    expect(readdirSync(t.dir).sort()).toEqual(['duban.sqlite', 'duban.sqlite-shm', 'duban.sqlite-wal', 'duban.sqlite.open', 'files'].filter((n) => existsSync(join(t.dir, n))));
  });

  it(`drafts (${CASES.drafts} cases): accepted or refused in Chinese, a refusal changes nothing`, async () => {
    const s = newStats('drafts');
    stats.push(s);
    const r = seededRandom(SEED + 1);
    for (let i = 0; i < CASES.drafts; i += 1) {
      const draft = {
        status: r.pick(['', 'on_track', 'done', 'lagging', 'unknown', 'DONE', '\u0000']),
        percent: r.pick(['', '0', '50', '100', '101', '-1', '50.5', 'abc', '1e3', '６０', ' 60 ']),
        progress: r.pick(TEXTS),
        problems: r.pick(TEXTS),
        nextSteps: r.pick(TEXTS),
        indicatorValues: r.chance(0.8) ? {} : { [r.pick(['x', '../a', 'a'.repeat(300)])]: r.pick(TEXTS) },
        attachments: r.chance(0.8) ? [] : [{ sha256: r.pick(['0'.repeat(64), 'zz', 'f'.repeat(64)]), fileName: randomName(r) }],
      };
      const key = { taskId: r.chance(0.9) ? taskId : 'no-such-task', departmentId: r.chance(0.9) ? departmentId : 'x', periodId: r.pick(['2026-Q4', '2026-Q1', '2026-M13', '1999-Q4', 'Q4']) };
      const before = changes();
      const outcome = await runCase(s, `draft #${i}`, () => dispatch(t.backend, r.chance(0.85) ? 'progress.saveDraft' : 'progress.submit', { ...key, draft }));
      if (outcome === 'refused') expect(changes(), `case ${i} was refused but wrote`).toBe(before);
    }
    expect(s.crashes.slice(0, 3)).toEqual([]);
    expect(s.maxMs).toBeLessThan(HANG_BOUND_MS);
    expect(t.backend.db.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
