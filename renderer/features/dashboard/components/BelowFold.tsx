// The dashboard's panels under its first screen: the ranking, the indicators off target and the chase lists.
// Rendered from the figures a frame after the cards and charts (Dashboard hands them over after the next
// frame, as a transition), and memoised, so the 100-row tables neither hold up the first screen's charts on
// opening or when new figures come in, nor are built again when nothing they show has changed (issue 18).
import { memo } from 'react';
import type { IssuedNotice } from '../../../../shared/notices/types';
import type { DashboardChase, DashboardSummary } from '../../../../shared/reports/types';
import type { DrillDown } from '../store';
import { ChaseLists } from './ChaseLists';
import { IndicatorTable } from './IndicatorTable';
import { ChannelLine, RankingTable } from './RankingTable';

type Props = {
  summary: DashboardSummary;
  chase: DashboardChase;
  onDrill: (d: DrillDown) => void;
  noticeLog: Record<string, IssuedNotice[]>;
  onOpenNotices: (ids: string[]) => void;
};

export const BelowFold = memo(function BelowFold({ summary, chase, onDrill, noticeLog, onOpenNotices }: Props) {
  return (
    <>
      <section className="rp-panel">
        <h3>部门排名</h3>
        <ChannelLine byChannel={summary.byChannel} />
        <RankingTable ranking={summary.ranking} onDrill={onDrill} />
      </section>
      <section className="rp-panel">
        <h3>未达标指标</h3>
        <IndicatorTable indicators={summary.offTarget} totalCount={summary.indicators.length} onDrill={onDrill} />
      </section>
      <section className="rp-panel chase-section">
        <ChaseLists chase={chase} onDrill={onDrill} noticeLog={noticeLog} onOpenNotices={onOpenNotices} />
      </section>
    </>
  );
});
