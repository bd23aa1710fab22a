import { useEffect } from 'react';
import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

/** 任务分解: the whole decomposition table, or one department's share of it. */
export const PlanScreen = () => {
  const { plan, tasks, tasksPlanId, departments, selected, selectDepartment, loadTasks } = usePlanStore();
  const isWholePlanShown = plan !== null && !selected;
  // The whole table is fetched only when it is shown (the app shell shows the count from the plan summary),
  // and again after the plan was reloaded (tasksPlanId reset by a plan import).
  useEffect(() => {
    if (isWholePlanShown) void loadTasks();
  }, [isWholePlanShown, plan?.id, tasksPlanId, loadTasks]);
  const isListReady = plan !== null && tasksPlanId === plan.id;
  return (
    <div className="app-body">
      <DepartmentPicker
        departments={departments}
        selectedId={selected?.department.id ?? null}
        onSelect={(id) => void selectDepartment(id)}
      />
      <main className="content">
        {selected ? (
          <DepartmentTasksView data={selected} />
        ) : plan && !isListReady ? (
          <p className="muted">正在载入任务分解表…</p>
        ) : (
          <TaskTable tasks={tasks} caption={plan ? `${plan.title} 工作任务分解表` : undefined} />
        )}
      </main>
    </div>
  );
};
