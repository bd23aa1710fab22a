// The tasks and reports behind a clicked 考核 number: every item looked at, with what counted.
import { componentLabel, type Assessment } from '../../../../shared/assessment/types';
import { periodLabel } from '../../../../shared/progress/dates';
import type { AssessmentDrill } from '../store';

export const DrillPanel = ({ assessment, drill, onClose }: { assessment: Assessment; drill: AssessmentDrill; onClose: () => void }) => {
  const row = assessment.rows.find((r) => r.departmentId === drill.departmentId);
  if (!row) return null;
  const parts = row.components.filter((c) => drill.key === 'all' || c.key === drill.key);
  const items = parts.flatMap((c) => c.items.map((i) => ({ ...i, key: c.key })));
  const title = `${row.name} · ${drill.key === 'all' ? `总分 ${row.score}` : componentLabel[drill.key]}`;
  return (
    <section className="rp-panel drill assessment-drill" aria-label="考核明细">
      <header className="rp-panel-head">
        <h3>
          {title}
          <span className="muted"> · {items.length} 条</span>
        </h3>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </header>
      {items.length === 0 ? (
        <p className="empty">没有相关的任务或报告。</p>
      ) : (
        <table className="report-table drill-table">
          <thead>
            <tr>
              <th>考核项目</th>
              <th className="col-code">序号</th>
              <th>工作任务</th>
              <th>报告期</th>
              <th>情况</th>
              <th>计入</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i, k) => (
              <tr key={`${i.key}-${i.taskId}-${i.periodId ?? ''}-${k}`} className={i.counts ? '' : 'not-counted'}>
                <td>{componentLabel[i.key]}</td>
                <td className="col-code">{i.code}</td>
                <td>{i.title}</td>
                <td>{i.periodId ? periodLabel(i.periodId) : '—'}</td>
                <td>{i.note}</td>
                <td>{i.counts ? '是' : '否'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
