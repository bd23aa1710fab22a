// The tasks behind a clicked number.
import { useEffect, useMemo } from 'react';
import { extensionNote } from '../../../../shared/lifecycle/labels';
import { formatDay } from '../../../../shared/progress/deadline';
import { lightLabel } from '../../../../shared/progress/lights';
import { filterTasks, lightColour, namedInDocument, statusKeyLabel } from '../../../../shared/reports/rules';
import type { TaskDetails, TaskRow } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';

/**
 * Tasks may come with their texts (a lower office's summary) or without them (the dashboard's, issue 18):
 * then the list asks for the texts of the rows it shows through onShown and reads them from details.
 */
type Props = {
  tasks: (TaskRow & { problems?: string })[];
  drill: DrillDown;
  onClose: () => void;
  details?: Record<string, TaskDetails>;
  onShown?: (taskIds: string[]) => Promise<void>;
};

export const TaskDrillList = ({ tasks, drill, onClose, details, onShown }: Props) => {
  const shown = useMemo(() => filterTasks(tasks, drill.filter), [tasks, drill.filter]);
  useEffect(() => {
    void onShown?.(shown.map((t) => t.taskId));
  }, [shown, onShown]);
  return (
    <section className="rp-panel drill" aria-label="相关任务">
      <header className="rp-panel-head">
        <h3>
          {drill.title}
          <span className="muted"> · {shown.length} 项任务</span>
        </h3>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {shown.length === 0 ? (
        <p className="empty">没有符合条件的任务。</p>
      ) : (
        <table className="report-table drill-table">
          <thead>
            <tr>
              <th className="col-code">序号</th>
              <th>工作任务</th>
              <th>牵头部门</th>
              <th>完成时限</th>
              <th>状态</th>
              <th>进度</th>
              <th>亮灯</th>
              <th>未报单位</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => {
              const problems = details?.[t.taskId]?.problems ?? t.problems;
              return (
              <tr key={t.taskId}>
                <td className="col-code">{t.code}</td>
                <td>
                  <div className="task-title">{t.title}</div>
                  {problems ? <div className="rp-problem">存在问题:{problems}</div> : null}
                </td>
                <td>{namedInDocument(t.leads).map((d) => d.name).join('、') || '—'}</td>
                <td>
                  {t.closedAt
                    ? `已办结(${formatDay(t.closedAt)})`
                    : ((t.originalDeadline !== undefined ? extensionNote(t.originalDeadline, t.deadline) : null) ?? (t.deadlineText || t.deadline || '—'))}
                </td>
                <td>{statusKeyLabel(t.status)}</td>
                <td className="rp-num">{t.percent === null ? '—' : `${t.percent}%`}</td>
                <td title={t.lightReason}>
                  <span className="rp-light-dot" style={{ background: lightColour[t.light] }} />
                  {lightLabel[t.light]}
                </td>
                <td>{t.missingUnits.map((d) => d.name).join('、') || '—'}</td>
              </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
};
