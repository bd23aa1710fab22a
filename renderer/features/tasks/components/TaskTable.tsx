import type { AssignedDepartment, TaskRow } from '../../../../shared/domain/types';

const Names = ({ list, highlight }: { list: AssignedDepartment[]; highlight?: string }) =>
  list.length === 0 ? (
    <span className="muted">—</span>
  ) : (
    <>
      {list.map((d, i) => (
        <span key={d.departmentId}>
          <span className={d.departmentId === highlight ? 'dept me' : 'dept'}>{d.name}</span>
          {d.isInferred ? <span className="tag" title="文件未写明牵头单位,按惯例取责任单位中的第一个">推定</span> : null}
          {i < list.length - 1 ? '、' : ''}
        </span>
      ))}
    </>
  );

type Props = { tasks: TaskRow[]; highlightDepartmentId?: string; caption?: string };

/** The decomposition table as people know it: 序号 / 工作任务 / 牵头部门 / 参与部门. */
export const TaskTable = ({ tasks, highlightDepartmentId, caption }: Props) => (
  <table className="task-table">
    {caption ? <caption>{caption}</caption> : null}
    <thead>
      <tr>
        <th className="col-code">序号</th>
        <th className="col-title">工作任务</th>
        <th>牵头部门</th>
        <th>参与部门</th>
      </tr>
    </thead>
    <tbody>
      {tasks.map((task) => (
        <tr key={task.id} data-task-code={task.code}>
          <td className="col-code">{task.code}</td>
          <td className="col-title">
            <div className="task-title">{task.title}</div>
            {task.content ? <div className="task-content">{task.content}</div> : null}
          </td>
          <td>
            <Names list={task.leads} highlight={highlightDepartmentId} />
          </td>
          <td>
            <Names list={task.participants} highlight={highlightDepartmentId} />
          </td>
        </tr>
      ))}
      {tasks.length === 0 ? (
        <tr>
          <td colSpan={4} className="empty">
            没有任务
          </td>
        </tr>
      ) : null}
    </tbody>
  </table>
);
