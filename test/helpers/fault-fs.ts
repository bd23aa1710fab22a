// Real faults for tests: a small tmpfs that fills up, the same remounted read-only, and a fingerprint
// of every table so "the database is unchanged" is checked, not assumed. Mounting needs root (or
// CAP_SYS_ADMIN); where it is not allowed, tests skip with the reason mountProblem() gives.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/open.js';

export type SmallDisk = { dir: string; remountReadOnly: () => void; remountWritable: () => void; unmount: () => void };

let probed: string | null | undefined;

/** Why small disks cannot be mounted here (null when they can); probed once per test file. */
export const mountProblem = (): string | null => {
  if (probed !== undefined) return probed;
  const dir = mkdtempSync(join(tmpdir(), 'duban-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' });
    execFileSync('umount', [dir], { stdio: 'pipe' });
    probed = null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    probed = `跳过:本机不允许挂载小容量 tmpfs 来模拟磁盘已满/只读(mount 报错:${stderr || String(error)});需以 root 运行或授予 CAP_SYS_ADMIN`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return probed;
};

export const mountSmallDisk = (sizeKb: number): SmallDisk => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0777`, 'tmpfs', dir], { stdio: 'pipe' });
  return {
    dir,
    remountReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' }),
    remountWritable: () => execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'pipe' }),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Writes a filler file until the disk refuses another byte; returns its path (delete it to free space). */
export const fillDisk = (dir: string): string => {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(4096, 0x55);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // Tail blocks: fill the last partial block byte by byte.
  const fd2 = openSync(path, 'a');
  try {
    for (;;) writeSync(fd2, chunk, 0, 1);
  } catch {
    // Full to the last byte.
  } finally {
    closeSync(fd2);
  }
  return path;
};

/** A fingerprint of every row of every table (full-text shadow tables aside): equal means unchanged. */
export const stateHash = (db: Db): string => {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name, _i, all) => !all.some((v) => name !== v && name.startsWith(`${v}_`)));
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))).sort();
    hash.update(`#${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
};

/** Temporary files a failed write might have left behind, anywhere under dir. */
export const leftoverParts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.part') || name.includes('.incoming-'));

export const fileBytesOrNull = (path: string): Buffer | null => {
  try {
    return statSync(path).isFile() ? readFileSync(path) : null;
  } catch {
    return null;
  }
};
