import { useState } from 'react';
import type { ReviewItem } from '../../../../shared/sync/types';
import { useSyncStore } from '../store';

const STATE = { pending: { label: '待审核', tone: 'warn' }, accepted: { label: '已通过', tone: 'ok' }, returned: { label: '已退回', tone: 'bad' } } as const;

const Row = ({ item, isOffice }: { item: ReviewItem; isOffice: boolean }) => {
  const review = useSyncStore((s) => s.review);
  const [reason, setReason] = useState('');
  return (
    <tr>
      <td>
        <div className="sync-file">
          {item.taskCode}. {item.taskTitle}
        </div>
        <div className="sync-sub">
          {item.departmentName} · {item.periodId} · 第 {item.reportVersion} 版 · {item.percent ?? '—'}%
        </div>
      </td>
      <td>{item.progress}</td>
      <td>
        <span className={`badge badge-${STATE[item.state].tone}`}>{STATE[item.state].label}</span>
        {item.lastDecision?.decision === 'return' ? <div className="sync-sub">退回理由(第 {item.lastDecision.reportVersion} 版):{item.lastDecision.reason}</div> : null}
      </td>
      <td>
        {isOffice && item.state === 'pending' ? (
          <div className="review-actions">
            <button type="button" className="btn" onClick={() => void review(item, 'accept', '')}>
              通过
            </button>
            <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="退回理由" aria-label="退回理由" />
            <button type="button" className="btn btn-plain" disabled={reason.trim() === ''} onClick={() => void review(item, 'return', reason)}>
              退回
            </button>
          </div>
        ) : null}
      </td>
    </tr>
  );
};

export const ReviewPanel = () => {
  const { reviews, status } = useSyncStore();
  if (reviews.length === 0) return <p className="sync-empty">还没有收到填报。</p>;
  return (
    <table className="sync-table" aria-label="审核">
      <thead>
        <tr>
          <th style={{ width: '30%' }}>任务 / 单位</th>
          <th>进展情况</th>
          <th style={{ width: '18%' }}>审核状态</th>
          <th style={{ width: '24%' }}>操作</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((r) => (
          <Row key={`${r.taskId}|${r.departmentId}|${r.periodId}`} item={r} isOffice={status?.role === 'office'} />
        ))}
      </tbody>
    </table>
  );
};
