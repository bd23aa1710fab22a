// attachments.* (evidence files, content-addressed beside the database) and indicators.* (the office adds
// an indicator to a task whose plan gave it none).
import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { addAttachmentBase64, addAttachmentFromPath, readAttachment } from './attachment-store.js';
import { addIndicator } from './indicators.js';

export const createAttachmentsHandlers = (ctx: BackendContext): Pick<ApiHandlers, 'attachments.add' | 'attachments.read'> => ({
  'attachments.add': async ({ fileName, dataBase64, path }) => {
    if (dataBase64 !== undefined) return addAttachmentBase64(ctx, fileName, dataBase64);
    if (path !== undefined) return addAttachmentFromPath(ctx, fileName, path);
    throw new ApiError('bad_input', '请提供文件内容或文件路径');
  },
  'attachments.read': async ({ sha256 }) => {
    const { bytes, mime } = readAttachment(ctx, sha256);
    return { sha256, mime, size: bytes.length, dataBase64: bytes.toString('base64') };
  },
});

export const createIndicatorsHandlers = (ctx: BackendContext): Pick<ApiHandlers, 'indicators.add'> => ({
  'indicators.add': async (input) => ({ indicatorId: addIndicator(ctx, input) }),
});
