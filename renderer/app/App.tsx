import { useEffect, useState } from 'react';
import { BulletinPage } from '../features/bulletin/components/BulletinPage';
import { Dashboard } from '../features/dashboard/components/Dashboard';
import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

type View = { name: 'plan' } | { name: 'dashboard' } | { name: 'bulletin'; periodId: string };

export const App = () => {
  const { plan, tasks, departments, selected, isLoading, error, load, selectDepartment } = usePlanStore();
  const [view, setView] = useState<View>({ name: 'plan' });

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>督办</h1>
        <div className="plan-title">{plan ? plan.title : isLoading ? '正在载入…' : '尚未导入规划'}</div>
        {plan ? <div className="plan-meta">共 {plan.taskCount} 项任务 · {departments.length} 个部门</div> : null}
        <nav className="app-nav" aria-label="视图">
          <button type="button" className={view.name === 'plan' ? 'active' : ''} onClick={() => setView({ name: 'plan' })}>
            任务分解表
          </button>
          <button type="button" className={view.name !== 'plan' ? 'active' : ''} onClick={() => setView({ name: 'dashboard' })}>
            统计与通报
          </button>
        </nav>
      </header>
      {error ? (
        <div className="error-banner" role="alert">
          {error}
        </div>
      ) : null}
      {view.name === 'dashboard' ? <Dashboard planId={plan?.id} onOpenBulletin={(periodId) => setView({ name: 'bulletin', periodId })} /> : null}
      {view.name === 'bulletin' ? (
        <BulletinPage scope={{ periodId: view.periodId, planId: plan?.id }} onBack={() => setView({ name: 'dashboard' })} />
      ) : null}
      {view.name === 'plan' ? (
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
      ) : null}
    </div>
  );
};
