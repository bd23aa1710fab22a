// 延期申请 and 办结销号 (issue 21) as the screens and the API see them.
import type { Day } from '../progress/days.js';
import type { DraftAttachment } from '../progress/types.js';

export type LifecycleKind = 'extension' | 'closure';
export type LifecycleAction = 'approve' | 'refuse' | 'reopen';
export type RequestState = 'pending' | 'approved' | 'refused';

export type LifecycleDecisionView = {
  id: string;
  action: LifecycleAction;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  newDeadline: Day | null;
};

export type LifecycleRequestView = {
  id: string;
  version: number;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  departmentId: string;
  departmentName: string;
  kind: LifecycleKind;
  /** The deadline that stood when the unit asked. */
  currentDeadline: Day | null;
  requestedDeadline: Day | null;
  reason: string;
  finalReport: string;
  requestedBy: string;
  createdAt: string;
  attachments: DraftAttachment[];
  state: RequestState;
  decision: LifecycleDecisionView | null;
};

/** What a task's lifecycle is now, and what this unit may ask for on it. */
export type TaskLifecycle = {
  taskId: string;
  originalDeadline: Day | null;
  effectiveDeadline: Day | null;
  /** "原定2026年12月底,经批准延至2027年3月底" when an approved 延期 stands, else null. */
  extensionNote: string | null;
  closedAt: Day | null;
  /** Who closed it and why it was reopened: the latest closure or reopening, for the banner. */
  reopenedReason: string | null;
  isLead: boolean;
  /** Why this unit cannot ask now (not lead, closed, one pending); null when it can. */
  extensionBlocked: string | null;
  closureBlocked: string | null;
  requests: LifecycleRequestView[];
};

export type LifecycleQueue = { pending: number; items: LifecycleRequestView[] };

export type LifecycleDecideResult = { request: LifecycleRequestView };
