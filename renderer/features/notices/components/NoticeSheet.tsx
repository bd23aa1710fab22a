// One 催办通知单 as an A4 page: the office's name in red, 文号, title, the unit, the tasks with their
// deadlines and what is late, the reply-by date, the office's name and date. The .docx says the same
// (shared/notices/wording.ts).
import { noticeTaskSituation, type IssuedNotice } from '../../../../shared/notices/types';
import { noticeClosing, noticeOpening, noticeTitle } from '../../../../shared/notices/wording';
import { formatDay } from '../../../../shared/progress/deadline';

export const NoticeSheet = ({ notice }: { notice: IssuedNotice }) => (
  <article className="notice-sheet" data-notice-id={notice.id}>
    <header className="notice-head">
      <div className="notice-org">{notice.officeName}</div>
      <div className="notice-rule" />
      <div className="notice-number">{notice.docNumber}</div>
      <h1>{noticeTitle}</h1>
    </header>
    <p className="notice-to">{notice.departmentName}:</p>
    <p className="notice-text">{noticeOpening(notice)}</p>
    <table className="report-table notice-table">
      <thead>
        <tr>
          <th className="col-code">序号</th>
          <th>工作任务</th>
          <th>完成时限</th>
          <th>情形</th>
        </tr>
      </thead>
      <tbody>
        {notice.tasks.map((t) => (
          <tr key={t.taskId}>
            <td className="col-code">{t.code}</td>
            <td>{t.title}</td>
            <td>{t.deadlineText || (t.deadline ? formatDay(t.deadline) : '—')}</td>
            <td>{noticeTaskSituation(t, notice.periodLabel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <p className="notice-text">{noticeClosing(notice)}</p>
    <footer className="notice-sign">
      <div>{notice.officeName}</div>
      <div>{formatDay(notice.issuedOn)}</div>
    </footer>
  </article>
);
