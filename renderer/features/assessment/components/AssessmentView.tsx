// 年度考核: units ranked by their score for a year under the office's rules. Every number opens the
// tasks and reports behind it; the table exports to Excel and prints on A4.
import { useEffect, useState } from 'react';
import { componentLabel, type Assessment, type AssessmentComponent } from '../../../../shared/assessment/types';
import { formatDay } from '../../../../shared/progress/deadline';
import { useAssessmentStore, type AssessmentDrill } from '../store';
import { DrillPanel } from './DrillPanel';
import { RulesForm } from './RulesForm';
import '../../dashboard/dashboard.css';
import '../assessment.css';

const cellText = (c: AssessmentComponent): string => {
  if (c.of === 0) return `${c.points}(${c.key === 'onTime' ? '无应报' : '无到期任务'})`;
  return c.of !== null ? `${c.points}(${c.count}/${c.of})` : c.count === 0 ? '—' : `${c.points}(${c.count} 项)`;
};

const ScoreTable = ({ a, onDrill }: { a: Assessment; onDrill: (d: AssessmentDrill) => void }) => (
  <table className="report-table assessment-table">
    <thead>
      <tr>
        <th className="col-code">名次</th>
        <th>单位</th>
        <th>总分</th>
        {a.rows[0]?.components.map((c) => <th key={c.key}>{componentLabel[c.key]}</th>) ??
          Object.values(componentLabel).map((l) => <th key={l}>{l}</th>)}
      </tr>
    </thead>
    <tbody>
      {a.rows.map((r) => (
        <tr key={r.departmentId}>
          <td className="col-code">{r.rank}</td>
          <td>{r.name}</td>
          <td className="rp-num">
            <button type="button" className="link-number score" onClick={() => onDrill({ departmentId: r.departmentId, key: 'all' })}>
              {r.score}
            </button>
          </td>
          {r.components.map((c) => (
            <td key={c.key} className={`rp-num ${c.points < 0 ? 'rp-bad' : ''}`}>
              {c.items.length === 0 ? (
                cellText(c)
              ) : (
                <button type="button" className="link-number" onClick={() => onDrill({ departmentId: r.departmentId, key: c.key })}>
                  {cellText(c)}
                </button>
              )}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

export const AssessmentView = ({ planId, onBack }: { planId?: string; onBack?: () => void }) => {
  const { assessment: a, drill, isLoading, isExporting, error, notice, load, showDrill, exportXlsx } = useAssessmentStore();
  const [isEditing, setEditing] = useState(false);
  useEffect(() => {
    void load({ planId });
  }, [load, planId]);

  if (!a) return <main className="content assessment">{error ? <div className="error-banner">{error}</div> : <p className="empty">{isLoading ? '正在计算考核…' : ''}</p>}</main>;
  const years = [a.year, a.year - 1, a.year - 2];
  return (
    <main className="content assessment" data-testid="assessment">
      <div className="dashboard-toolbar">
        {onBack ? (
          <button type="button" onClick={onBack}>
            返回统计
          </button>
        ) : null}
        <h2>{a.year}年度考核</h2>
        <label>
          年度{' '}
          <select value={a.year} onChange={(e) => void load({ planId, year: Number(e.target.value) })} aria-label="年度">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          统计截至 {formatDay(a.asOf)} · 计入 {a.periods.map((p) => p.label).join('、') || '(尚无到期的报告期)'}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => setEditing(!isEditing)}>
          考核规则
        </button>
        <button type="button" onClick={() => void exportXlsx()} disabled={isExporting}>
          {isExporting ? '正在导出…' : '导出 Excel'}
        </button>
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
      </div>
      {error ? <div className="error-banner">{error}</div> : null}
      {notice ? (
        <div className="notice-banner" role="status">
          {notice}
        </div>
      ) : null}
      {isEditing ? <RulesForm key={`${a.year}-${JSON.stringify(a.rules)}`} rules={a.rules} isDefault={a.isDefaultRules} onDone={() => setEditing(false)} /> : null}
      <section className="rp-panel assessment-print">
        <h3 className="print-title">
          {a.plan.title} {a.year}年度考核
        </h3>
        <p className="muted">
          {a.officeName} · 统计截至 {formatDay(a.asOf)}
          {a.hasDelayData ? '' : ' · 完成时限以任务分解表为准(尚无延期记录)'}
        </p>
        {a.rows.length === 0 ? <p className="empty">本规划尚无责任单位,无法考核。</p> : <ScoreTable a={a} onDrill={showDrill} />}
        <p className="muted rules-line">
          规则:按时报送满分 {a.rules.onTimeWeight},牵头任务完成满分 {a.rules.completionWeight};每次退回扣 {a.rules.returnPenalty},每项逾期未完成扣{' '}
          {a.rules.overduePenalty},每项经批准延期扣 {a.rules.approvedDelayPenalty},每项未经批准逾期再扣 {a.rules.unapprovedDelayPenalty}。
        </p>
      </section>
      {drill ? <DrillPanel assessment={a} drill={drill} onClose={() => showDrill(null)} /> : null}
    </main>
  );
};
