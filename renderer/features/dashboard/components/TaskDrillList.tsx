// The tasks behind a clicked number.
import { extensionNote } from '../../../../shared/lifecycle/labels';
import { formatDay } from '../../../../shared/progress/deadline';
import { lightLabel } from '../../../../shared/progress/lights';
import { lightColour, namedInDocument, statusKeyLabel } from '../../../../shared/reports/rules';
import type { TaskRow } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';

/**
 * rows: the tasks behind the number, already chosen (the dashboard reads them with reports.drill, a lower
 * office's roll-up filters its own summary); null while they are being read.
 */
type Props = {
  rows: (TaskRow & { problems: string })[] | null;
  drill: DrillDown;
  onClose: () => void;
};

export const TaskDrillList = ({ rows, drill, onClose }: Props) => {
  const shown = rows ?? [];
  return (
    <section className="rp-panel drill" aria-label="相关任务">
      <header className="rp-panel-head">
        <h3>
          {drill.title}
          <span className="muted">{rows ? ` · ${shown.length} 项任务` : ' · 正在读取…'}</span>
        </h3>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {!rows ? null : shown.length === 0 ? (
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
            {shown.map((t) => (
              <tr key={t.taskId}>
                <td className="col-code">{t.code}</td>
                <td>
                  <div className="task-title">{t.title}</div>
                  {t.problems ? <div className="rp-problem">存在问题:{t.problems}</div> : null}
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
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
