import type { ReactNode } from 'react';

/**
 * 工作任务 with its 主要内容 underneath (task-columns.ts draws 主要内容 under the title on screen); `children`
 * are the screen's own actions on the task (the import preview's 不是任务).
 */
export const TitleCell = ({ task, children }: { task: { title: string; content: string }; children?: ReactNode }) => (
  <td className="col-title">
    <div className="task-title">{task.title}</div>
    {task.content ? <div className="task-content">{task.content}</div> : null}
    {children}
  </td>
);
