// Indicators off target, binding (约束性) first.
import { attributeLabel } from '../../../../shared/plan/attribute';
import type { IndicatorFigure } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';

type Props = { indicators: IndicatorFigure[]; totalCount: number; onDrill?: (d: DrillDown) => void };

export const IndicatorTable = ({ indicators, totalCount, onDrill }: Props) => {
  if (totalCount === 0) return <p className="empty">本规划未设置指标。</p>;
  if (indicators.length === 0) return <p className="empty">共 {totalCount} 项指标,已填报的均达到目标。</p>;
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th>指标名称</th>
          <th>属性</th>
          <th>基期值</th>
          <th>目标值</th>
          <th>最新值</th>
          <th>完成率</th>
          <th>责任单位</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.indicatorId}>
            <td>
              {i.taskId && onDrill ? (
                <button type="button" className="link-number" onClick={() => onDrill({ title: `指标“${i.name}”所属任务`, filter: { kind: 'task', taskId: i.taskId ?? '' } })}>
                  {i.name}
                </button>
              ) : (
                i.name
              )}
            </td>
            <td>{i.isBinding ? <span className="rp-binding">约束性</span> : attributeLabel(i.attribute) || '—'}</td>
            <td className="rp-num">{i.baselineText || '—'}</td>
            <td className="rp-num">{i.targetText || '—'}</td>
            <td className="rp-num rp-bad">
              {i.latestValueText}
              {i.unit ? ` ${i.unit}` : ''}
            </td>
            <td className="rp-num">{i.attainmentRate === null ? '—' : `${i.attainmentRate}%`}</td>
            <td>{i.owner || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
