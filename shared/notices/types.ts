// 催办通知单: a formal notice to a late unit (issue 21). The draft is what the office is about to send;
// an issued notice is the document as it went out (its tasks copied at the time), kept in the office's log.
import type { Day } from '../progress/days.js';

/** One task on a notice: unreported this period, past its deadline undone, or both. */
export type NoticeTask = {
  taskId: string;
  code: string;
  title: string;
  /** The task's 完成时限 as the plan words it, and the parsed day where there is one. */
  deadlineText: string;
  deadline: Day | null;
  isUnreported: boolean;
  /** Days past the deadline (lead tasks only); null when the task is not overdue. */
  daysOverdue: number | null;
};

export type NoticeUnitDraft = {
  departmentId: string;
  name: string;
  contact: string;
  tasks: NoticeTask[];
  /** Notices already issued to this unit for the plan, newest first (文号 and day). */
  issued: NoticeRef[];
};

export type NoticeRef = { id: string; docNumber: string; issuedOn: Day; periodId: string };

export type NoticeDrafts = {
  plan: { id: string; title: string };
  period: { id: string; label: string; due: Day };
  today: Day;
  officeName: string;
  /** Seven days from today by the office's clock: a default the office may change. */
  suggestedReplyBy: Day;
  units: NoticeUnitDraft[];
};

export type IssuedNotice = {
  id: string;
  /** Issue order on the office's PC: timelines place notices by this, never by the clock. */
  seq: number;
  planId: string;
  planTitle: string;
  periodId: string;
  periodLabel: string;
  periodDue: Day;
  departmentId: string;
  departmentName: string;
  docNumber: string;
  replyBy: Day;
  officeName: string;
  /** The office's day when issued: printed on the notice, display only. */
  issuedOn: Day;
  /** The office PC's clock when issued (ISO): shown on the timeline, never used to order anything. */
  issuedAt: string;
  batchId: string | null;
  tasks: NoticeTask[];
};

/** A file made for the office to save: .docx of one notice, or a zip holding a folder of them. */
export type NoticeFile = { fileName: string; byteLength: number; dataBase64: string };

export type NoticeBatchResult = { notices: IssuedNotice[]; file: NoticeFile };

/** What the notice says of a task, for the table and the timeline. */
export const noticeTaskSituation = (t: Pick<NoticeTask, 'isUnreported' | 'daysOverdue'>, periodLabel: string): string =>
  [t.isUnreported ? `未报送${periodLabel}进展` : '', t.daysOverdue !== null ? `已超过完成时限 ${t.daysOverdue} 天未完成` : '']
    .filter((s) => s !== '')
    .join(';');
