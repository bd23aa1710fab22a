// Status, light and section charts; clicking a slice or bar lists the tasks behind it.
import { useMemo } from 'react';
import { lightColour, statusColour } from '../../../../shared/reports/rules';
import type { ReportSummary } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';
import { EChart, type ChartOption } from './EChart';

/** Only the buckets are drawn, so the bulletin (which carries no task table) can pass its figures too. */
type Props = { summary: Pick<ReportSummary, 'byStatus' | 'byLight'>; onDrill: (drill: DrillDown) => void; renderer?: 'canvas' | 'svg' };
type SectionProps = Omit<Props, 'summary'> & { summary: Pick<ReportSummary, 'bySection'> };

export const StatusChart = ({ summary, onDrill, renderer }: Props) => {
  // Memoised on the answer's own array: a new array each render redrew the chart on every re-render.
  const buckets = useMemo(() => summary.byStatus.filter((b) => b.count > 0), [summary.byStatus]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}:{c} 项({d}%)' },
      // Counts sit in the ring and in the legend: outside labels get truncated on a narrow printed page.
      legend: { bottom: 0, itemWidth: 12, itemHeight: 12, formatter: (name: string) => `${name} ${buckets.find((b) => b.label === name)?.count ?? 0}` },
      series: [
        {
          type: 'pie',
          radius: ['36%', '70%'],
          center: ['50%', '44%'],
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
          data: buckets.map((b) => ({ name: b.label, value: b.count, itemStyle: { color: statusColour[b.key] } })),
        },
      ],
    }),
    [buckets],
  );
  return (
    <EChart
      label="任务状态分布"
      height={260}
      renderer={renderer}
      option={option}
      onItemClick={(i) => {
        const b = buckets[i];
        if (b) onDrill({ title: `状态:${b.label}`, filter: { kind: 'status', status: b.key } });
      }}
    />
  );
};

export const LightChart = ({ summary, onDrill, renderer }: Props) => {
  const buckets = summary.byLight;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}:{c} 项' },
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: buckets.map((b) => b.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 42,
          label: { show: true, position: 'top' },
          data: buckets.map((b) => ({ value: b.count, itemStyle: { color: lightColour[b.key] } })),
        },
      ],
    }),
    [buckets],
  );
  return (
    <EChart
      label="任务亮灯分布"
      height={260}
      renderer={renderer}
      option={option}
      onItemClick={(i) => {
        const b = buckets[i];
        if (b) onDrill({ title: `亮灯:${b.label}`, filter: { kind: 'light', light: b.key } });
      }}
    />
  );
};

export const SectionChart = ({ summary, onDrill, renderer }: SectionProps) => {
  const sections = summary.bySection;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 8, bottom: 32, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: sections.map((s) => s.label),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        { name: '已完成', type: 'bar', stack: 'n', itemStyle: { color: lightColour.green }, data: sections.map((s) => s.done) },
        { name: '未完成', type: 'bar', stack: 'n', itemStyle: { color: '#C9D3DF' }, data: sections.map((s) => s.total - s.done) },
      ],
    }),
    [sections],
  );
  return (
    <EChart
      label="分篇章完成情况"
      height={Math.max(180, 40 + sections.length * 34)}
      renderer={renderer}
      option={option}
      onItemClick={(i, series) => {
        const s = sections[i];
        if (s) onDrill({ title: `${s.label}${series === 0 ? ' · 已完成' : ''}`, filter: { kind: 'section', section: s.section, isDoneOnly: series === 0 } });
      }}
    />
  );
};
