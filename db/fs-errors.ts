import { ApiError } from '../shared/api/errors.js';

// File-system and SQLite failures, said in words a clerk can act on.
const REASONS: Record<string, string> = {
  ENOSPC: '磁盘空间已满',
  EACCES: '没有访问权限',
  EPERM: '没有访问权限',
  EROFS: '磁盘或文件夹为只读',
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EEXIST: '同名的文件已存在,无法在此建立文件夹',
  EISDIR: '这是一个文件夹,不是文件',
  EBUSY: '文件正被其他程序占用',
  ENAMETOOLONG: '文件名或路径过长',
  EINVAL: '文件名或路径无效',
  EMFILE: '同时打开的文件过多',
  EDQUOT: '磁盘配额已用完',
  EIO: '读写磁盘出错(U 盘可能已拔出或损坏)',
  SQLITE_CANTOPEN: '无法打开文件(路径不存在或没有权限)',
  SQLITE_FULL: '磁盘空间已满',
  SQLITE_READONLY: '数据库为只读',
  SQLITE_CORRUPT: '数据库文件已损坏',
  SQLITE_NOTADB: '这不是督办的数据库文件(或已损坏)',
  SQLITE_BUSY: '数据库正被另一个程序使用',
};

export const describeFsError = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
};

const reasonOf = (code: string): string | undefined => {
  if (REASONS[code]) return REASONS[code];
  // Extended SQLite codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE…) share their family's reason.
  const family = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  if (family && REASONS[family]) return REASONS[family];
  return family === 'SQLITE_IOERR' ? '读写磁盘出错' : undefined;
};

/**
 * A disk or database failure thrown deep inside a handler (a full disk during a transaction, a folder
 * made read-only) said in Chinese, with the fact the person needs: SQLite rolled the change back, so
 * the database is as it was before. ApiErrors and anything else pass through unchanged.
 */
export const translateFault = (error: unknown): unknown => {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' ? reasonOf(code) : undefined;
  if (typeof code !== 'string' || reason === undefined) return error;
  return new ApiError('internal', `操作未完成:${reason}。本次修改没有保存,数据库保持原样;请清理磁盘空间或检查文件夹权限后重试。`, { fsCode: code });
};
