// The office's dashboard for a chosen period: headline numbers, charts, ranking, indicators off target,
// chase lists. Every number lists the tasks behind it.
import { startTransition, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { formatDay } from '../../../../shared/progress/dates';
import { parsePeriodId, shiftPeriod } from '../../../../shared/progress/periods';
import { GroupWarnings } from '../../directory/components/GroupWarnings';
import { useDashboardStore, type DrillDown } from '../store';
import '../dashboard.css';
import { BelowFold } from './BelowFold';
import { CollectingControl } from './CollectingControl';
import { LightChart, SectionChart, StatusChart } from './DashboardCharts';
import { FigureCards } from './FigureCards';
import { TaskDrillList } from './TaskDrillList';
import { NoticePanel } from '../../notices/components/NoticePanel';
import { useNoticesStore } from '../../notices/store';

const periodChoices = (periodId: string): { id: string; label: string }[] => {
  const current = parsePeriodId(periodId);
  if (!current) return [{ id: periodId, label: periodId }];
  return [1, 0, -1, -2, -3, -4, -5, -6, -7].map((k) => shiftPeriod(current, k)).map((p) => ({ id: p.id, label: p.label }));
};

/** Prints only the chase lists: the rest of the page is hidden by the print style while this class is set. */
const printChaseLists = (): void => {
  document.body.classList.add('printing-chase');
  window.print();
  document.body.classList.remove('printing-chase');
};

type Props = { planId?: string; onOpenBulletin: (periodId: string) => void; onOpenNotices: (ids: string[]) => void; onOpenAssessment: () => void };

export const Dashboard = ({ planId, onOpenBulletin, onOpenNotices, onOpenAssessment }: Props) => {
  const { summary, chase, drill, drillRows, isLoading, isExporting, error, notice, load, showTasks, exportXlsx } = useDashboardStore();
  const openDrill = useCallback((d: DrillDown | null): void => void showTasks(d), [showTasks]);
  const noticeLog = useNoticesStore((s) => s.logByUnit);

  // The last opening's figures stay on screen until this opening's arrive (their charts are then only
  // updated, not drawn anew), but the request leaves first: a layout effect runs before the charts'
  // effects, and the notice panel (whose drafts cost the backend about as much as the figures) waits for
  // the fresh figures (issue 18).
  const [isFresh, setFresh] = useState(false);
  // The panels under the first screen follow the cards and charts by a frame (BelowFold says why): set after
  // the next frame, as a transition, so the charts of new figures are painted before the tables' 100 rows are
  // rendered and laid out (issue 18: parsed → charts drawn 160–460 → 90–180 ms alternating under load 11).
  const [later, setLater] = useState<{ summary: typeof summary; chase: typeof chase }>({ summary: null, chase: null });
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLater({ summary, chase })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [summary, chase]);
  const laterSummary = later.summary;
  const laterChase = later.chase;

  useLayoutEffect(() => {
    // Figures are read again each time the screen opens: an import or a review since then changes them.
    const state = useDashboardStore.getState();
    let isMounted = true;
    void load({ planId, periodId: state.summary && state.planId === planId ? state.summary.period.id : undefined }).then(() => {
      if (isMounted) setFresh(true);
    });
    return () => {
      isMounted = false;
    };
  }, [load, planId]);

  if (!summary || !chase) {
    return <main className="content dashboard">{error ? <div className="error-banner">{error}</div> : <p className="empty">{isLoading ? '正在统计…' : ''}</p>}</main>;
  }

  return (
    <main className="content dashboard" data-testid="dashboard">
      <div className="dashboard-toolbar">
        <h2>{summary.plan.title}</h2>
        <label>
          报告期{' '}
          <select value={summary.period.id} onChange={(e) => void load({ periodId: e.target.value })} aria-label="报告期">
            {periodChoices(summary.period.id).map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          统计截至 {formatDay(summary.asOf)} · 报送截止 {formatDay(summary.period.due)}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => void exportXlsx()} disabled={isExporting}>
          {isExporting ? '正在导出…' : '导出 Excel'}
        </button>
        <button type="button" onClick={() => onOpenBulletin(summary.period.id)}>
          通报
        </button>
        <button type="button" onClick={printChaseLists}>
          打印催报催办单
        </button>
        <button type="button" onClick={onOpenAssessment}>
          年度考核
        </button>
      </div>
      <CollectingControl selected={summary.period} />
      <GroupWarnings planId={planId} />
      {error ? <div className="error-banner">{error}</div> : null}
      {notice ? (
        <div className="notice-banner" role="status">
          {notice}
        </div>
      ) : null}
      {summary.taskCount === 0 ? <p className="empty">本规划尚无任务,导入任务分解表后这里会显示各期统计。</p> : null}
      <FigureCards summary={summary} deadlineCounts={summary.deadlineCounts} onDrill={openDrill} />
      {drill ? <TaskDrillList rows={drillRows} drill={drill} onClose={() => openDrill(null)} /> : null}
      {/* SVG, not canvas: these charts are a few dozen shapes, and each opening drew them on new canvases,
          which Chromium without a GPU allocates and clears slowly (~0.1–0.2 s of the click under load, and
          the page busy when the figures came in); SVG draws the same picture (issue 18). */}
      {summary.taskCount > 0 ? (
        <div className="chart-grid">
          <section className="rp-panel">
            <h3>任务状态</h3>
            <StatusChart summary={summary} onDrill={openDrill} renderer="svg" />
          </section>
          <section className="rp-panel">
            <h3>亮灯情况</h3>
            <LightChart summary={summary} onDrill={openDrill} renderer="svg" />
          </section>
          <section className="rp-panel rp-wide">
            <h3>分篇章完成情况</h3>
            <SectionChart summary={summary} onDrill={openDrill} renderer="svg" />
          </section>
        </div>
      ) : null}
      {laterSummary && laterChase ? (
        <BelowFold summary={laterSummary} chase={laterChase} onDrill={openDrill} noticeLog={noticeLog} onOpenNotices={onOpenNotices} />
      ) : null}
      {/* The notice drafts rebuild the period's facts in the backend (about as long as the figures): asked
          for only once the figures are in, so they do not hold up the charts (issue 18). */}
      <section className="rp-panel notice-section">
        {isFresh && !isLoading ? <NoticePanel planId={planId} periodId={chase.period.id} onOpen={onOpenNotices} /> : null}
      </section>
    </main>
  );
};
