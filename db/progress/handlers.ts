import { boundUnit, checkAuthor } from './authorship.js';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { addAttachmentBase64, addAttachmentFromPath, readAttachment } from './attachment-store.js';
import { addIndicator } from './indicators.js';
import { requireDepartment } from './lookup.js';
import { myTasks } from './my-tasks.js';
import { getReportDetail } from './report-detail.js';
import { discardDraft, reviewReport, saveDraft, submitReport } from './report-write.js';
import { readSettings, writeSettings } from './settings.js';
import { taskTimeline } from './timeline.js';

type ProgressHandlers = Pick<
  ApiHandlers,
  | 'workbench.settings'
  | 'workbench.updateSettings'
  | 'workbench.myTasks'
  | 'reports.get'
  | 'reports.saveDraft'
  | 'reports.discardDraft'
  | 'reports.submit'
  | 'reports.review'
  | 'reports.timeline'
  | 'attachments.add'
  | 'attachments.read'
  | 'indicators.add'
>;

export const createProgressHandlers = (ctx: BackendContext): ProgressHandlers => ({
  // A department PC's 本单位 is the unit its setup package named, whatever was chosen before.
  'workbench.settings': async () => ({ ...readSettings(ctx.db), departmentId: boundUnit(ctx) ?? readSettings(ctx.db).departmentId }),
  'workbench.updateSettings': async (patch) => {
    const bound = boundUnit(ctx);
    if (bound !== null && patch.departmentId && patch.departmentId !== bound)
      throw new ApiError('refused', '本机的本单位由牵头办公室的初始化包设定,不能切换到其他单位');
    if (patch.departmentId) requireDepartment(ctx.db, patch.departmentId);
    writeSettings(ctx.db, patch);
    return readSettings(ctx.db);
  },
  'workbench.myTasks': async (arg) => myTasks(ctx, arg),
  'reports.get': async ({ taskId, departmentId, periodId }) => getReportDetail(ctx, taskId, departmentId, periodId),
  'reports.saveDraft': async ({ draft, isProxy, ...key }) => {
    checkAuthor(ctx, key, isProxy === true);
    return saveDraft(ctx, key, draft);
  },
  'reports.discardDraft': async (key) => ({ isDiscarded: discardDraft(ctx, key) }),
  'reports.submit': async ({ draft, isProxy, ...key }) => {
    checkAuthor(ctx, key, isProxy === true);
    submitReport(ctx, key, draft);
    return getReportDetail(ctx, key.taskId, key.departmentId, key.periodId);
  },
  'reports.review': async (input) => reviewReport(ctx, input),
  'reports.timeline': async ({ taskId }) => taskTimeline(ctx, taskId),
  'attachments.add': async ({ fileName, dataBase64, path }) => {
    if (dataBase64 !== undefined) return addAttachmentBase64(ctx, fileName, dataBase64);
    if (path !== undefined) return addAttachmentFromPath(ctx, fileName, path);
    throw new ApiError('bad_input', '请提供文件内容或文件路径');
  },
  'attachments.read': async ({ sha256 }) => {
    const { bytes, mime } = readAttachment(ctx, sha256);
    return { sha256, mime, size: bytes.length, dataBase64: bytes.toString('base64') };
  },
  'indicators.add': async (input) => ({ indicatorId: addIndicator(ctx, input) }),
});
