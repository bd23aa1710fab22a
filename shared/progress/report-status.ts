// The words of a progress report and the one place that decides a report's state (未填 / 草稿 / 已提交 /
// 已退回 / 已通过). The state is read from versions, never clocks: a review counts only while it names the
// report's current row_version, so a resubmission makes an older 退回 no longer current.

export type ReportStatus = 'not_started' | 'on_track' | 'done' | 'behind' | 'ongoing';

export const reportStatuses: ReportStatus[] = ['not_started', 'on_track', 'done', 'behind', 'ongoing'];

export const reportStatusLabel: Record<ReportStatus, string> = {
  not_started: '未启动',
  on_track: '正常推进',
  done: '已完成',
  behind: '滞后',
  ongoing: '长期坚持',
};

export type ReportState = 'empty' | 'draft' | 'submitted' | 'returned' | 'accepted';

export const reportStateLabel: Record<ReportState, string> = {
  empty: '未填',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  accepted: '已通过',
};

export type ReviewDecision = 'accept' | 'return';

export type StateInput = {
  hasDraft: boolean;
  /** row_version of the submitted report, or null when none was submitted. */
  reportVersion: number | null;
  /** The latest review of this report (by report_version), if any. */
  latestReview: { reportVersion: number; decision: ReviewDecision } | null;
};

export const reportStateOf = ({ hasDraft, reportVersion, latestReview }: StateInput): ReportState => {
  if (reportVersion === null) return hasDraft ? 'draft' : 'empty';
  if (latestReview && latestReview.reportVersion === reportVersion) {
    return latestReview.decision === 'accept' ? 'accepted' : 'returned';
  }
  return 'submitted';
};

/** Whether the clerk may still change this period's report: before submitting, or after a 退回. */
export const isEditable = (state: ReportState): boolean => state === 'empty' || state === 'draft' || state === 'returned';
