// A review decision named as a person types it (task code or id, unit name), through the CLI's own path
// (hosts/cli/review-by-name.ts → review.decide): the one way a decision is recorded.
import type { ApiArg, ApiMethod } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { ReviewDecisionResult, ReviewKey } from '../../shared/review/types.js';
import type { ReviewItem } from '../../shared/sync/types.js';
import type { Backend } from '../../db/backend.js';
import { decideByName, type ReviewByName } from '../../hosts/cli/review-by-name.js';
import { call, type Site } from './sync-fixture.js';
import { dispatch } from '../../shared/api/validate.js';

export const reviewAs = (site: Site, input: ReviewByName): Promise<ReviewItem> =>
  decideByName(<M extends ApiMethod>(method: M, arg: ApiArg<M>) => call(site, method, arg), input);

type Decision = ReviewKey & { decision: 'accept' | 'return'; reason?: string; reviewer?: string };

/**
 * The office's decision on a report's current version, by ids, through review.decide (what the 审核 workspace
 * sends). A skipped item (already judged, or a newer version arrived) fails with the backend's reason.
 */
export const decideReport = async (backend: Backend, input: Decision): Promise<void> => {
  const { decision, reason, reviewer, ...key } = input;
  const row = backend.db
    .prepare('SELECT row_version FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ? AND deleted = 0')
    .get(key.taskId, key.departmentId, key.periodId) as { row_version: number } | undefined;
  const result = (await dispatch(backend, 'review.decide', { items: [{ ...key, reportVersion: row?.row_version ?? 1 }], decision, reason: reason ?? '', reviewer: reviewer ?? '' })) as ReviewDecisionResult;
  const skipped = result.skipped[0];
  if (skipped) throw new ApiError('conflict', skipped.reason);
};
