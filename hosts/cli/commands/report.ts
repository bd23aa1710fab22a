// `duban report submit`: a department submits one report from the command line, through the same
// method and checks as the workbench form (progress.submit): scripts, tests and support staff need it.
import { ApiError } from '../../../shared/api/errors.js';
import { rankDepartments } from '../../../shared/departments/match.js';
import { reportStatusLabel, reportStatuses, type ReportStatus } from '../../../shared/progress/report-status.js';
import type { CliCommand, CliValues } from '../command.js';

const text = (values: CliValues, key: string): string => (typeof values[key] === 'string' ? String(values[key]) : '');

/** 正常推进 or on_track: the form's words, or the code. */
const statusOf = (typed: string): ReportStatus => {
  const word = typed.trim();
  const found = reportStatuses.find((s) => s === word || reportStatusLabel[s] === word);
  if (!found) throw new ApiError('bad_input', `进展状态应为 ${reportStatuses.map((s) => reportStatusLabel[s]).join('、')} 之一`);
  return found;
};

export const reportCommand: CliCommand = {
  name: 'report',
  summary: '部门报送一项任务某报告期的进度(与填报表单相同的检查)',
  usage:
    'duban report submit --task 任务序号 --period 2026-Q4 --status 正常推进 --percent 60 --progress 进展情况 [--problems 存在问题] [--next 下一步计划] [--dept 部门] [--json]',
  options: {
    task: { type: 'string' },
    period: { type: 'string' },
    status: { type: 'string' },
    percent: { type: 'string' },
    progress: { type: 'string' },
    problems: { type: 'string' },
    next: { type: 'string' },
    dept: { type: 'string' },
  },
  run: async ({ call, values, positionals }) => {
    if (positionals[0] !== 'submit') throw new ApiError('bad_input', '用法:duban report submit --task … --period … --status … --percent … --progress …');
    const task = text(values, 'task').trim();
    if (!task) throw new ApiError('bad_input', '请用 --task 指定任务序号');
    const status = await call('sync.status', {});
    let departmentId = status.role === 'department' ? status.departmentId : null;
    if (typeof values.dept === 'string') {
      const found = rankDepartments(await call('departments.list', {}), values.dept)[0];
      if (!found) throw new ApiError('not_found', `找不到单位“${values.dept}”`);
      if (departmentId && found.id !== departmentId) throw new ApiError('refused', `本机是${status.name}的电脑,不能为${found.name}报送`);
      departmentId = found.id;
    }
    if (!departmentId) throw new ApiError('bad_input', '请用 --dept 指定报送单位');
    const mine = await call('workbench.myTasks', { departmentId });
    const row = mine.rows.find((r) => r.taskId === task || r.code === task);
    if (!row) throw new ApiError('not_found', `${mine.department.name}牵头或参与的任务中没有序号为 ${task} 的任务`);
    const periodId = text(values, 'period').trim() || mine.period.id;
    const detail = await call('progress.submit', {
      taskId: row.taskId,
      departmentId,
      periodId,
      draft: {
        status: statusOf(text(values, 'status')),
        percent: text(values, 'percent'),
        progress: text(values, 'progress'),
        problems: text(values, 'problems'),
        nextSteps: text(values, 'next'),
        indicatorValues: {},
        attachments: [],
      },
    });
    return { json: detail, text: `已报送:${mine.department.name} · 任务 ${row.code} ${row.title} · ${periodId}` };
  },
};
