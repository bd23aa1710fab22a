import { useState } from 'react';
import type { AssignedDepartment, TaskRow } from '../../../../shared/domain/types';
import type { CustomColumn } from '../../../../shared/plan/custom-columns';
import { CustomCell, type CellMove } from '../../columns/components/CustomCell';
import { SCREEN_COLUMNS, type TaskColumn } from '../../../../shared/plan/task-columns';
import { TableHead } from './TableHead';
import { TitleCell } from './TitleCell';

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

type Props = {
  tasks: TaskRow[];
  highlightDepartmentId?: string;
  caption?: string;
  /** The office's own columns to show after the built-in ones (visible ones, in order). */
  columns?: CustomColumn[];
  /** Given on the office PC: the office's cells can be filled in place. */
  onSetValue?: (taskId: string, columnId: string, value: string) => Promise<string | null>;
};

type Editing = { row: number; column: number } | null;

/** One cell of a built-in column (shared/plan/task-columns.ts); departments keep their 推定 tags and highlight. */
const Cell = ({ column, task, highlight }: { column: TaskColumn; task: TaskRow; highlight?: string }) => {
  switch (column.key) {
    case 'title':
      return <TitleCell task={task} />;
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
export const TaskTable = ({ tasks, highlightDepartmentId, caption, columns = [], onSetValue }: Props) => {
  const [editing, setEditing] = useState<Editing>(null);
  const leave = (row: number, column: number, move: CellMove): void => {
    if (move === 'stay') return setEditing(null);
    if (move === 'down') return setEditing(row + 1 < tasks.length ? { row: row + 1, column } : null);
    const step = move === 'right' ? 1 : -1;
    const flat = row * columns.length + column + step;
    setEditing(flat >= 0 && flat < tasks.length * columns.length ? { row: Math.floor(flat / columns.length), column: flat % columns.length } : null);
  };
  const width = SCREEN_COLUMNS.length + columns.length;
  return (
    <table className={columns.length > 0 ? 'task-table has-custom' : 'task-table'}>
      {caption ? <caption>{caption}</caption> : null}
      <TableHead custom={columns.map((c) => ({ key: c.id, name: c.name }))} />
      <tbody>
        {tasks.map((task, row) => (
          <tr key={task.id} data-task-code={task.code}>
            {SCREEN_COLUMNS.map((c) => (
              <Cell key={c.key} column={c} task={task} highlight={highlightDepartmentId} />
            ))}
            {columns.map((c, column) => (
              <CustomCell
                key={c.id}
                column={c}
                value={task.custom[c.id] ?? ''}
                isEditable={onSetValue !== undefined}
                isEditing={editing?.row === row && editing.column === column}
                onStart={() => setEditing({ row, column })}
                onSave={(value) => onSetValue?.(task.id, c.id, value) ?? Promise.resolve(null)}
                onLeave={(move) => leave(row, column, move)}
              />
            ))}
          </tr>
        ))}
        {tasks.length === 0 ? (
          <tr>
            <td colSpan={width} className="empty">
              没有任务
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
};
