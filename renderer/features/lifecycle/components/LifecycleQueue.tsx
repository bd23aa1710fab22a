// 审核 → 延期与办结: the requests the office received (from the units' progress packages), pending first;
// the open one in full with its evidence; 批准/不予批准 (同意销号/不予销号) with a reason, and for a closed
// task 重新启用. Every decision asks for confirmation and travels back in the unit's next receipt package.
import { useCallback, useEffect, useState } from 'react';
import { decisionLabel, deadlineWords, kindLabel, stateLabel } from '../../../../shared/lifecycle/labels';
import type { LifecycleQueue as Queue, LifecycleRequestView, TaskLifecycle } from '../../../../shared/lifecycle/types';
import { errorMessage, invoke } from '../../../api/client';
import { askConfirm } from '../../../app/confirm';
import { RequestList, RequestSummary } from './RequestList';
import '../lifecycle.css';
import { Banners } from '../../../app/Banners';

type Filter = 'pending' | 'decided' | 'all';
const FILTERS: [Filter, string][] = [
  ['pending', '待审批'],
  ['decided', '已处理'],
  ['all', '全部'],
];

export const LifecycleQueue = ({ planId, onCount }: { planId: string | undefined; onCount: (pending: number) => void }) => {
  const [filter, setFilter] = useState<Filter>('pending');
  const [queue, setQueue] = useState<Queue | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [task, setTask] = useState<TaskLifecycle | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const q = await invoke('lifecycle.queue', { ...(planId ? { planId } : {}), state: filter });
      setQueue(q);
      onCount(q.pending);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [planId, filter, onCount]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (item: LifecycleRequestView): Promise<void> => {
    setOpenId(item.id);
    setReason('');
    setError(null);
    try {
      setTask(await invoke('lifecycle.task', { taskId: item.taskId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const item = queue?.items.find((i) => i.id === openId) ?? task?.requests.find((r) => r.id === openId) ?? null;

  const decide = async (decision: 'approve' | 'refuse'): Promise<void> => {
    if (!item) return;
    const label = decisionLabel(item.kind, decision);
    if (decision === 'refuse' && reason.trim() === '') {
      setError(`${label}时请写明理由`);
      return;
    }
    const what = item.kind === 'extension' && item.requestedDeadline ? `,完成时限改为${deadlineWords(item.requestedDeadline)}` : item.kind === 'closure' && decision === 'approve' ? ',任务办结销号' : '';
    const ok = await askConfirm({ title: label, body: `${item.departmentName}:${item.taskCode}. ${item.taskTitle}${decision === 'approve' ? what : ''}。决定随下次导出的回执发给该单位。`, confirmLabel: label, isDanger: decision === 'refuse' });
    if (!ok) return;
    try {
      await invoke('lifecycle.decide', { requestId: item.id, requestVersion: item.version, decision, reason });
      setNotice(`已${label}:${item.departmentName} ${item.taskCode}. ${item.taskTitle}`);
      setError(null);
      setReason('');
      setTask(await invoke('lifecycle.task', { taskId: item.taskId }));
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const reopen = async (): Promise<void> => {
    if (!task || !item) return;
    if (reason.trim() === '') {
      setError('重新启用时请写明理由');
      return;
    }
    const ok = await askConfirm({ title: '重新启用任务', body: `${item.taskCode}. ${item.taskTitle} 将重新列入催报和各期填报。`, confirmLabel: '重新启用' });
    if (!ok) return;
    try {
      setTask(await invoke('lifecycle.reopen', { taskId: task.taskId, reason }));
      setNotice(`已重新启用:${item.taskCode}. ${item.taskTitle}`);
      setError(null);
      setReason('');
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const items = queue?.items ?? [];
  return (
    <div className="review-workspace">
      <div className="review-bar">
        <div className="review-states" role="group" aria-label="申请状态">
          {FILTERS.map(([f, label]) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {label}
              {f === 'pending' && queue ? ` ${queue.pending}` : ''}
            </button>
          ))}
        </div>
        <span className="muted">各单位的延期申请和办结申请随进度包到达,在“数据交换”导入后出现在这里。</span>
      </div>
      <Banners error={error} notice={notice} />
      <div className="lc-queue">
        <div className="lc-queue-list">
          {items.length === 0 ? (
            <p className="muted review-empty">{!queue ? '正在载入…' : filter === 'pending' ? '没有待审批的延期或办结申请。' : '没有符合条件的申请。'}</p>
          ) : (
            <ul className="review-list" aria-label="申请列表">
              {items.map((r) => (
                <li key={r.id} className={`review-row ${openId === r.id ? 'active' : ''}`} aria-current={openId === r.id ? 'true' : undefined}>
                  <button type="button" className="review-row-main" onClick={() => void open(r)}>
                    <span className="review-row-title" title={`${r.taskCode}. ${r.taskTitle}`}>
                      {kindLabel[r.kind]} · {r.taskCode}. {r.taskTitle}
                    </span>
                    <span className="review-row-meta">
                      {r.departmentName}
                      {r.kind === 'extension' && r.requestedDeadline ? ` · 申请延至${deadlineWords(r.requestedDeadline)}` : ''} · {stateLabel[r.state]}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="lc-queue-detail">
          {!item ? (
            <p className="muted">在左侧选择一份申请。</p>
          ) : (
            <>
              <h2>
                {kindLabel[item.kind]}:{item.taskCode}. {item.taskTitle}
              </h2>
              <div className="muted">
                申请单位:{item.departmentName}
                {item.requestedBy ? `(${item.requestedBy})` : ''}
              </div>
              {task?.closedAt ? <div className="lc-closed">本任务已办结销号({deadlineWords(task.closedAt)})</div> : null}
              {task?.extensionNote ? <div className="lc-note lc-extended">{task.extensionNote}</div> : null}
              <RequestSummary request={item} onError={setError} />
              {item.state === 'pending' || task?.closedAt ? (
                <div className="review-decision">
                  <label className="lc-field">
                    {item.state === 'pending' ? '审批意见(不同意时必填)' : '重新启用理由(必填)'}
                    <textarea aria-label="审批意见" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
                  </label>
                  <div className="lc-actions">
                    {item.state === 'pending' ? (
                      <>
                        <button type="button" className="btn" onClick={() => void decide('approve')}>
                          {decisionLabel(item.kind, 'approve')}
                        </button>
                        <button type="button" className="btn btn-danger" onClick={() => void decide('refuse')}>
                          {decisionLabel(item.kind, 'refuse')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="btn" onClick={() => void reopen()}>
                        重新启用任务
                      </button>
                    )}
                  </div>
                </div>
              ) : null}
              {task ? (
                <>
                  <h3>本任务的全部申请</h3>
                  <RequestList requests={task.requests} onError={setError} />
                </>
              ) : null}
            </>
          )}
        </div>
      </div>
    </div>
  );
};
