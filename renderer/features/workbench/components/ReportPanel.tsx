// The right-hand side: the task, the period picker, the office's word on a returned report, the form,
// what participants reported (for a lead unit) and the timeline.
import { formatDay } from '../../../../shared/progress/deadline';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import { useWorkbench } from '../store';
import { DeadlineText, StateBadge } from './Badges';
import { ParticipantReports } from './ParticipantReports';
import { ReportForm } from './ReportForm';
import { Timeline } from './Timeline';
import { TaskLifecyclePanel } from '../../lifecycle/components/TaskLifecyclePanel';

export const ReportPanel = () => {
  const { detail, timeline, openTask, closeTask, settings } = useWorkbench();
  if (!detail) return <div className="report-panel empty-panel muted">在左侧选择一项任务,填写本期进展。</div>;
  const { task, period, latestReview, report } = detail;

  return (
    <section className="report-panel" aria-label="任务填报">
      {/* A returned report opens with the office's reason first, before anything else. */}
      {detail.state === 'returned' && latestReview ? (
        <div className="returned-banner" role="alert">
          <strong>办公室已退回本期报告</strong>
          {latestReview.reviewer ? `(${latestReview.reviewer})` : ''}:{latestReview.reason}
          <div className="muted">请按意见修改后重新提交。</div>
        </div>
      ) : null}
      <header className="report-head">
        <div>
          <h2>
            <span className="code">{task.code}.</span> {task.title}
          </h2>
          <div className="report-meta">
            <span className={`role-tag ${detail.role}`}>{detail.role === 'lead' ? '牵头' : '参与'}</span>
            <span>牵头:{task.leads.join('、') || '—'}</span>
            {task.participants.length > 0 ? <span>参与:{task.participants.join('、')}</span> : null}
            <DeadlineText deadline={task.deadline} deadlineText={task.deadlineText} today={detail.today} />
          </div>
        </div>
        <button type="button" className="small" onClick={() => void closeTask()} aria-label="关闭">
          ✕
        </button>
      </header>
      {task.content ? <p className="task-content-full">{task.content}</p> : null}

      {/* 延期与办结 first: a closed task or a new deadline changes what the form below is for. */}
      <TaskLifecyclePanel
        taskId={task.id}
        departmentId={detail.department.id}
        attachmentTypes={settings?.attachmentTypes ?? []}
        maxBytes={settings?.maxAttachmentBytes ?? null}
        onChanged={() => void openTask(task.id, period.id)}
      />
      <div className="period-row">
        <label>
          报告期
          <select aria-label="报告期" value={period.id} onChange={(e) => void openTask(task.id, e.target.value)}>
            {/* Newest first, as every list of periods in the app. */}
            {[...detail.periods].reverse().map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">报送截止 {formatDay(period.due)}</span>
        <StateBadge state={detail.state} />
      </div>

      {(detail.state === 'submitted' || detail.state === 'accepted') && report ? (
        <div className="submitted-banner" role="status">
          {detail.state === 'accepted' ? '办公室已审核通过。' : '已提交,等待办公室审核。'}
          {reportStatusLabel[report.status]}
          {report.percent === null ? '' : `,完成 ${report.percent}%`}。提交后不能修改;如需修改,请联系办公室退回。
        </div>
      ) : null}

      <ReportForm />
      {detail.role === 'lead' ? <ParticipantReports reports={detail.participantReports} /> : null}
      <Timeline events={timeline} />
    </section>
  );
};
