// progress.*: a unit's report on one task for one period. Who may write it is checked first
// (authorship.ts): a department PC its own unit only, an office PC only as an explicit 代填.
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { checkAuthor } from './authorship.js';
import { getReportDetail } from './report-detail.js';
import { discardDraft, saveDraft, submitReport } from './report-write.js';
import { taskTimeline } from './timeline.js';

type ProgressMethod = Extract<keyof ApiHandlers, `progress.${string}`>;

export const createProgressHandlers = (ctx: BackendContext): Pick<ApiHandlers, ProgressMethod> => ({
  'progress.get': async ({ taskId, departmentId, periodId }) => getReportDetail(ctx, taskId, departmentId, periodId),
  'progress.saveDraft': async ({ draft, isProxy, ...key }) => {
    checkAuthor(ctx, key, isProxy === true);
    return saveDraft(ctx, key, draft);
  },
  'progress.discardDraft': async (key) => {
    // Not the department's own draft on an office PC, nor another unit's on a department PC.
    checkAuthor(ctx, key, true);
    return { isDiscarded: discardDraft(ctx, key) };
  },
  'progress.submit': async ({ draft, isProxy, ...key }) => {
    checkAuthor(ctx, key, isProxy === true);
    submitReport(ctx, key, draft, isProxy === true);
    return getReportDetail(ctx, key.taskId, key.departmentId, key.periodId);
  },
  'progress.timeline': async ({ taskId }) => taskTimeline(ctx, taskId),
});
