import type { CliCommand } from '../command.js';

export const plansCommand: CliCommand = {
  name: 'plans',
  summary: '列出已导入的规划',
  usage: 'duban plans [--json]',
  options: {},
  run: async ({ call }) => {
    const plans = await call('plans.list', {});
    return { json: plans, text: plans.map((p) => `${p.id}  ${p.title}(${p.taskCount} 项任务)`).join('\n') || '还没有规划' };
  },
};
