// My tasks, 牵头 then 参与, virtualised: only the rows in view are in the DOM, so 10,000 tasks scroll
// as smoothly as 10.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Role } from '../../../../shared/domain/types';
import type { MyTaskRow } from '../../../../shared/progress/types';
import { DeadlineText, LightDot, StateBadge } from './Badges';

type Item = { kind: 'header'; role: Role; count: number } | { kind: 'task'; row: MyTaskRow };

const HEADER_HEIGHT = 34;
const ROW_HEIGHT = 66;

type Props = { rows: MyTaskRow[]; today: string; selectedTaskId: string | null; onOpen: (taskId: string) => void };

export const TaskList = ({ rows, today, selectedTaskId, onOpen }: Props) => {
  const scrollRef = useRef<HTMLDivElement>(null);
  const items = useMemo<Item[]>(() => {
    const list: Item[] = [];
    for (const role of ['lead', 'participant'] as const) {
      const mine = rows.filter((r) => r.role === role);
      list.push({ kind: 'header', role, count: mine.length });
      for (const row of mine) list.push({ kind: 'task', row });
    }
    return list;
  }, [rows]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT),
    overscan: 8,
  });

  return (
    <div className="task-list" ref={scrollRef} role="list" aria-label="我的任务">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` };
          if (item.kind === 'header') {
            return (
              <div key={`h-${item.role}`} style={style} className={`list-heading ${item.role}`}>
                {item.role === 'lead' ? '牵头' : '参与'}({item.count})
              </div>
            );
          }
          const { row } = item;
          return (
            <button
              type="button"
              role="listitem"
              key={row.taskId}
              style={style}
              className={`task-row ${row.taskId === selectedTaskId ? 'active' : ''}`}
              data-task-code={row.code}
              onClick={() => onOpen(row.taskId)}
            >
              <LightDot light={row.light} reason={row.lightReason} />
              <span className="task-row-main">
                <span className="task-row-title">
                  <span className="code">{row.code}.</span> {row.title}
                </span>
                <span className="task-row-meta">
                  {row.section ? <span className="section">{row.section}</span> : null}
                  {row.closedAt ? <span className="closed-tag">已办结</span> : <DeadlineText deadline={row.deadline} deadlineText={row.deadlineText} today={today} />}
                  {row.originalDeadline !== undefined && !row.closedAt ? <span className="muted">已批准延期</span> : null}
                  {row.role === 'participant' && row.leadNames.length > 0 ? <span className="muted">牵头:{row.leadNames.join('、')}</span> : null}
                  {row.viaGroup ? <span className="muted via-group">作为“{row.viaGroup}”成员</span> : null}
                </span>
              </span>
              <StateBadge state={row.state} />
            </button>
          );
        })}
      </div>
      {rows.length === 0 ? <div className="empty list-empty">没有符合条件的任务</div> : null}
    </div>
  );
};
