import type { AssignedDepartment, TaskRow } from '../../../../shared/domain/types';
import { SCREEN_COLUMNS, type TaskColumn } from '../../../../shared/plan/task-columns';

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

/** One cell of a built-in column (shared/plan/task-columns.ts); departments keep their 推定 tags and highlight. */
const Cell = ({ column, task, highlight }: { column: TaskColumn; task: TaskRow; highlight?: string }) => {
  switch (column.key) {
    case 'title':
      return (
        <td className="col-title">
          <div className="task-title">{task.title}</div>
          {task.content ? <div className="task-content">{task.content}</div> : null}
        </td>
      );
    case 'leads':
      return (
        <td>
          <Names list={task.leads} highlight={highlight} />
        </td>
      );
    case 'participants':
      return (
        <td>
          <Names list={task.participants} highlight={highlight} />
        </td>
      );
    default:
      return <td className={`col-${column.key}`}>{column.text(cellSource(task)) || <span className="muted">—</span>}</td>;
  }
};

const cellSource = (task: TaskRow) => ({ ...task, leads: task.leads.map((d) => d.name), participants: task.participants.map((d) => d.name) });

/** The decomposition table as people know it, its columns from the one list (序号 / 工作任务 / 牵头部门 / …). */
export const TaskTable = ({ tasks, highlightDepartmentId, caption }: Props) => (
  <table className="task-table">
    {caption ? <caption>{caption}</caption> : null}
    <thead>
      <tr>
        {SCREEN_COLUMNS.map((c) => (
          <th key={c.key} className={`col-${c.key}`}>
            {c.header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {tasks.map((task) => (
        <tr key={task.id} data-task-code={task.code}>
          {SCREEN_COLUMNS.map((c) => (
            <Cell key={c.key} column={c} task={task} highlight={highlightDepartmentId} />
          ))}
        </tr>
      ))}
      {tasks.length === 0 ? (
        <tr>
          <td colSpan={SCREEN_COLUMNS.length} className="empty">
            没有任务
          </td>
        </tr>
      ) : null}
    </tbody>
  </table>
);
