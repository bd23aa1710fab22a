// Shared setup for the workbench tests: the 湛江 demo on a real SQLite file, 市农业农村局 and its task 1.
import type { Backend } from '../../db/backend.js';
import { emptyDraft, type ReportDraft } from '../../shared/progress/types.js';

export const findTask = async (backend: Backend, code: string): Promise<string> => {
  const task = (await backend['tasks.list']({})).find((t) => t.code === code);
  if (!task) throw new Error(`no task ${code}`);
  return task.id;
};

export const findDepartment = async (backend: Backend, name: string): Promise<string> => {
  const dept = (await backend['departments.list']({})).find((d) => d.name === name);
  if (!dept) throw new Error(`no department ${name}`);
  return dept.id;
};

export const filledDraft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
  ...emptyDraft(),
  status: 'on_track',
  percent: '60',
  progress: '完成农产品例行监测 1200 批次',
  problems: '基层检测力量不足',
  nextSteps: '开展冬春季专项抽检',
  ...over,
});
