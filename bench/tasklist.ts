// Task-list figure: the backend time of workbench.myTasks (the department's list with lights, this
// period's report state and review state), called the way a host calls it (argument validated).
import type { Backend } from '../db/backend.js';
import { call, type BuiltDepartment } from './build.js';
import { percentile } from './stats.js';

export type TaskListFigures = { p95Ms: number; medianMs: number; calls: number; rowsPerList: number };

export const measureTaskList = async (backend: Backend, departments: BuiltDepartment[], callsEach = 10): Promise<TaskListFigures> => {
  const times: number[] = [];
  let rows = 0;
  // Warm the statement cache once, as a running app has.
  await call(backend, 'workbench.myTasks', { departmentId: departments[0]?.id });
  for (const dept of departments) {
    for (let i = 0; i < callsEach; i += 1) {
      const started = performance.now();
      const list = await call(backend, 'workbench.myTasks', { departmentId: dept.id });
      times.push(performance.now() - started);
      rows += list.rows.length;
      if (list.rows.length === 0) throw new Error(`${dept.name} has an empty task list`);
    }
  }
  return { p95Ms: percentile(times, 95), medianMs: percentile(times, 50), calls: times.length, rowsPerList: Math.round(rows / times.length) };
};
