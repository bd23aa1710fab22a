import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { noticeFileName, writeNoticeDocx } from './docx.js';
import { buildNoticeDrafts } from './draft.js';
import { issueNotice, issueNoticeBatch } from './issue.js';
import { listNotices } from './store.js';

type NoticesHandlers = Pick<ApiHandlers, 'notices.drafts' | 'notices.issue' | 'notices.issueBatch' | 'notices.list' | 'notices.docx'>;

export const createNoticesHandlers = (ctx: BackendContext): NoticesHandlers => ({
  'notices.drafts': async (arg) => buildNoticeDrafts(ctx, arg),
  'notices.issue': async (arg) => issueNotice(ctx, arg),
  'notices.issueBatch': async (arg) => issueNoticeBatch(ctx, arg),
  'notices.list': async (arg) => listNotices(ctx.db, arg),
  'notices.docx': async ({ id }) => {
    const [notice] = listNotices(ctx.db, { ids: [id] });
    if (!notice) throw new ApiError('not_found', '找不到这份催办通知单');
    const bytes = writeNoticeDocx(notice);
    return { fileName: noticeFileName(notice, 'docx'), byteLength: bytes.length, dataBase64: bytes.toString('base64') };
  },
});
