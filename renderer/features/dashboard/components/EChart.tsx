// One ECharts instance per mounted chart, rendered locally (no CDN, no remote map data) and disposed on
// unmount: an undisposed instance keeps its timers and listeners alive.
import { useEffect, useRef } from 'react';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** The fonts the rest of the UI uses, so chart labels render Chinese instead of boxes. */
export const CHART_FONT = "'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', sans-serif";

type Props = {
  option: ChartOption;
  height: number;
  /** Called with the clicked item's dataIndex and series index. */
  onItemClick?: (dataIndex: number, seriesIndex: number) => void;
  /** SVG prints crisply; the print views use it. */
  renderer?: 'canvas' | 'svg';
  label: string;
};

export const EChart = ({ option, height, onItemClick, renderer = 'canvas', label }: Props) => {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const chart = echarts.init(node, undefined, { renderer });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params.dataIndex, params.seriesIndex ?? 0));
    // Only a real change of size redraws (ECharts' resize draws the whole chart again even at the same
    // size): the observer's first call, right after the first drawing, drew every chart twice (issue 18).
    // A hidden chart (width 0) has nothing to fit.
    let width = node.clientWidth;
    let height = node.clientHeight;
    const resize = (): void => {
      if (node.clientWidth === 0 || (node.clientWidth === width && node.clientHeight === height)) return;
      width = node.clientWidth;
      height = node.clientHeight;
      chart.resize();
    };
    const observer = new ResizeObserver(resize);
    observer.observe(node);
    // Printing lays the page out at paper width without a resize event: redraw to fit before and after.
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    chartRef.current?.setOption({ textStyle: { fontFamily: CHART_FONT }, animation: false, ...option }, true);
  }, [option]);

  return <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} />;
};
