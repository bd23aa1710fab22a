// Issuing 催办通知单: for one unit, the office types the 文号 and the reply-by day and sees the tasks the
// notice will list; for all late units, a 文号 prefix and the first number (each unit gets the next).
import { useState } from 'react';
import { noticeTaskSituation } from '../../../../shared/notices/types';
import { formatDay } from '../../../../shared/progress/deadline';
import { useNoticesStore } from '../store';

type Props = { onIssued: (ids: string[]) => void };

export const IssueDialog = ({ onIssued }: Props) => {
  const { drafts, target, isIssuing, error, open, issueOne, issueAll } = useNoticesStore();
  const [docNumber, setDocNumber] = useState('');
  const [docPrefix, setDocPrefix] = useState('');
  const [firstNumber, setFirstNumber] = useState('1');
  const [replyBy, setReplyBy] = useState(drafts?.suggestedReplyBy ?? '');
  if (!target || !drafts) return null;
  const units = target.kind === 'all' ? drafts.units : drafts.units.filter((u) => u.departmentId === target.departmentId);
  const unit = units[0];
  const submit = async (): Promise<void> => {
    if (target.kind === 'one' && unit) {
      const issued = await issueOne(unit.departmentId, docNumber, replyBy);
      if (issued) onIssued([issued.id]);
    } else {
      const issued = await issueAll(docPrefix, Number(firstNumber), replyBy);
      if (issued) onIssued(issued.map((n) => n.id));
    }
  };
  const n = Number(firstNumber);
  return (
    <div className="confirm-backdrop">
      <div className="confirm-dialog notice-dialog" role="dialog" aria-modal="true" aria-labelledby="notice-dialog-title">
        <h2 id="notice-dialog-title">{target.kind === 'all' ? `为 ${units.length} 个单位发催办通知单` : `发催办通知单:${unit?.name ?? ''}`}</h2>
        <p className="muted">
          {drafts.period.label} · 报送截止 {formatDay(drafts.period.due)} · 发文单位 {drafts.officeName}(在“通报”页修改)
        </p>
        {target.kind === 'one' ? (
          <label>
            <span>文号</span>
            <input value={docNumber} onChange={(e) => setDocNumber(e.target.value)} placeholder="如 湛质办督〔2026〕12号" aria-label="文号" />
          </label>
        ) : (
          <>
            <label>
              <span>文号前缀</span>
              <input value={docPrefix} onChange={(e) => setDocPrefix(e.target.value)} placeholder="如 湛质办督〔2026〕" aria-label="文号前缀" />
            </label>
            <label>
              <span>起始编号</span>
              <input value={firstNumber} onChange={(e) => setFirstNumber(e.target.value)} inputMode="numeric" aria-label="起始编号" />
            </label>
          </>
        )}
        <label>
          <span>回复期限</span>
          <input type="date" value={replyBy} onChange={(e) => setReplyBy(e.target.value)} aria-label="回复期限" />
        </label>
        <div className="notice-preview">
          <table className="report-table">
            <thead>
              <tr>
                {target.kind === 'all' ? <th>文号</th> : null}
                <th>单位</th>
                <th>所列任务</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u, k) => (
                <tr key={u.departmentId}>
                  {target.kind === 'all' ? <td className="doc">{docPrefix && Number.isInteger(n) ? `${docPrefix}${n + k}号` : '—'}</td> : null}
                  <td>{u.name}</td>
                  <td>
                    {u.tasks.map((t) => (
                      <div key={t.taskId}>
                        {t.code}. {t.title}({noticeTaskSituation(t, drafts.period.label)})
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="confirm-actions">
          <button type="button" className="btn" onClick={() => void submit()} disabled={isIssuing}>
            {isIssuing ? '正在发出…' : target.kind === 'all' ? '全部发出' : '发出并打印'}
          </button>
          <button type="button" className="btn btn-plain" onClick={() => open(null)}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
};
