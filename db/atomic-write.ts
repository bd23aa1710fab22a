// Writing a file the person will rely on (a package, an export, an evidence file): the bytes go to a
// temporary name in the same folder, are flushed, then renamed over the real name. A full disk, a
// read-only stick or a crash therefore leaves either the previous file or the complete new one, never
// half a file; the temporary file is removed on failure.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../shared/api/errors.js';
import { describeFsError } from './fs-errors.js';

/** The temporary name used while writing `path`: hidden, in the same folder (a rename never crosses disks). */
export const tempNameFor = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.part`);

export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.part');

const writeAll = (fd: number, bytes: Uint8Array): void => {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
};

/**
 * Writes `bytes` to `path` atomically. Failures become a Chinese ApiError ('refused': the person has to
 * free space or pick another folder) that says the previous file was left as it was.
 */
export const writeFileAtomic = (path: string, bytes: Uint8Array): void => {
  const temp = tempNameFor(path);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(temp, 'w');
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a descriptor on a full disk can fail too; the file is removed below either way.
      }
    }
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary name itself may be impossible (too long); then nothing was written under it.
    }
    throw new ApiError('refused', `无法写入文件 ${path}:${describeFsError(error)}。原有文件未被改动,请清理磁盘空间或换一个文件夹后重试。`, {
      fsCode: (error as { code?: unknown }).code,
    });
  }
};
