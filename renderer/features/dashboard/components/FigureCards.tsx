// The headline numbers of the period. Every number is a button listing the tasks behind it: the card's own
// figure, and each small figure under it (按时 / 逾期报送, 已通过 / 待审核).
import type { TaskFilter } from '../../../../shared/reports/rules';
import type { DeadlineCounts, ReportCounts } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';

type Note = { text: string; drill?: DrillDown };
type Card = { label: string; value: string; notes: Note[]; drill: DrillDown; tone?: 'bad' | 'warn' };

const drill = (title: string, filter: TaskFilter): DrillDown => ({ title, filter });

/** The figures the cards show: the dashboard's summary carries deadlineCounts, a roll-up's counts its tasks. */
type Figures = { taskCount: number; reports: ReportCounts };

const cardsOf = (summary: Figures, { overdueOpen, near }: DeadlineCounts): Card[] => {
  const r = summary.reports;
  return [
    { label: '任务总数', value: String(summary.taskCount), notes: [], drill: drill('全部任务', { kind: 'all' }) },
    {
      label: '已报 / 应报',
      value: `${r.received} / ${r.expected}`,
      notes: [
        { text: `按时 ${r.onTime}`, drill: drill('按时报送的任务', { kind: 'reports', isLate: false }) },
        { text: `逾期报送 ${r.late}`, drill: drill('逾期报送的任务', { kind: 'reports', isLate: true }) },
      ],
      drill: drill('已收到报告的任务', { kind: 'reports', state: 'received' }),
    },
    {
      label: '未报',
      value: String(r.missing),
      notes: [{ text: '份报告' }],
      tone: r.missing > 0 ? 'warn' : undefined,
      drill: drill('有单位未报的任务', { kind: 'missing' }),
    },
    {
      label: '已退回',
      value: String(r.returned),
      notes: [
        { text: `已通过 ${r.accepted}`, drill: drill('报告已通过的任务', { kind: 'reports', state: 'accepted' }) },
        { text: `待审核 ${r.awaitingReview}`, drill: drill('报告待审核的任务', { kind: 'reports', state: 'awaiting' }) },
      ],
      drill: drill('报告被退回的任务', { kind: 'returned' }),
    },
    {
      label: '逾期未办',
      value: String(overdueOpen),
      notes: [],
      tone: overdueOpen > 0 ? 'bad' : undefined,
      drill: drill('逾期未办的任务', { kind: 'deadline', deadlineClass: 'overdue_open' }),
    },
    {
      label: '即将逾期',
      value: String(near),
      notes: [],
      tone: near > 0 ? 'warn' : undefined,
      drill: drill('即将逾期的任务', { kind: 'deadline', deadlineClass: 'near' }),
    },
  ];
};

type Props = { summary: Figures; deadlineCounts: DeadlineCounts; onDrill: (d: DrillDown) => void };

export const FigureCards = ({ summary, deadlineCounts, onDrill }: Props) => (
  <div className="figure-cards">
    {cardsOf(summary, deadlineCounts).map((c) => (
      <div key={c.label} className={`figure-card ${c.tone ? `rp-${c.tone}` : ''}`}>
        <button type="button" className="figure-main" onClick={() => onDrill(c.drill)} title="点击查看相关任务">
          <span className="figure-label">{c.label}</span>
          <span className="figure-value">{c.value}</span>
        </button>
        {c.notes.length > 0 ? (
          <span className="figure-note">
            {c.notes.map((n, i) => (
              <span key={n.text}>
                {i > 0 ? ' · ' : ''}
                {n.drill ? (
                  <button type="button" className="link-number" onClick={() => onDrill(n.drill as DrillDown)} title="点击查看相关任务">
                    {n.text}
                  </button>
                ) : (
                  n.text
                )}
              </span>
            ))}
          </span>
        ) : null}
      </div>
    ))}
  </div>
);
