// Evidence files, content-addressed beside the database: files/<sha256>. The same file added twice is
// stored once. Each file is written to a temporary name, flushed and renamed, so a crash never leaves a
// half-written file under a hash name. Missing or altered files are detected by re-hashing on read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { ApiError } from '../../shared/api/errors.js';
import type { AttachmentInfo, AttachmentIntegrity } from '../../shared/progress/types.js';
import type { BackendContext } from '../context.js';
import { prepared } from '../statements.js';
import { ATTACHMENT_TYPES, readSettings } from './settings.js';

export const formatBytes = (bytes: number): string => {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
};

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export const attachmentPath = (ctx: BackendContext, sha256: string): string => join(ctx.filesDir, sha256);

/** The type check and size check, made before any byte is read or written. Returns the mime type. */
export const checkAcceptable = (ctx: BackendContext, fileName: string, size: number): string => {
  const extension = extname(fileName).slice(1).toLowerCase();
  const mime = ATTACHMENT_TYPES[extension];
  if (!mime) {
    throw new ApiError(
      'bad_input',
      `不支持的文件类型“${extension ? `.${extension}` : '无扩展名'}”(${basename(fileName)})。可添加:${Object.keys(ATTACHMENT_TYPES).join('、')}`,
    );
  }
  if (size === 0) throw new ApiError('bad_input', `文件“${basename(fileName)}”是空的,请选择有内容的文件`);
  const limit = readSettings(ctx.db).maxAttachmentBytes;
  if (size > limit) {
    throw new ApiError(
      'bad_input',
      `文件“${basename(fileName)}”大小为 ${formatBytes(size)},超过上限 ${formatBytes(limit)}。请压缩或拆分后再添加。`,
    );
  }
  return mime;
};

const writeAtomically = (ctx: BackendContext, sha256: string, bytes: Buffer): void => writeFileAtomic(attachmentPath(ctx, sha256), bytes);

export const integrityOf = (ctx: BackendContext, sha256: string): AttachmentIntegrity => {
  const path = attachmentPath(ctx, sha256);
  if (!existsSync(path)) return 'missing';
  return sha256Of(readFileSync(path)) === sha256 ? 'ok' : 'altered';
};

const storeBytes = (ctx: BackendContext, fileName: string, bytes: Buffer, mime: string): AttachmentInfo & { isNew: boolean } => {
  const sha256 = sha256Of(bytes);
  const isNew = integrityOf(ctx, sha256) !== 'ok';
  // An altered or missing copy is repaired by the good bytes just given.
  if (isNew) writeAtomically(ctx, sha256, bytes);
  prepared(ctx.db, 'INSERT OR IGNORE INTO attachments (sha256, size, mime, stored_at) VALUES (?, ?, ?, ?)').run(
    sha256,
    bytes.length,
    mime,
    ctx.clock().toISOString(),
  );
  return { sha256, fileName: basename(fileName), size: bytes.length, mime, integrity: 'ok', isNew };
};

/** Bytes sent base64 encoded (the browser host). The size is checked from the encoded length before decoding. */
export const addAttachmentBase64 = (ctx: BackendContext, fileName: string, dataBase64: string): AttachmentInfo & { isNew: boolean } => {
  const padding = dataBase64.endsWith('==') ? 2 : dataBase64.endsWith('=') ? 1 : 0;
  const size = Math.floor((dataBase64.length * 3) / 4) - padding;
  const mime = checkAcceptable(ctx, fileName, size);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) throw new ApiError('bad_input', '文件内容编码有误,请重新选择文件');
  return storeBytes(ctx, fileName, Buffer.from(dataBase64, 'base64'), mime);
};

/** A file named by path (Electron, CLI): size from stat, so an oversized file is refused without reading it. */
export const addAttachmentFromPath = (ctx: BackendContext, fileName: string, path: string): AttachmentInfo & { isNew: boolean } => {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ApiError('bad_input', `“${basename(path)}”不是文件`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('bad_input', `找不到文件“${basename(path)}”,它可能已被移动或删除,请重新选择`);
  }
  const mime = checkAcceptable(ctx, fileName, size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new ApiError('bad_input', `无法读取文件“${basename(path)}”,它可能已被移动或删除,请重新选择`);
  }
  return storeBytes(ctx, fileName, bytes, mime);
};

type AttachmentDbRow = { sha256: string; size: number; mime: string };

export const attachmentMeta = (ctx: BackendContext, sha256: string): AttachmentDbRow | undefined =>
  prepared(ctx.db, 'SELECT sha256, size, mime FROM attachments WHERE sha256 = ?').get(sha256) as AttachmentDbRow | undefined;

export const describeAttachment = (ctx: BackendContext, sha256: string, fileName: string): AttachmentInfo => {
  const meta = attachmentMeta(ctx, sha256);
  return {
    sha256,
    fileName,
    size: meta?.size ?? 0,
    mime: meta?.mime ?? '',
    integrity: meta ? integrityOf(ctx, sha256) : 'missing',
  };
};

export const readAttachment = (ctx: BackendContext, sha256: string): { bytes: Buffer; mime: string } => {
  const meta = attachmentMeta(ctx, sha256);
  if (!meta) throw new ApiError('not_found', '没有这个佐证材料');
  const path = attachmentPath(ctx, sha256);
  if (!existsSync(path)) throw new ApiError('not_found', '佐证材料文件已丢失(可能被移动或删除),请重新添加');
  const bytes = readFileSync(path);
  if (sha256Of(bytes) !== sha256) throw new ApiError('conflict', '佐证材料文件已被改动,与添加时不一致,请重新添加');
  return { bytes, mime: meta.mime };
};

/** Bytes already in memory (a returned sheet kept as the evidence of its 代录 reports). */
export const addAttachmentBytes = (ctx: BackendContext, fileName: string, bytes: Buffer): AttachmentInfo & { isNew: boolean } =>
  storeBytes(ctx, fileName, bytes, checkAcceptable(ctx, fileName, bytes.length));
