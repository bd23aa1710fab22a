import type { ComponentProps } from 'react';
import type { DepartmentTasks } from '../../../../shared/domain/types';
import { TaskTable } from './TaskTable';

/** One department's share of the plan, split the way clerks think of it: what we lead, what we join. */
type Props = { data: DepartmentTasks } & Pick<ComponentProps<typeof TaskTable>, 'columns' | 'onSetValue'>;

export const DepartmentTasksView = ({ data, columns, onSetValue }: Props) => (
  <section className="department-tasks" aria-label={`${data.department.name}的任务`}>
    <h2>
      {data.department.name}
      <span className="summary">
        牵头 {data.lead.length} 项 · 参与 {data.participant.length} 项
      </span>
    </h2>
    <section aria-label="牵头任务">
      <h3 className="role-heading lead">牵头({data.lead.length})</h3>
      <TaskTable tasks={data.lead} highlightDepartmentId={data.department.id} columns={columns} onSetValue={onSetValue} />
    </section>
    <section aria-label="参与任务">
      <h3 className="role-heading participant">参与({data.participant.length})</h3>
      <TaskTable tasks={data.participant} highlightDepartmentId={data.department.id} columns={columns} onSetValue={onSetValue} />
    </section>
  </section>
);
