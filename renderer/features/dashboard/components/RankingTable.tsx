// Department ranking: on-time submission, share of led tasks on track, returned reports.
import { reportChannelLabel } from '../../../../shared/progress/channels';
import type { CountBucket, DepartmentFigure } from '../../../../shared/reports/types';
import type { ReportChannel } from '../../../../shared/progress/channels';
import type { DrillDown } from '../store';

type Props = { ranking: DepartmentFigure[]; onDrill?: (d: DrillDown) => void };

export const RankingTable = ({ ranking, onDrill }: Props) => {
  if (ranking.length === 0) return <p className="empty">本报告期没有需要报送的单位。</p>;
  const cell = (value: string, drill: DrillDown) =>
    onDrill ? (
      <button type="button" className="link-number" onClick={() => onDrill(drill)}>
        {value}
      </button>
    ) : (
      value
    );
  return (
    <table className="report-table ranking-table">
      <thead>
        <tr>
          <th>名次</th>
          <th>单位</th>
          <th>应报</th>
          <th>已报</th>
          <th>按时报送率</th>
          <th>牵头任务绿灯率</th>
          <th>退回</th>
          <th>报送方式</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((d) => {
          // 应报: the tasks it owes a report on this period (a task closed out earlier owes none).
          const all: DrillDown = { title: `${d.name}本期应报的任务`, filter: { kind: 'reports', departmentId: d.departmentId } };
          return (
            <tr key={d.departmentId}>
              <td className="rp-num">{d.rank}</td>
              <td>{d.name}</td>
              <td className="rp-num">{cell(String(d.expected), all)}</td>
              <td className="rp-num">{cell(String(d.submitted), { title: `${d.name}已报送的任务`, filter: { kind: 'reports', departmentId: d.departmentId, state: 'received' } })}</td>
              <td className="rp-num">{cell(`${d.onTimeRate}%`, { title: `${d.name}未报的任务`, filter: { kind: 'missing', departmentId: d.departmentId } })}</td>
              <td className="rp-num">
                {d.onTrackRate === null
                  ? '—'
                  : cell(`${d.onTrackRate}%`, { title: `${d.name}牵头的任务`, filter: { kind: 'department', departmentId: d.departmentId, role: 'lead' } })}
              </td>
              <td className="rp-num">{cell(String(d.returned), { title: `${d.name}被退回的报告`, filter: { kind: 'reports', departmentId: d.departmentId, state: 'returned' } })}</td>
              <td className={`channel channel-${d.channel}`}>{reportChannelLabel[d.channel]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

/** One line under the ranking: how many units reported by package, by sheet (代录), or not at all. */
export const ChannelLine = ({ byChannel }: { byChannel: CountBucket<ReportChannel>[] }) => (
  <p className="channel-line">
    报送方式:{byChannel.map((b) => `${b.label} ${b.count} 个单位`).join(' · ')}
  </p>
);
