import { rankDepartments } from '../../../shared/departments/match.js';
import type { CliCommand } from '../command.js';

export const departmentsCommand: CliCommand = {
  name: 'departments',
  summary: '列出部门目录;可按名称、别名或拼音首字母查找',
  usage: 'duban departments [--find 关键词] [--plan 规划编号] [--json]',
  options: { find: { type: 'string' }, plan: { type: 'string' } },
  run: async ({ call, values }) => {
    const planId = typeof values.plan === 'string' ? values.plan : undefined;
    const all = await call('departments.list', { planId });
    const list = typeof values.find === 'string' ? rankDepartments(all, values.find) : all;
    const text = list
      .map((d) => `${d.name}${d.kind === 'group' ? '(集合)' : ''}  ${d.initials}  任务 ${d.taskCount} 项`)
      .join('\n');
    return { json: list, text: text || '没有匹配的部门' };
  },
};
