import '../review.css';
// 审核: the office's queue of submitted reports, filtered by unit, period, light and state; the open
// report in full beside its task and the previous period's report; accept, return with a reason, or
// accept the ticked ones together. The keyboard drives it: ↑/↓ (or K/J) move, A accepts, R returns.
import { useEffect, useRef } from 'react';
import { lightLabel, type Light } from '../../../../shared/progress/lights';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import { LightDot } from '../../workbench/components/Badges';
import { keyOf, useReview, type QueueFilters } from '../store';
import { ReviewDetail } from './ReviewDetail';
import { Banners } from '../../../app/Banners';

const STATES: [QueueFilters['state'], string][] = [
  ['pending', '待审核'],
  ['returned', '已退回'],
  ['accepted', '已通过'],
  ['all', '全部'],
];
const LIGHTS: (Light | 'all')[] = ['all', 'red', 'yellow', 'blue', 'green', 'none'];

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);

export const ReviewWorkspace = ({ planId }: { planId: string | undefined }) => {
  const { queue, filters, openKey, checked, notice, error, isBusy, load, setFilters, open, step, toggle, toggleAll, accept, acceptChecked } = useReview();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void load(planId);
  }, [load, planId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('.confirm-backdrop')) return;
      const key = e.key.toLowerCase();
      if (key === 'arrowdown' || key === 'j') void step(1);
      else if (key === 'arrowup' || key === 'k') void step(-1);
      else if (key === 'a') void accept();
      else if (key === 'r') reasonRef.current?.focus();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, accept]);

  // The open item stays in view as the keyboard moves through a long list.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [openKey]);

  const items = queue?.items ?? [];
  const pendingShown = items.filter((i) => i.state === 'pending');
  const checkedCount = pendingShown.filter((i) => checked.has(keyOf(i))).length;
  const isAllChecked = pendingShown.length > 0 && checkedCount === pendingShown.length;

  return (
    <div className="review-workspace">
      <div className="review-bar" role="search" aria-label="筛选">
        <label>
          报告期
          <select
            aria-label="报告期"
            value={filters.periodId}
            disabled={(queue?.periods.length ?? 0) === 0}
            onChange={(e) => void setFilters({ periodId: e.target.value, departmentId: '' })}
          >
            {queue && queue.periods.length === 0 ? <option value="">尚无报告</option> : null}
            {(queue?.periods ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          单位
          <select aria-label="单位" value={filters.departmentId} onChange={(e) => void setFilters({ departmentId: e.target.value })}>
            <option value="">全部单位</option>
            {(queue?.units ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.pending ? `(待审 ${u.pending})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          亮灯
          <select aria-label="亮灯" value={filters.light} onChange={(e) => void setFilters({ light: e.target.value as QueueFilters['light'] })}>
            {LIGHTS.map((l) => (
              <option key={l} value={l}>
                {l === 'all' ? '全部' : lightLabel[l]}
              </option>
            ))}
          </select>
        </label>
        <div className="review-states" role="group" aria-label="审核状态">
          {STATES.map(([state, label]) => (
            <button key={state} type="button" aria-pressed={filters.state === state} onClick={() => void setFilters({ state })}>
              {label}
              {state !== 'all' && queue ? ` ${queue.counts[state]}` : ''}
            </button>
          ))}
        </div>
      </div>
      <Banners error={error} notice={notice} />
      <div className="review-body">
        <div className="review-queue">
          <div className="review-queue-head">
            <label>
              <input type="checkbox" aria-label="全选待审核" checked={isAllChecked} disabled={pendingShown.length === 0} onChange={toggleAll} />
              共 {items.length} 份
            </label>
            <button type="button" className="btn" disabled={checkedCount === 0 || isBusy} onClick={() => void acceptChecked()}>
              批量通过{checkedCount ? `(${checkedCount})` : ''}
            </button>
          </div>
          {items.length === 0 ? (
            <p className="muted review-empty">{!queue ? '正在载入…' : queue.periods.length === 0 ? '本规划还没有收到任何报告。各单位报送后,在“数据交换”导入数据包,报告就会出现在这里。' : '没有符合条件的报告。'}</p>
          ) : (
            <ul className="review-list" aria-label="审核队列" ref={listRef}>
              {items.map((item) => {
                const key = keyOf(item);
                return (
                  <li key={key} className={`review-row ${openKey === key ? 'active' : ''}`} aria-current={openKey === key ? 'true' : undefined}>
                    <input
                      type="checkbox"
                      aria-label={`选择 ${item.departmentName} ${item.taskCode}`}
                      checked={checked.has(key)}
                      disabled={item.state !== 'pending'}
                      onChange={() => toggle(item)}
                    />
                    <button type="button" className="review-row-main" onClick={() => void open(item)}>
                      <span className="review-row-title" title={`${item.taskCode}. ${item.taskTitle}`}>
                        <LightDot light={item.light} reason={item.lightReason} /> {item.taskCode}. {item.taskTitle}
                      </span>
                      <span className="review-row-meta">
                        {item.departmentName} · {reportStatusLabel[item.status]} · {item.percent ?? '—'}%
                        {item.answersReturn !== null ? ' · 退回后重报' : ''}
                        {item.state !== 'pending' ? ` · ${item.state === 'accepted' ? '已通过' : '已退回'}` : ''}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <ReviewDetail reasonRef={reasonRef} />
      </div>
    </div>
  );
};
