// `duban period`: which period the office is collecting; the office opens the next one here.
import type { CliCommand } from '../command.js';

export const periodCommand: CliCommand = {
  name: 'period',
  summary: '显示正在收集的报告期;牵头办公室用 --open 开启某一报告期(随之后的数据包发给各部门,部门按它填报)',
  usage: 'duban period [--open 2026-Q4 [--due 2027-01-05]] [--json]',
  options: { open: { type: 'string' }, due: { type: 'string' } },
  run: async ({ call, values }) => {
    const result = await call('sync.collecting', {
      open: typeof values.open === 'string' ? values.open : undefined,
      due: typeof values.due === 'string' ? values.due : undefined,
    });
    if (!result) return { json: result, text: '本机还没有规划' };
    const source = { office: '来自牵头办公室的数据包', opened: '由本机开启', calendar: '按本机日期' }[result.source];
    const note = typeof values.open === 'string' ? '\n已开启:之后导出给各部门的数据包都会带上这个报告期' : '';
    return { json: result, text: `正在收集:${result.label}(${result.periodId}),截止 ${result.due}(${source})${note}` };
  },
};
