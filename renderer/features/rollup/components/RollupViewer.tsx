// A lower office's plan as its roll-up carried it, read-only: its figures (reports, lights, ranking,
// indicators, chase lists) and its decomposition table. Nothing here writes: the view lives in its own
// read-only database on this PC, apart from this office's own plan.
import { useState } from 'react';
import { parsePeriodId, shiftPeriod } from '../../../../shared/progress/periods';
import { deadlineCountsOf, filterTasks } from '../../../../shared/reports/rules';
import { ChaseLists } from '../../dashboard/components/ChaseLists';
import { LightChart, StatusChart } from '../../dashboard/components/DashboardCharts';
import { FigureCards } from '../../dashboard/components/FigureCards';
import { IndicatorTable } from '../../dashboard/components/IndicatorTable';
import { RankingTable } from '../../dashboard/components/RankingTable';
import { TaskDrillList } from '../../dashboard/components/TaskDrillList';
import type { DrillDown } from '../../dashboard/store';
import '../../dashboard/dashboard.css';
import { TaskTable } from '../../tasks/components/TaskTable';
import { useRollupStore } from '../store';
import { Banners } from '../../../app/Banners';

type Tab = 'figures' | 'tasks' | 'chase';

const periodChoices = (periodId: string): { id: string; label: string }[] => {
  const current = parsePeriodId(periodId);
  if (!current) return [{ id: periodId, label: periodId }];
  return [1, 0, -1, -2, -3].map((k) => shiftPeriod(current, k)).map((p) => ({ id: p.id, label: p.label }));
};

export const RollupViewer = () => {
  const { opened, error, close, choosePeriod } = useRollupStore();
  const [tab, setTab] = useState<Tab>('figures');
  const [drill, setDrill] = useState<DrillDown | null>(null);
  if (!opened) return null;
  const { rollup, summary, chase, tasks, departments } = opened;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'figures', label: '统计' },
    { id: 'tasks', label: `任务分解表(${tasks.length})` },
    { id: 'chase', label: '催报催办' },
  ];
  return (
    <section className="rollup-viewer dashboard" aria-label="下级汇总(只读)" data-testid="rollup-viewer">
      <div className="rollup-readonly" role="note">
        <strong>只读查看</strong> · {rollup.senderName}上报的汇总 · {rollup.periodLabel || '报告期未注明'} · 指纹 {rollup.senderFingerprint}
        <span className="sync-sub">(内容来自下级办公室,各原始签名已核验;此处不能修改,也不计入本机规划)</span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-plain" onClick={close}>
          返回汇总列表
        </button>
      </div>
      <Banners error={error} />
      <div className="dashboard-toolbar">
        <h2>{summary.plan.title}</h2>
        <label>
          报告期{' '}
          <select value={summary.period.id} onChange={(e) => void choosePeriod(e.target.value)} aria-label="报告期">
            {periodChoices(summary.period.id).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {departments.length} 个部门 · 统计截至 {summary.asOf}
        </span>
      </div>
      <div className="sync-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'is-active' : ''} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'figures' ? (
        <>
          <FigureCards summary={summary} deadlineCounts={deadlineCountsOf(summary.tasks)} onDrill={setDrill} />
          {drill ? <TaskDrillList rows={filterTasks(summary.tasks, drill.filter)} drill={drill} onClose={() => setDrill(null)} /> : null}
          {summary.taskCount > 0 ? (
            <div className="chart-grid">
              <section className="rp-panel">
                <h3>任务状态</h3>
                <StatusChart summary={summary} onDrill={setDrill} />
              </section>
              <section className="rp-panel">
                <h3>亮灯情况</h3>
                <LightChart summary={summary} onDrill={setDrill} />
              </section>
            </div>
          ) : null}
          <section className="rp-panel">
            <h3>部门排名</h3>
            <RankingTable ranking={summary.ranking} onDrill={setDrill} />
          </section>
          <section className="rp-panel">
            <h3>未达标指标</h3>
            <IndicatorTable indicators={summary.offTarget} totalCount={summary.indicators.length} onDrill={setDrill} />
          </section>
        </>
      ) : null}
      {tab === 'tasks' ? <TaskTable tasks={tasks} caption={`${rollup.senderName} · ${summary.plan.title}`} /> : null}
      {tab === 'chase' ? (
        <section className="rp-panel">
          <ChaseLists chase={chase} onDrill={(d) => {
            setDrill(d);
            setTab('figures');
          }} />
        </section>
      ) : null}
    </section>
  );
};
