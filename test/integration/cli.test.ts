// The duban command as a script uses it: real database file, JSON out, exit codes 0 / 2 / 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import type { DepartmentTasks } from '../../shared/domain/types.js';
import { makeTempDir, repoRoot } from '../helpers/temp-backend.js';
import { suiteClock, suiteTodayArgs } from '../helpers/suite-clock.js';

const capture = async (argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { clock: suiteClock, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
};

describe('duban CLI', () => {
  let tmp: { dir: string; cleanup: () => void };
  let db: string;
  beforeAll(() => {
    tmp = makeTempDir();
    db = join(tmp.dir, 'cli.sqlite');
  });
  afterAll(() => tmp.cleanup());

  it('prints 市商务局 tasks split by role as JSON', async () => {
    const { code, out } = await capture(['tasks', '--dept', '市商务局', '--json', '--db', db]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as DepartmentTasks;
    expect(result.department.name).toBe('市商务局');
    expect(result.lead.map((t) => t.code)).toEqual(['7', '11']);
    expect(result.participant.map((t) => t.code)).toEqual(['10', '19', '26']);
  });

  it('prints readable Chinese without --json', async () => {
    const { code, out } = await capture(['tasks', '--dept', '商务', '--db', db]);
    expect(code).toBe(0);
    expect(out).toContain('市商务局:牵头 2 项,参与 3 项');
    expect(out).toContain('加快对外贸易优化升级');
  });

  it('exits 2 with a reason for bad input', async () => {
    for (const argv of [['tasks', '--dept', '市不存在局'], ['tasks', '--nope'], ['frobnicate'], ['tasks', '--dept', 'sswj']]) {
      const { code, err } = await capture([...argv, '--db', db]);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('exits 1 for an internal failure such as an unopenable database', async () => {
    const notAFolder = join(tmp.dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const { code, err } = await capture(['plans', '--db', join(notAFolder, 'x.sqlite')]);
    expect(code).toBe(1);
    expect(err).toContain('同名的文件已存在');
    const garbage = join(tmp.dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database at all, just text that a user picked by mistake'.repeat(100));
    const notDb = await capture(['plans', '--db', garbage]);
    expect(notDb.code).toBe(1);
    expect(notDb.err).toContain('不是督办的数据库文件');
  });

  it('runs as the installed bin, the way npx duban does', () => {
    const bin = join(repoRoot, 'bin', 'duban.js');
    if (!existsSync(join(repoRoot, 'dist', 'hosts', 'cli.js'))) throw new Error('run npm run build first');
    const out = execFileSync(process.execPath, [bin, 'tasks', '--dept', '市商务局', '--json', '--db', db, ...suiteTodayArgs()], { encoding: 'utf8' });
    expect((JSON.parse(out) as DepartmentTasks).lead).toHaveLength(2);
    const refused = spawnSync(process.execPath, [bin, 'tasks', '--dept', '市不存在局', '--db', db, ...suiteTodayArgs()], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
  });
});
