// The upper office reads the roll-ups it verified: `duban rollups` lists them by sender and period,
// `duban rollup-view` opens one read-only (its figures, tasks or chase lists), `duban summary --rollup` too.
import { ApiError } from '../../../shared/api/errors.js';
import type { RollupViewSummary } from '../../../shared/sync/rollup.js';
import type { CliCall, CliCommand } from '../command.js';
import { summaryText } from './reports.js';

const lineOf = (r: RollupViewSummary): string =>
  `${r.id.slice(0, 8)}  ${r.senderName}(指纹 ${r.senderFingerprint}) · ${r.periodLabel || '报告期未注明'} · ${r.planTitle || '规划'}:任务 ${r.taskCount} 项,填报 ${r.reportCount} 份,原始数据包 ${r.innerCount} 个`;

/** A roll-up named by its id (or its first 8+ characters) or by its sender's name (that sender's newest). */
export const findRollup = async (call: CliCall, typed: string): Promise<RollupViewSummary> => {
  const list = await call('rollups.list', {});
  if (list.length === 0) throw new ApiError('not_found', '本机还没有导入任何下级汇总:请先用 duban import 汇总上报包.duban --trust 下级指纹');
  const text = typed.trim().toLowerCase();
  const byId = text.length >= 8 ? list.filter((r) => r.id.startsWith(text)) : [];
  const bySender = list.filter((r) => r.senderName === typed.trim() || r.senderFingerprint === typed.trim().toUpperCase());
  const found = byId[0] ?? bySender[0];
  if (!found) throw new ApiError('not_found', `没有找到“${typed}”的下级汇总;已导入:${list.map((r) => `${r.senderName} ${r.periodLabel}`).join('、')}`);
  return found;
};

export const rollupsCommand: CliCommand = {
  name: 'rollups',
  summary: '上级办公室:列出已核验导入的下级汇总(按上报单位和报告期)',
  usage: 'duban rollups [--json]',
  options: {},
  run: async ({ call }) => {
    const list = await call('rollups.list', {});
    return { json: list, text: list.length ? list.map(lineOf).join('\n') : '还没有导入任何下级汇总' };
  },
};

export const rollupViewCommand: CliCommand = {
  name: 'rollup-view',
  summary: '上级办公室:只读查看一份下级汇总(统计、--tasks 任务分解表、--chase 催报催办清单)',
  usage: 'duban rollup-view 汇总编号或上报单位 [--period 2026-Q4] [--tasks] [--chase] [--json]',
  options: { period: { type: 'string' }, tasks: { type: 'boolean' }, chase: { type: 'boolean' } },
  run: async ({ call, values, positionals }) => {
    const typed = positionals[0];
    if (!typed) throw new ApiError('bad_input', '请指定汇总编号或上报单位,可先用 duban rollups 查看');
    const rollup = await findRollup(call, typed);
    const periodId = typeof values.period === 'string' ? values.period : rollup.periodId || undefined;
    const header = `【只读】${rollup.senderName}上报的汇总 · ${rollup.periodLabel}`;
    if (values.tasks === true) {
      const tasks = await call('rollups.tasks', { view: rollup.id });
      const lines = tasks.map((t) => `${t.code} ${t.title}  牵头:${t.leads.map((a) => a.name).join('、') || '—'}`);
      return { json: { rollup, tasks }, text: [header, `任务 ${tasks.length} 项`, ...lines].join('\n') };
    }
    if (values.chase === true) {
      const chase = await call('rollups.chase', { view: rollup.id, periodId });
      return { json: { rollup, chase }, text: `${header}\n${JSON.stringify(chase, null, 1)}` };
    }
    const summary = await call('rollups.summary', { view: rollup.id, periodId });
    return { json: { rollup, summary }, text: `${header}\n${summaryText(summary)}` };
  },
};
