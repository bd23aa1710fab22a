// Evidence files (佐证材料): stored content-addressed beside the database, read back to open them.
import { z } from 'zod';
import type { AttachmentInfo } from '../../progress/types.js';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, '文件指纹有误');

export const attachmentsSchemas = {
  /** In the browser the bytes arrive base64 encoded; Electron and the CLI may name a file instead. */
  'attachments.add': z
    .strictObject({
      fileName: z.string().trim().min(1, '缺少文件名').max(200, '文件名过长'),
      dataBase64: z.string().max(2_800_000_000).optional(),
      path: z.string().min(1).max(1000).optional(),
    })
    .refine((a) => (a.dataBase64 === undefined) !== (a.path === undefined), '请提供文件内容或文件路径(二者选一)'),
  'attachments.read': z.strictObject({ sha256: sha256Schema }),
};

export type AttachmentContent = { sha256: string; mime: string; size: number; dataBase64: string };

export type AttachmentsResults = {
  'attachments.add': AttachmentInfo & { isNew: boolean };
  'attachments.read': AttachmentContent;
};
