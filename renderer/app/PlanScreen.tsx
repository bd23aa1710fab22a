import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

/** 任务分解: the whole decomposition table, or one department's share of it. */
export const PlanScreen = () => {
  const { plan, tasks, departments, selected, selectDepartment } = usePlanStore();
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
        ) : (
          <TaskTable tasks={tasks} caption={plan ? `${plan.title} 工作任务分解表` : undefined} />
        )}
      </main>
    </div>
  );
};
