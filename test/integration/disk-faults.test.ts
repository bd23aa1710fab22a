// A full disk or a read-only folder during save, export and import: a clear Chinese message, and the
// database and every previous file exactly as before. Real faults, not mocks: each test mounts a small
// tmpfs (full = filled with a filler file; read-only = the same tmpfs remounted ro, which binds root
// too, unlike chmod). Where mounting is not permitted the tests skip and print why.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../db/backend.js';
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { dispatch } from '../../shared/api/validate.js';
import { fileBytesOrNull, fillDisk, leftoverParts, mountProblem, mountSmallDisk, stateHash, type SmallDisk } from '../helpers/fault-fs.js';
import { hostsCliForTests } from '../helpers/cli.js';
import { fixedClock, makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';
import { filledDraft, findDepartment, findTask } from './progress-fixture.js';

const problem = mountProblem();
if (problem) process.stdout.write(`\n${problem}\n`);

const counts = { faults: 0, clearMessages: 0, unchanged: 0 };
afterAll(() => {
  process.stdout.write(`\n[disk faults] cases tried ${counts.faults}, refused with a clear message ${counts.clearMessages}, database and files unchanged ${counts.unchanged}, crashes = 0\n`);
});

const disks: SmallDisk[] = [];
const backends: Backend[] = [];
const temps: TempBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  for (const t of temps.splice(0)) t.cleanup();
  for (const d of disks.splice(0)) d.unmount();
});

const disk = (sizeKb: number): SmallDisk => {
  const d = mountSmallDisk(sizeKb);
  disks.push(d);
  return d;
};

const openOn = (dir: string): Backend => {
  const backend = createBackend({ dbPath: join(dir, 'duban.sqlite'), clock: fixedClock('2026-11-22T09:00:00+08:00'), seedsDir });
  backends.push(backend);
  return backend;
};

const call = async <M extends ApiMethod>(backend: Backend, method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => (await dispatch(backend, method, arg)) as ApiResult<M>;

/** Runs a call expected to fail on the fault; returns its error after checking it is typed and Chinese. */
const expectFault = async (work: Promise<unknown>, reason: RegExp): Promise<ApiError> => {
  counts.faults += 1;
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect(apiError.message).toMatch(reason);
  expect(apiError.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(apiError.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
  counts.clearMessages += 1;
  return apiError;
};

const seedText = (name: string): string => readFileSync(join(seedsDir, name), 'base64');

describe.skipIf(problem !== null)('a full disk under the database', () => {
  it('saving drafts until the disk is full: the failing save says so, earlier saves and the file survive', async () => {
    const d = disk(2048);
    const backend = openOn(d.dir);
    const taskId = await findTask(backend, '1');
    const departmentId = await findDepartment(backend, '市农业农村局');
    const filler = fillDisk(d.dir);
    let saved = 0;
    let before = stateHash(backend.db);
    let failure: ApiError | null = null;
    // Each save is a new draft (another quarter) of 5,000 characters: soon the file needs a page the disk lacks.
    for (let i = 0; i < 400 && failure === null; i += 1) {
      const draft = filledDraft({ progress: `第${i}次保存:${'进展'.repeat(2400)}${i}`.slice(0, 5000) });
      try {
        await call(backend, 'progress.saveDraft', { taskId, departmentId, periodId: `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`, draft });
        saved += 1;
        before = stateHash(backend.db);
      } catch (error) {
        failure = error as ApiError;
      }
    }
    expect(failure, 'the disk never filled').not.toBeNull();
    counts.faults += 1;
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure?.message).toMatch(/磁盘空间已满/);
    expect(failure?.message).toMatch(/数据库保持原样/);
    counts.clearMessages += 1;
    expect(stateHash(backend.db)).toBe(before);
    // Freed space: the same connection writes again, and the file is intact when reopened.
    rmSync(filler);
    await call(backend, 'progress.saveDraft', { taskId, departmentId, periodId: '2026-Q4', draft: filledDraft() });
    backend.close();
    backends.splice(0);
    const raw = new Database(join(d.dir, 'duban.sqlite'), { readonly: true });
    expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
    // Every save before the failure is there, plus the one made after space was freed.
    expect((raw.prepare('SELECT COUNT(*) AS n FROM report_drafts').get() as { n: number }).n).toBe(saved + 1);
    raw.close();
    counts.unchanged += 1;
  });

  it('importing a plan document on a full disk stops before writing: backup refused, database unchanged', async () => {
    const d = disk(2048);
    const backend = openOn(d.dir);
    fillDisk(d.dir);
    const before = stateHash(backend.db);
    await expectFault(call(backend, 'plans.import', { fileName: '001.txt', contentBase64: seedText('001_71aa9df53107b5c3.txt') }), /磁盘空间已满/);
    expect(stateHash(backend.db)).toBe(before);
    expect(leftoverParts(d.dir)).toEqual([]);
    counts.unchanged += 1;
  });

  it('adding evidence on a full disk: clear message, no half file, nothing recorded', async () => {
    const d = disk(2048);
    const backend = openOn(d.dir);
    fillDisk(d.dir);
    const before = stateHash(backend.db);
    const photo = Buffer.alloc(300_000, 7);
    await expectFault(call(backend, 'attachments.add', { fileName: '现场照片.png', dataBase64: photo.toString('base64') }), /磁盘空间已满/);
    expect(stateHash(backend.db)).toBe(before);
    expect(leftoverParts(d.dir)).toEqual([]);
    counts.unchanged += 1;
  });

  it('importing a package on a full disk: nothing applied, database unchanged', async () => {
    const office = makeTempBackend();
    temps.push(office);
    await call(office.backend, 'sync.init', { role: 'office', name: '牵头办' });
    const setup = await call(office.backend, 'sync.setupPackage', { department: '市农业农村局', out: join(office.dir, 'setup.duban') });
    const fingerprint = (await call(office.backend, 'sync.status', {})).fingerprint;
    const d = disk(2048);
    const dept = createBackend({ dbPath: join(d.dir, 'duban.sqlite'), clock: fixedClock('2026-11-22T09:00:00+08:00') });
    backends.push(dept);
    await call(dept, 'sync.init', { role: 'department' });
    fillDisk(d.dir);
    const before = stateHash(dept.db);
    const result = call(dept, 'sync.import', { sources: [{ path: setup.path }], trust: [fingerprint] });
    await expectFault(result, /磁盘空间已满|无法备份/);
    expect(stateHash(dept.db)).toBe(before);
    expect(leftoverParts(d.dir)).toEqual([]);
    counts.unchanged += 1;
  });
});

describe.skipIf(problem !== null)('exports onto a full or read-only stick', () => {
  it('a package export onto a full stick fails clearly and leaves the previous package byte for byte', async () => {
    const t = makeTempBackend();
    temps.push(t);
    await call(t.backend, 'sync.init', { role: 'office', name: '牵头办' });
    const stick = disk(256);
    const out = join(stick.dir, '市农业农村局-初始化.duban');
    await call(t.backend, 'sync.setupPackage', { department: '市农业农村局', out });
    const previous = readFileSync(out);
    fillDisk(stick.dir);
    await expectFault(call(t.backend, 'sync.setupPackage', { department: '市农业农村局', out }), /磁盘空间已满/);
    expect(readFileSync(out).equals(previous)).toBe(true);
    expect(leftoverParts(stick.dir)).toEqual([]);
    counts.unchanged += 1;
  });

  it('a package export onto a read-only stick says it is read-only and changes nothing', async () => {
    const t = makeTempBackend();
    temps.push(t);
    await call(t.backend, 'sync.init', { role: 'office', name: '牵头办' });
    const stick = disk(1024);
    stick.remountReadOnly();
    const before = stateHash(t.backend.db);
    await expectFault(call(t.backend, 'sync.setupPackage', { department: '市农业农村局', out: join(stick.dir, 'x.duban') }), /只读/);
    await expectFault(call(t.backend, 'sync.setupPackage', { department: '市农业农村局', out: `${join(stick.dir, '新文件夹')}/` }), /只读/);
    expect(stateHash(t.backend.db)).toBe(before);
    counts.unchanged += 1;
  });

  it('the Excel export from the command line onto a full stick keeps the previous workbook', async () => {
    const t = makeTempBackend();
    temps.push(t);
    t.backend.close();
    const cli = hostsCliForTests();
    const stick = disk(512);
    const out = join(stick.dir, '进展情况.xlsx');
    writeFileSync(out, 'the workbook exported last week');
    fillDisk(stick.dir);
    counts.faults += 1;
    const run = await cli.run(['export-xlsx', '--out', out, '--period', '2026-Q4', '--db', t.dbPath]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/磁盘空间已满/);
    counts.clearMessages += 1;
    expect(fileBytesOrNull(out)?.toString()).toBe('the workbook exported last week');
    expect(leftoverParts(stick.dir)).toEqual([]);
    counts.unchanged += 1;
  });
});

describe.skipIf(problem !== null)('a database on a read-only disk', () => {
  it('the command line says the folder is read-only and leaves the file as it was', async () => {
    const d = disk(2048);
    const backend = openOn(d.dir);
    backend.close();
    backends.splice(0);
    const dbPath = join(d.dir, 'duban.sqlite');
    const bytes = readFileSync(dbPath);
    d.remountReadOnly();
    counts.faults += 1;
    const run = await hostsCliForTests().run(['plans', '--db', dbPath]);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/只读|没有访问权限/);
    expect(run.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    counts.clearMessages += 1;
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
    counts.unchanged += 1;
  });
});

