import type { CliCommand } from '../command.js';
import { taskLine } from '../format.js';

export const tasksCommand: CliCommand = {
  name: 'tasks',
  summary: '列出规划的任务;加 --dept 只列某部门牵头和参与的任务',
  usage: 'duban tasks [--dept 部门名称或拼音首字母] [--plan 规划编号] [--json]',
  options: { dept: { type: 'string' }, plan: { type: 'string' } },
  run: async ({ call, values }) => {
    const planId = typeof values.plan === 'string' ? values.plan : undefined;
    if (typeof values.dept === 'string') {
      const result = await call('departments.tasks', { department: values.dept, planId });
      const text = [
        `${result.department.name}:牵头 ${result.lead.length} 项,参与 ${result.participant.length} 项`,
        '【牵头】',
        ...result.lead.map(taskLine),
        '【参与】',
        ...result.participant.map(taskLine),
      ].join('\n');
      return { json: result, text };
    }
    const tasks = await call('tasks.list', { planId });
    return { json: tasks, text: [`共 ${tasks.length} 项任务`, ...tasks.map(taskLine)].join('\n') };
  },
};
