import { useEffect, useState } from 'react';
import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { SyncView } from '../features/sync/components/SyncView';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

export const App = () => {
  const { plan, tasks, departments, selected, isLoading, error, load, selectDepartment } = usePlanStore();
  const [screen, setScreen] = useState<'plan' | 'sync'>('plan');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>督办</h1>
        <div className="plan-title">{plan ? plan.title : isLoading ? '正在载入…' : '尚未导入规划'}</div>
        {plan ? <div className="plan-meta">共 {plan.taskCount} 项任务 · {departments.length} 个部门</div> : null}
        <nav className="app-nav">
          <button type="button" aria-pressed={screen === 'plan'} onClick={() => setScreen('plan')}>任务分解</button>
          <button type="button" aria-pressed={screen === 'sync'} onClick={() => setScreen('sync')}>数据交换</button>
        </nav>
      </header>
      {error ? (
        <div className="error-banner" role="alert">
          {error}
        </div>
      ) : null}
      {screen === 'sync' ? <SyncView /> : null}
      <div className="app-body" hidden={screen !== 'plan'}>
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
    </div>
  );
};
