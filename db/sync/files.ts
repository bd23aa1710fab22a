// Files beside the database: evidence (files/<sha256>), originals of imported packages
// (files/packages/<id>.duban, kept for roll-ups) and backups (files/backups). Writes go to a temporary
// name and are renamed, so a crash never leaves half a file under a real name.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.js';
import { describeFsError } from '../fs-errors.js';

export { writeFileAtomic } from '../atomic-write.js';

export const attachmentPath = (filesDir: string, sha256: string): string => join(filesDir, sha256);
export const storedPackagePath = (filesDir: string, packageId: string): string => join(filesDir, 'packages', `${packageId}.duban`);

export const readAttachment = (filesDir: string, sha256: string): Uint8Array | undefined => {
  const path = attachmentPath(filesDir, sha256);
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
};

/** Reads a package file the user named, refusing directories and oversized files with a reason. */
export const readPackageFile = (path: string, maxBytes: number): Uint8Array => {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ApiError('bad_input', `不是文件:${path}`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('not_found', `找不到文件:${path}`);
  }
  if (size > maxBytes) throw new ApiError('refused', `文件过大(${Math.round(size / 1048576)} MB):${path}`);
  return new Uint8Array(readFileSync(path));
};

/** Node's recursive mkdir reports ENOENT on a read-only disk; one plain attempt tells the real reason. */
const realMkdirError = (path: string, error: unknown): unknown => {
  if ((error as { code?: string }).code !== 'ENOENT') return error;
  try {
    mkdirSync(path);
    return error;
  } catch (plain) {
    return (plain as { code?: string }).code === 'ENOENT' ? error : plain;
  }
};

/**
 * A name in the folder that no file holds yet: readable names carry the day, not a number, so a second
 * package of the same day becomes 名称(2).duban instead of replacing one not yet carried to the office.
 */
const freeNameIn = (folder: string, fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let n = 1; ; n += 1) {
    const candidate = join(folder, n === 1 ? fileName : `${stem}(${n})${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
};

/** `out` may be a folder (the file gets a readable name) or a file path chosen by the clerk. */
export const resolveOutPath = (out: string, fileName: string): string => {
  if (existsSync(out) && statSync(out).isDirectory()) return freeNameIn(out, fileName);
  if (out.endsWith('/') || out.endsWith('\\')) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      throw new ApiError('refused', `无法建立文件夹 ${out}:${describeFsError(realMkdirError(out, error))}`);
    }
    return freeNameIn(out, fileName);
  }
  return out;
};
