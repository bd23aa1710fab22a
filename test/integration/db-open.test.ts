// Opening a database: newer files refused, damaged files reported untouched, one program at a time.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.js';
import { openBackend } from '../../hosts/open-backend.js';
import { makeTempDir } from '../helpers/temp-backend.js';
import { suiteClock } from '../helpers/suite-clock.js';

describe('opening a database', () => {
  let tmp: { dir: string; cleanup: () => void };
  let dbPath: string;
  beforeEach(() => {
    tmp = makeTempDir();
    dbPath = join(tmp.dir, 'duban.sqlite');
  });
  afterEach(() => tmp.cleanup());

  it('refuses a file written by a newer Duban instead of migrating it down', () => {
    openDatabase(dbPath).close();
    const raw = new Database(dbPath);
    raw.prepare('INSERT INTO schema_migrations (version, name) VALUES (999, ?)').run('from the future');
    raw.close();
    expect(() => openDatabase(dbPath)).toThrow(/更新版本的督办/);
  });

  it('reports a damaged file and leaves its bytes as they were', () => {
    const backend = openBackend({ dbPath, clock: suiteClock });
    backend.close();
    const bytes = readFileSync(dbPath);
    // Scribble over the middle of the file: pages of the task tables.
    const damaged = Buffer.from(bytes);
    damaged.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(dbPath, damaged);
    expect(() => openBackend({ dbPath, clock: suiteClock })).toThrow(/损坏/);
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
  });

  it('lets only one program use a database at a time, and takes over a lock left by a dead one', async () => {
    const first = openBackend({ dbPath, clock: suiteClock });
    try {
      expect(() => openBackend({ dbPath, clock: suiteClock })).not.toThrow(); // the same process may reopen (tests, CLI within the host)
    } finally {
      first.close();
    }
    // A lock held by another live process refuses us.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const exited = new Promise((resolve) => other.once('exit', resolve));
    try {
      writeFileSync(`${dbPath}.lock`, String(other.pid));
      expect(() => openBackend({ dbPath, clock: suiteClock })).toThrow(/正被另一个督办程序使用/);
      // The desktop app holds it (electron/main.ts opens through db/open-locked.ts too): the CLI says so and what to do.
      writeFileSync(`${dbPath}.lock`, `${other.pid}\ndesktop\n`);
      expect(() => openBackend({ dbPath, clock: suiteClock })).toThrow(/督办程序正在使用这个数据库.督办窗口.*请直接在督办中操作.*请先关闭督办窗口/);
      expect(() => openBackend({ dbPath, holder: 'host', clock: suiteClock })).toThrow(/请切换到已打开的督办/);
    } finally {
      other.kill('SIGKILL');
    }
    // Once that process is gone, its lock is taken over.
    await exited;
    const reopened = openBackend({ dbPath, clock: suiteClock });
    reopened.close();
  });
});
