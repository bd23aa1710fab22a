// One program at a time on one database: the CLI and the local host take a lock file beside it
// (the Electron shell has its single-instance lock). A lock left by a killed process is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { describeFsError } from '../db/fs-errors.js';
import { ApiError } from '../shared/api/errors.js';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

const holderOf = (lockPath: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

export type DbLock = { release: () => void };

export const acquireDbLock = (dbPath: string): DbLock => {
  const lockPath = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let isHeld = true;
      const release = (): void => {
        if (!isHeld) return;
        isHeld = false;
        try {
          if (holderOf(lockPath) === process.pid) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') {
        // A read-only stick or folder, a full disk: say so; Duban never writes where it cannot lock.
        throw new ApiError('refused', `无法使用数据库 ${dbPath}:在它所在的文件夹建立锁文件失败(${describeFsError(error)})。请把数据库放在可写的文件夹中。`);
      }
      const holder = holderOf(lockPath);
      if (holder !== null && holder !== process.pid && isAlive(holder)) {
        throw new ApiError('refused', `数据库正被另一个督办程序使用(进程 ${holder}),请先关闭它再试。`);
      }
      try {
        unlinkSync(lockPath); // left behind by a process that no longer runs
      } catch {
        // Someone else took it over first; try again.
      }
    }
  }
  throw new ApiError('refused', '无法取得数据库的使用权,请稍后再试。');
};
