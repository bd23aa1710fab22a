// One report in full beside its task and the period before, with the decision at the bottom.
import type { RefObject } from 'react';
import { formatClock } from '../../../../shared/progress/dates';
import { DeadlineText, LightDot } from '../../workbench/components/Badges';
import { useReview } from '../store';
import { AddIndicator } from './AddIndicator';
import { ReportColumns } from './ReportColumns';

const STATE_LABEL = { pending: '待审核', accepted: '已通过', returned: '已退回' } as const;

export const ReviewDetail = ({ reasonRef }: { reasonRef: RefObject<HTMLTextAreaElement | null> }) => {
  const { detail, reason, reasonError, isBusy, setReason, accept, returnOpen, open } = useReview();
  const onError = (message: string): void => useReview.setState({ error: message });
  if (!detail) return <section className="review-detail empty-panel muted">在左侧选择一份报告。</section>;
  const { item, detail: d, previous, history } = detail;
  return (
    <section className="review-detail" aria-label="报告详情">
      <header className="review-head">
        <h2 title={d.task.title}>
          <span className="code">{d.task.code}.</span> {d.task.title}
        </h2>
        <div className="report-meta">
          <strong>{item.departmentName}</strong>
          <span className={`role-tag ${d.role}`}>{d.role === 'lead' ? '牵头' : '参与'}</span>
          <span>{item.periodLabel}</span>
          <span>第 {item.reportVersion} 版</span>
          <span className={`badge badge-${item.state === 'pending' ? 'warn' : item.state === 'accepted' ? 'ok' : 'bad'}`}>{STATE_LABEL[item.state]}</span>
          <span>
            <LightDot light={item.light} reason={item.lightReason} /> {item.lightReason}
          </span>
          <DeadlineText deadline={d.task.deadline} deadlineText={d.task.deadlineText} today={d.today} />
        </div>
        {d.task.content ? <p className="task-content-full">{d.task.content}</p> : null}
        {item.answersReturn ? <div className="returned-banner">这是退回后重新报送的版本。上次退回理由:{item.answersReturn}</div> : null}
      </header>
      <ReportColumns
        current={d.report}
        currentLabel={item.periodLabel}
        previous={previous.report}
        previousLabel={previous.periodLabel}
        indicators={d.indicators}
        attachments={d.attachments}
        onError={onError}
      />
      {d.indicators.length === 0 ? <AddIndicator taskId={d.task.id} taskCode={d.task.code} onAdded={() => void open(item)} /> : null}
      {history.length > 0 ? (
        <div className="review-history">
          <h3>审核记录</h3>
          <ol>
            {history.map((h, i) => (
              <li key={i}>
                {formatClock(h.at)} · 第 {h.reportVersion} 版 · {h.decision === 'accept' ? '通过' : `退回:${h.reason}`}
                {h.reviewer ? `(${h.reviewer})` : ''}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {item.state === 'pending' ? (
        <div className="review-decision">
          <label className={`field review-reason ${reasonError ? 'has-error' : ''}`}>
            <span className="field-label">退回理由(退回时必填)</span>
            <textarea
              ref={reasonRef}
              aria-label="退回理由"
              aria-invalid={reasonError ? true : undefined}
              rows={2}
              maxLength={2000}
              value={reason}
              placeholder="写明要单位补充或改正什么"
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void returnOpen();
                }
              }}
            />
            {reasonError ? (
              <span className="field-message" role="alert">
                {reasonError}
              </span>
            ) : null}
          </label>
          <div className="review-buttons">
            <button type="button" className="btn" disabled={isBusy} onClick={() => void accept()} title="快捷键 A">
              通过
            </button>
            <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => void returnOpen()} title="快捷键 R,理由框内 Ctrl+Enter">
              退回
            </button>
            <span className="muted review-keys">↑↓ 上一份/下一份 · A 通过 · R 写退回理由</span>
          </div>
        </div>
      ) : null}
    </section>
  );
};
