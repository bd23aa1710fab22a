/** 工作任务 with its 主要内容 underneath (task-columns.ts draws 主要内容 under the title on screen). */
export const TitleCell = ({ task }: { task: { title: string; content: string } }) => (
  <td className="col-title">
    <div className="task-title">{task.title}</div>
    {task.content ? <div className="task-content">{task.content}</div> : null}
  </td>
);
