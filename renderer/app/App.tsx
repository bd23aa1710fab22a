import { useEffect, useState } from 'react';
import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { PlanImportView } from '../features/plan-import/components/PlanImportView';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

export const App = () => {
  const { plan, tasks, departments, selected, isLoading, error, load, selectDepartment } = usePlanStore();
  const [isImporting, setImporting] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>督办</h1>
        <div className="plan-title">{plan ? plan.title : isLoading ? '正在载入…' : '尚未导入规划'}</div>
        {plan ? <div className="plan-meta">共 {plan.taskCount} 项任务 · {departments.length} 个部门</div> : null}
        <button type="button" className="nav-button" onClick={() => setImporting(!isImporting)}>
          {isImporting ? '返回任务' : '导入规划'}
        </button>
      </header>
      {error ? (
        <div className="error-banner" role="alert">
          {error}
        </div>
      ) : null}
      {isImporting ? (
        <main className="content">
          <PlanImportView
            onImported={() => {
              setImporting(false);
              void load();
            }}
          />
        </main>
      ) : (
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
      )}
    </div>
  );
};
