// The command line given hostile arguments: unknown options, options without values, odd values for
// every string option of every command, and --db pointing at things that are not a Duban database.
// Never an internal error or a stack trace; a refusal says why in Chinese and changes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../hosts/cli/main.js';
import { stateHash } from '../helpers/fault-fs.js';
import { hostsCliForTests, type CliRun } from '../helpers/cli.js';
import { makeTempBackend, makeTempDir, type TempBackend } from '../helpers/temp-backend.js';

const HOSTILE_VALUES = ['', '-1', 'NaN', '9'.repeat(400), 'x'.repeat(5000), '\u0000', '{"a":1}', "'; DROP TABLE tasks; --", '2026-Q9', '../../../../etc/passwd'];
// Commands whose successful run would start Chromium (the bulletin PDF): their values are not walked.
const SLOW_COMMANDS = new Set(['bulletin']);

let t: TempBackend;
let work: { dir: string; cleanup: () => void };
let cwd: string;
const counts = { tried: 0, refused: 0, accepted: 0, crashes: 0 };
const cli = hostsCliForTests();

beforeAll(() => {
  t = makeTempBackend();
  t.backend.close();
  work = makeTempDir('duban-cli-hostile-');
  cwd = process.cwd();
  // Relative paths among the hostile values land in this scratch folder, never in the repository.
  mkdirSync(join(work.dir, 'a', 'b', 'c', 'd'), { recursive: true });
  process.chdir(join(work.dir, 'a', 'b', 'c', 'd'));
});

afterAll(() => {
  process.chdir(cwd);
  process.stdout.write(`\n[hostile CLI arguments] ${commands.length} commands, cases tried ${counts.tried}, refused correctly ${counts.refused}, accepted ${counts.accepted}, crashes = ${counts.crashes}\n`);
  t.cleanup();
  work.cleanup();
});

const hashOf = (): string => {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return stateHash(db);
  } finally {
    db.close();
  }
};

const judge = (argv: string[], run: CliRun, before: string): void => {
  counts.tried += 1;
  const what = argv.map((a) => a.slice(0, 40)).join(' ');
  const isCrash = run.code === 1 || /\bat .*\.(ts|js):\d+/.test(run.err + run.out);
  if (isCrash) counts.crashes += 1;
  expect(run.code, `${what}\n${run.err}`).not.toBe(1);
  expect(run.err + run.out, what).not.toMatch(/\bat .*\.(ts|js):\d+/);
  if (run.code === 0) {
    counts.accepted += 1;
    return;
  }
  expect(run.code, what).toBe(2);
  expect(run.err, what).toMatch(/[\u4e00-\u9fa5]/);
  expect(hashOf(), `${what} was refused but changed the database`).toBe(before);
  counts.refused += 1;
};

describe('hostile command-line arguments', () => {
  it('unknown options and options without a value are refused before the database is opened', async () => {
    const before = hashOf();
    for (const command of commands) {
      for (const argv of [[command.name, '--no-such-option'], [command.name, '--db'], ...Object.entries(command.options).filter(([, o]) => o.type === 'string').map(([name]) => [command.name, `--${name}`])]) {
        const run = await cli.run([...argv]);
        judge(argv, run, before);
        expect(run.code).toBe(2);
      }
    }
    const unknown = await cli.run(['no-such-command', '--db', t.dbPath]);
    judge(['no-such-command'], unknown, before);
  });

  it('every string option of every command, given hostile values', async () => {
    for (const command of commands) {
      if (SLOW_COMMANDS.has(command.name)) continue;
      for (const [option, spec] of Object.entries(command.options)) {
        if (spec.type !== 'string') continue;
        for (const value of HOSTILE_VALUES) {
          const before = hashOf();
          const argv = [command.name, `--${option}`, value, '--db', t.dbPath];
          judge(argv, await cli.run(argv), before);
        }
      }
    }
    expect(counts.crashes).toBe(0);
  }, 240_000); // walks every command × value, each run opening the database: grows with the commands, slow on a shared machine

  it('--db naming a folder, a text file, a path through a file: refused in Chinese, the file untouched', async () => {
    const text = join(work.dir, '会议纪要.txt');
    writeFileSync(text, '这不是数据库');
    const folder = join(work.dir, '文件夹');
    mkdirSync(folder, { recursive: true });
    for (const db of [folder, text, join(text, 'duban.sqlite'), '']) {
      counts.tried += 1;
      const run = await cli.run(['plans', '--db', db]);
      expect(run.code, `${db}: ${run.err}`).not.toBe(0);
      expect(run.err).toMatch(/[\u4e00-\u9fa5]/);
      expect(run.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
      counts.refused += 1;
    }
    expect(readFileSync(text, 'utf8')).toBe('这不是数据库');
  });
});
