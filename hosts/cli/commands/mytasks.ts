import { ApiError } from '../../../shared/api/errors.js';
import { rankDepartments } from '../../../shared/departments/match.js';
import { lightLabel } from '../../../shared/progress/lights.js';
import { reportStateLabel } from '../../../shared/progress/report-status.js';
import type { CliCommand } from '../command.js';

/** The workbench's list for scripts: a unit's tasks with light, deadline and this period's report state. */
export const mytasksCommand: CliCommand = {
  name: 'mytasks',
  summary: '列出某单位牵头和参与的任务:亮灯、完成时限、本期报告状态;可搜索',
  usage: 'duban mytasks --dept 部门名称或拼音首字母 [--find 关键词] [--json]',
  options: { dept: { type: 'string' }, find: { type: 'string' } },
  run: async ({ call, values }) => {
    if (typeof values.dept !== 'string') throw new ApiError('bad_input', '请用 --dept 指定单位');
    const department = rankDepartments(await call('departments.list', {}), values.dept)[0];
    if (!department) throw new ApiError('not_found', `找不到单位“${values.dept}”`);
    const result = await call('workbench.myTasks', {
      departmentId: department.id,
      query: typeof values.find === 'string' ? values.find : undefined,
    });
    // date-fns (behind the date formats) loads with the answer, not with every `duban` start.
    const { remainingLabel, formatDay } = await import('../../../shared/progress/deadline.js');
    const lines = result.rows.map(
      (r) =>
        `${r.code.padStart(4)}. [${r.role === 'lead' ? '牵头' : '参与'}] ${lightLabel[r.light]} ${reportStateLabel[r.state]}  ${r.title}  ${
          r.deadline ? `${formatDay(r.deadline)} ${remainingLabel(r.deadline, result.today)}` : r.deadlineText || '未定完成时限'
        }`,
    );
    const overdue = result.overdue.map((o) => `注意:${o.label}报告已于 ${formatDay(o.due)} 截止,${o.taskCount} 项未报送`);
    const text = [`${result.department.name} · 本期 ${result.period.label}(报送截止 ${formatDay(result.period.due)})· 共 ${result.rows.length} 项`, ...overdue, ...lines].join('\n');
    return { json: result, text };
  },
};
