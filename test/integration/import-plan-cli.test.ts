// `duban import-plan` through the CLI entry: JSON preview, commit, exit codes for refused files.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../hosts/cli/main.js';
import { makeTempBackend, makeTempDir, seedsDir } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

const seedPath = (prefix: string): string => join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(prefix)) ?? '');

const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  let out = '';
  let err = '';
  const code = await runCli(args, { clock: suiteClock, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('duban import-plan', () => {
  it('prints the JSON shape without writing, then imports with --commit', async () => {
    const db = join(temp.dir, 'cli.sqlite');
    const preview = await run(['import-plan', seedPath('004'), '--json', '--db', db, '--no-demo']);
    expect(preview.code).toBe(0);
    const json = JSON.parse(preview.out) as { taskCount: number; tasks: { code: string; leads: string[]; leadInferred: boolean; deadline: { text: string } }[]; import: null };
    expect(json.taskCount).toBe(30);
    expect(json.tasks[6]).toMatchObject({ code: '7', leads: ['市商务局'], leadInferred: false, deadline: { text: '' } });
    expect(json.import).toBeNull();
    expect((await run(['plans', '--json', '--db', db, '--no-demo'])).out.trim()).toBe('[]');

    const commit = await run(['import-plan', seedPath('004'), '--db', db, '--no-demo', '--commit']);
    expect(commit.code).toBe(0);
    expect(commit.out).toContain('已导入新规划');
    const again = await run(['import-plan', seedPath('004'), '--db', db, '--no-demo', '--commit']);
    expect(again.out).toContain('没有任何改变');
  });

  it('previews with --json and no --db without creating or touching any database, demo or not', async () => {
    const home = join(temp.dir, 'home-untouched');
    mkdirSync(home);
    const saved = process.env.DUBAN_HOME;
    process.env.DUBAN_HOME = home;
    try {
      const preview = await run(['import-plan', seedPath('004'), '--json']);
      expect(preview.code).toBe(0);
      const json = JSON.parse(preview.out) as { taskCount: number; target: { mode: string }; departments: { isKnown: boolean }[] };
      expect(json.taskCount).toBe(30);
      // Compared with an empty directory: nothing is "known", and the plan would be new.
      expect(json.target.mode).toBe('create');
      expect(json.departments.every((d) => !d.isKnown)).toBe(true);
      expect(readdirSync(home)).toEqual([]);
      const text = await run(['import-plan', seedPath('002')]);
      expect(text.code).toBe(0);
      expect(readdirSync(home)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.DUBAN_HOME;
      else process.env.DUBAN_HOME = saved;
    }
    expect(existsSync(join(home, 'duban.sqlite'))).toBe(false);
  });

  it('exits 2 with a Chinese reason for an empty file and a missing file', async () => {
    const empty = join(temp.dir, 'empty.txt');
    writeFileSync(empty, '');
    const db = join(temp.dir, 'refused.sqlite');
    const result = await run(['import-plan', empty, '--db', db, '--no-demo', '--commit']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('文件是空的');
    const missing = await run(['import-plan', join(temp.dir, 'nope.docx'), '--db', db, '--no-demo']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件');
  });
});

describe('the demo plan', () => {
  it('still seeds 30 tasks with 市商务局 leading 7 and 11 and joining 10, 19, 26', async () => {
    const t = makeTempBackend();
    try {
      expect(await t.backend['tasks.list']({})).toHaveLength(30);
      const dept = await t.backend['departments.tasks']({ department: '市商务局' });
      expect(dept.lead.map((x) => x.code)).toEqual(['7', '11']);
      expect(dept.participant.map((x) => x.code)).toEqual(['10', '19', '26']);
    } finally {
      t.cleanup();
    }
  });
});
