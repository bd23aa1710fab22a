// How each unit reported (进度包 / 表格代录 / 未报), laid over the ranking and the chase list. Kept apart
// from the figures themselves (facts.ts, summary.ts) so the counting code stays as it was.
import { reportChannelLabel, reportChannels, type ReportChannel } from '../../shared/progress/channels.js';
import type { CountBucket, DepartmentFigure } from '../../shared/reports/types.js';
import type { BackendContext } from '../context.js';
import { channelsOfPeriod } from '../adoption/proxy-store.js';

export type ChannelOf = (departmentId: string) => ReportChannel;

export const channelLookup = (ctx: BackendContext, planId: string, periodId: string): ChannelOf => {
  const channels = channelsOfPeriod(ctx.db, planId, periodId);
  return (departmentId) => channels.get(departmentId) ?? 'none';
};

export const channelBuckets = (ranking: Pick<DepartmentFigure, 'channel'>[]): CountBucket<ReportChannel>[] =>
  reportChannels.map((key) => ({ key, label: reportChannelLabel[key], count: ranking.filter((d) => d.channel === key).length }));
