// 催办通知单 on the chase screen: the period's late units (unreported after the due day, or leading a
// task past its deadline), each with the notices already sent and a button to send one; one button for all.
import { useEffect } from 'react';
import type { IssuedNotice } from '../../../../shared/notices/types';
import { formatDay } from '../../../../shared/progress/deadline';
import { useNoticesStore } from '../store';
import { IssueDialog } from './IssueDialog';
import '../notices.css';

type Props = { planId?: string; periodId: string; onOpen: (ids: string[]) => void };

/** The log of a unit's notices, newest first, as the chase rows show it. */
export const NoticeLog = ({ notices, onOpen }: { notices: IssuedNotice[] | undefined; onOpen: (ids: string[]) => void }) =>
  !notices || notices.length === 0 ? (
    <span className="muted">未发</span>
  ) : (
    <span className="notice-log">
      已发 {notices.length} 次:
      {notices.slice(0, 2).map((n, i) => (
        <span key={n.id} className="doc">
          {i > 0 ? '、' : ''}
          <button type="button" className="link-number" onClick={() => onOpen([n.id])}>
            {n.docNumber}
          </button>
          ({formatDay(n.issuedOn)})
        </span>
      ))}
      {notices.length > 2 ? '…' : ''}
    </span>
  );

export const NoticePanel = ({ planId, periodId, onOpen }: Props) => {
  const { drafts, logByUnit, error, notice, target, load, open } = useNoticesStore();
  useEffect(() => {
    void load({ planId, periodId });
  }, [load, planId, periodId]);
  if (!drafts) return error ? <div className="error-banner">{error}</div> : null;
  return (
    <div className="notice-panel">
      <h3>
        催办通知单 <span className="muted">{drafts.period.label} · 未按时报送或超过完成时限的单位</span>
      </h3>
      {notice ? (
        <div className="notice-banner" role="status">
          {notice}
        </div>
      ) : null}
      {error && !drafts ? <div className="error-banner">{error}</div> : null}
      {drafts.units.length === 0 ? (
        <p className="empty">本期没有需要催办的单位。</p>
      ) : (
        <>
          <div className="notice-actions">
            <button type="button" onClick={() => open({ kind: 'all' })}>
              为全部 {drafts.units.length} 个单位发通知单
            </button>
          </div>
          <table className="report-table notice-units">
            <thead>
              <tr>
                <th>单位</th>
                <th>未报送</th>
                <th>逾期未完成</th>
                <th>已发通知单</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {drafts.units.map((u) => (
                <tr key={u.departmentId}>
                  <td>{u.name}</td>
                  <td className="rp-num">{u.tasks.filter((t) => t.isUnreported).length}</td>
                  <td className="rp-num">{u.tasks.filter((t) => t.daysOverdue !== null).length}</td>
                  <td>
                    <NoticeLog notices={logByUnit[u.departmentId]} onOpen={onOpen} />
                  </td>
                  <td>
                    <button type="button" onClick={() => open({ kind: 'one', departmentId: u.departmentId })}>
                      发催办通知单
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <IssueDialog key={target ? JSON.stringify(target) : 'closed'} onIssued={onOpen} />
    </div>
  );
};
