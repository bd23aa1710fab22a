// How a unit reported in a period: by its own Duban's package (进度包), by the office entering its
// returned sheet or Word table (表格代录), or not at all (未报). Shown on the dashboard, the chase list
// and the bulletin so the office can watch adoption grow.
export type ReportChannel = 'package' | 'proxy' | 'none';

export const reportChannelLabel: Record<ReportChannel, string> = { package: '进度包', proxy: '表格代录', none: '未报' };

export const reportChannels: ReportChannel[] = ['package', 'proxy', 'none'];

/** A unit that sent anything of its own counts as 进度包, even when some rows of the period were entered for it. */
export const channelOf = (counts: { own: number; proxy: number }): ReportChannel => (counts.own > 0 ? 'package' : counts.proxy > 0 ? 'proxy' : 'none');
