// `duban review --task 编号 --dept 部门 --period …`: a decision named the way a person types it (a task's
// code, a unit's name or alias). It finds the report in sync.reviews and decides through review.decide,
// the one implementation of a review decision the app's 审核 workspace uses too.
import { ApiError } from '../../shared/api/errors.js';
import type { ReviewItem } from '../../shared/sync/types.js';
import type { CliCall } from './command.js';

export type ReviewByName = { task: string; department: string; periodId: string; decision: 'accept' | 'return'; reason?: string; reviewer?: string };

const STATE_TEXT: Record<ReviewItem['state'], string> = { pending: '待审核', accepted: '已通过', returned: '已退回' };

const findItem = async (call: CliCall, input: ReviewByName): Promise<ReviewItem | undefined> =>
  (await call('sync.reviews', { department: input.department })).find(
    (i) => (i.taskId === input.task || i.taskCode === input.task) && i.periodId === input.periodId,
  );

export const decideByName = async (call: CliCall, input: ReviewByName): Promise<ReviewItem> => {
  if (input.department.trim() === '') throw new ApiError('bad_input', '请用 --dept 指定部门');
  const item = await findItem(call, input);
  if (!item) throw new ApiError('not_found', `${input.department}在 ${input.periodId} 没有报送任务 ${input.task} 的进度`);
  const key = { taskId: item.taskId, departmentId: item.departmentId, periodId: item.periodId, reportVersion: item.reportVersion };
  const result = await call('review.decide', { items: [key], decision: input.decision, reason: input.reason ?? '', reviewer: input.reviewer ?? '' });
  const skipped = result.skipped[0];
  if (skipped) {
    const why = item.state === 'pending' ? skipped.reason : `该版本的填报已审核过(${STATE_TEXT[item.state]}),等部门重新报送后再审核`;
    throw new ApiError('conflict', why);
  }
  const after = await findItem(call, input);
  if (!after) throw new ApiError('internal', '审核已记录但读取失败');
  return after;
};
