// The notice's sentences, shared by the print view (renderer) and the .docx (db), so both say the same.
import { formatDay } from '../progress/deadline.js';
import type { IssuedNotice } from './types.js';

export const noticeTitle = '催办通知单';

type Wording = Pick<IssuedNotice, 'planTitle' | 'periodLabel' | 'issuedOn' | 'replyBy' | 'officeName' | 'tasks'>;

export const noticeOpening = (n: Wording): string =>
  `根据《${n.planTitle}》工作任务分解表和${n.periodLabel}进展报送要求,截至${formatDay(n.issuedOn)},你单位有以下 ${n.tasks.length} 项工作任务未按时报送进展或超过完成时限尚未完成:`;

export const noticeClosing = (n: Wording): string => {
  const hasOverdue = n.tasks.some((t) => t.daysOverdue !== null);
  return `请于${formatDay(n.replyBy)}前将上述任务的进展情况、存在问题和下一步工作计划报送${n.officeName}${
    hasOverdue ? ';超过完成时限的任务,请一并说明未完成的原因和预计完成时间' : ''
  }。特此通知。`;
};
