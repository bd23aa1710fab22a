// One program at a time on one database: every host (the desktop app, the local host, the CLI) takes a
// lock file beside it through db/open-locked.ts. The file holds the holder's process id and which
// program it is, so a refusal can say what to do. A lock left by a killed process is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { describeFsError } from './fs-errors.js';
import { ApiError } from '../shared/api/errors.js';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

/** Which program holds the database: the desktop app and the local host serve the UI, the CLI does not. */
export type LockHolder = 'desktop' | 'host' | 'cli';

const HOLDERS: readonly LockHolder[] = ['desktop', 'host', 'cli'];

const lockOf = (lockPath: string): { pid: number; holder: LockHolder | null } | null => {
  try {
    const [first, second] = readFileSync(lockPath, 'utf8').split('\n');
    const pid = Number.parseInt(first ?? '', 10);
    const holder = HOLDERS.find((h) => h === second?.trim()) ?? null;
    return Number.isInteger(pid) && pid > 0 ? { pid, holder } : null;
  } catch {
    return null;
  }
};

const holderOf = (lockPath: string): number | null => lockOf(lockPath)?.pid ?? null;

/** The refusal names the program in the way and what to do about it. */
const heldMessage = (pid: number, holder: LockHolder | null, me: LockHolder): string => {
  if (holder === 'desktop' || holder === 'host') {
    const app = holder === 'desktop' ? '督办窗口' : '浏览器中的督办(本机服务)';
    return me === 'cli'
      ? `督办程序正在使用这个数据库(${app},进程 ${pid})。请直接在督办中操作(数据交换页可导入、导出数据包);确需使用命令行时,请先关闭${app},再运行命令。`
      : `数据库正被另一个督办程序使用(${app},进程 ${pid}),请切换到已打开的督办,或先关闭它再试。`;
  }
  return `数据库正被另一个督办程序使用(进程 ${pid}),请等它结束或先关闭它再试。`;
};

export type DbLock = { release: () => void };

export const acquireDbLock = (dbPath: string, me: LockHolder = 'cli'): DbLock => {
  const lockPath = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, `${process.pid}\n${me}\n`);
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
      const held = lockOf(lockPath);
      if (held !== null && held.pid !== process.pid && isAlive(held.pid)) throw new ApiError('refused', heldMessage(held.pid, held.holder, me));
      try {
        unlinkSync(lockPath); // left behind by a process that no longer runs
      } catch {
        // Someone else took it over first; try again.
      }
    }
  }
  throw new ApiError('refused', '无法取得数据库的使用权,请稍后再试。');
};
