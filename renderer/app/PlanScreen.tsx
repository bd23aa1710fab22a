import { useEffect, useState } from 'react';
import { ColumnsPanel } from '../features/columns/components/ColumnsPanel';
import '../features/columns/columns.css';
import { useColumnsStore } from '../features/columns/store';
import { DepartmentPicker } from '../features/departments/components/DepartmentPicker';
import { useSetupStore } from '../features/setup/store';
import { DepartmentTasksView } from '../features/tasks/components/DepartmentTasksView';
import { PlanRename } from '../features/tasks/components/PlanRename';
import { TaskTable } from '../features/tasks/components/TaskTable';
import { usePlanStore } from '../features/tasks/store';

/** 任务分解: the whole decomposition table, or one department's share of it. */
export const PlanScreen = () => {
  const { plan, tasks, tasksPlanId, departments, selected, selectDepartment, loadTasks, load } = usePlanStore();
  const { columns, setValue, load: loadColumns } = useColumnsStore();
  // The office sets and fills its own columns; a department PC shows them as the office sent them.
  const isOffice = useSetupStore((s) => s.status?.role !== 'department');
  const [isSettingColumns, setSettingColumns] = useState(false);
  const isWholePlanShown = plan !== null && !selected;
  // The whole table is fetched only when it is shown (the app shell shows the count from the plan summary),
  // and again after the plan was reloaded (tasksPlanId reset by a plan import).
  useEffect(() => {
    if (isWholePlanShown) void loadTasks();
  }, [isWholePlanShown, plan?.id, tasksPlanId, loadTasks]);
  useEffect(() => {
    if (plan) void loadColumns(plan.id);
  }, [plan?.id, tasksPlanId, loadColumns]);
  const isListReady = plan !== null && tasksPlanId === plan.id;
  const shown = columns.filter((c) => !c.isHidden);
  const onSetValue = isOffice ? setValue : undefined;
  return (
    <div className="app-body">
      <DepartmentPicker
        departments={departments}
        selectedId={selected?.department.id ?? null}
        onSelect={(id) => void selectDepartment(id)}
      />
      <main className="content">
        {isOffice && plan ? (
          <div className="plan-toolbar">
            <button type="button" className="btn btn-plain" onClick={() => setSettingColumns(!isSettingColumns)} aria-expanded={isSettingColumns}>
              列设置
            </button>
            <PlanRename key={plan.id} planId={plan.id} title={plan.title} onRenamed={() => void load(plan.id)} />
            {shown.length > 0 ? <span className="muted">点击自定义列的单元格即可填写,回车保存并到下一行,Tab 到右侧一格。</span> : null}
          </div>
        ) : null}
        {isSettingColumns && isOffice ? <ColumnsPanel onClose={() => setSettingColumns(false)} /> : null}
        {selected ? (
          <DepartmentTasksView data={selected} columns={shown} onSetValue={onSetValue} />
        ) : plan && !isListReady ? (
          <p className="muted">正在载入任务分解表…</p>
        ) : (
          <TaskTable tasks={tasks} caption={plan ? `${plan.title} 工作任务分解表` : undefined} columns={shown} onSetValue={onSetValue} />
        )}
      </main>
    </div>
  );
};
