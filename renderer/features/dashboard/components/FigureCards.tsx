// The headline numbers of the period; each card lists the tasks behind its number when clicked.
import type { ReportSummary } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';

type Card = { label: string; value: string; note?: string; drill: DrillDown; tone?: 'bad' | 'warn' };

export const FigureCards = ({ summary, onDrill }: { summary: ReportSummary; onDrill: (d: DrillDown) => void }) => {
  const r = summary.reports;
  const overdueOpen = summary.tasks.filter((t) => t.deadlineClass === 'overdue_open').length;
  const near = summary.tasks.filter((t) => t.deadlineClass === 'near').length;
  const cards: Card[] = [
    { label: '任务总数', value: String(summary.taskCount), drill: { title: '全部任务', filter: { kind: 'all' } } },
    {
      label: '已报 / 应报',
      value: `${r.received} / ${r.expected}`,
      note: `按时 ${r.onTime} · 逾期报送 ${r.late}`,
      drill: { title: '全部任务', filter: { kind: 'all' } },
    },
    { label: '未报', value: String(r.missing), note: '份报告', tone: r.missing > 0 ? 'warn' : undefined, drill: { title: '有单位未报的任务', filter: { kind: 'missing' } } },
    { label: '已退回', value: String(r.returned), note: `已通过 ${r.accepted} · 待审核 ${r.awaitingReview}`, drill: { title: '报告被退回的任务', filter: { kind: 'returned' } } },
    { label: '逾期未办', value: String(overdueOpen), tone: overdueOpen > 0 ? 'bad' : undefined, drill: { title: '逾期未办的任务', filter: { kind: 'deadline', deadlineClass: 'overdue_open' } } },
    { label: '即将逾期', value: String(near), tone: near > 0 ? 'warn' : undefined, drill: { title: '即将逾期的任务', filter: { kind: 'deadline', deadlineClass: 'near' } } },
  ];
  return (
    <div className="figure-cards">
      {cards.map((c) => (
        <button key={c.label} type="button" className={`figure-card ${c.tone ? `rp-${c.tone}` : ''}`} onClick={() => onDrill(c.drill)} title="点击查看相关任务">
          <span className="figure-label">{c.label}</span>
          <span className="figure-value">{c.value}</span>
          {c.note ? <span className="figure-note">{c.note}</span> : null}
        </button>
      ))}
    </div>
  );
};
