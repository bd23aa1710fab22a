import { useState } from 'react';
import { SCREEN_COLUMNS, type TaskColumn } from '../../../../shared/plan/task-columns';
import type { ParsedSection, ParsedTask } from '../../../../shared/plan/types';
import { TableHead } from '../../tasks/components/TableHead';
import { TitleCell } from '../../tasks/components/TitleCell';

type Props = {
  tasks: ParsedTask[];
  sections: ParsedSection[];
  /** The table's columns the importer does not know: they will be kept as the office's own columns. */
  extraColumns?: string[];
  /** For a revision: the ones the plan does not have yet (the others are the office's columns the document fills). */
  newColumns?: string[];
  onSetLeads: (path: string, names: string[]) => void;
  onSetParticipants: (path: string, names: string[]) => void;
  /** The office says a read task is not one (a site's bullet, a heading read as an item). */
  onDropTask: (path: string) => void;
  /** Tasks ticked for a correction of many at once (BulkEdit.tsx). */
  selected: ReadonlySet<string>;
  onSelect: (paths: string[], isOn: boolean) => void;
};

/** A tick box that checks or clears a set of tasks; shown half-set when only some of them are ticked. */
const SelectBox = ({ paths, selected, onSelect, label }: { paths: string[]; selected: ReadonlySet<string>; onSelect: Props['onSelect']; label: string }) => {
  const ticked = paths.filter((p) => selected.has(p)).length;
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={paths.length > 0 && ticked === paths.length}
      ref={(box) => {
        if (box) box.indeterminate = ticked > 0 && ticked < paths.length;
      }}
      onChange={(e) => onSelect(paths, e.target.checked)}
    />
  );
};

/** A section heading covers the tasks in it and in its subsections. */
const inSection = (task: ParsedTask, section: string): boolean => task.section === section || Boolean(task.section?.startsWith(`${section} / `));

const deadlineLabel = (task: ParsedTask): string => {
  const d = task.deadline;
  if (!d || !d.text) return '—';
  if (d.date) return `${d.text}(${d.date})`;
  if (d.recurrence) return `${d.text}(周期)`;
  if (d.isOngoing) return `${d.text}(长期)`;
  return d.text;
};

type Role = 'lead' | 'participant';
const ROLE_LABEL: Record<Role, string> = { lead: '牵头单位', participant: '参与单位' };

/** Edits a task's leads or participants as one 、-separated list; an empty list clears them. */
const NamesEditor = ({ task, role, onSave }: { task: ParsedTask; role: Role; onSave: (names: string[]) => void }) => {
  const [isEditing, setEditing] = useState(false);
  const [value, setValue] = useState((role === 'lead' ? task.leads : task.participants).join('、'));
  if (!isEditing) {
    return (
      <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`修改任务 ${task.code} 的${ROLE_LABEL[role]}`}>
        改
      </button>
    );
  }
  return (
    <form
      className="inline-edit"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value.split(/[、,,;;]/).map((s) => s.trim()).filter(Boolean));
        setEditing(false);
      }}
    >
      <input value={value} onChange={(e) => setValue(e.target.value)} aria-label={`${ROLE_LABEL[role]}(用顿号分隔)`} autoFocus />
      <button type="submit">确定</button>
    </form>
  );
};

type CellProps = { column: TaskColumn; task: ParsedTask } & Pick<Props, 'onSetLeads' | 'onSetParticipants' | 'onDropTask'>;

/** One built-in column's cell (shared/plan/task-columns.ts), with the corrections the preview allows. */
const PreviewCell = ({ column, task, onSetLeads, onSetParticipants, onDropTask }: CellProps) => {
  switch (column.key) {
    case 'title':
      return (
        <TitleCell task={task}>
          <button type="button" className="link-button drop-task" onClick={() => onDropTask(task.path)} aria-label={`“${task.title.slice(0, 20)}”不是任务`}>
            不是任务
          </button>
        </TitleCell>
      );
    case 'leads':
      return (
        <td className="col-leads">
          {task.leads.length > 0 ? task.leads.join('、') : <span className="warn">未找到</span>}
          {task.isLeadInferred ? <span className="tag" title="文件没有写明谁牵头:按惯例取所列责任单位中的第一个,或任务所在的单位标题">推定</span> : null}{' '}
          <NamesEditor task={task} role="lead" onSave={(names) => onSetLeads(task.path, names)} />
        </td>
      );
    case 'participants':
      return (
        <td className="col-participants">
          {task.participants.join('、') || <span className="muted">—</span>}{' '}
          <NamesEditor task={task} role="participant" onSave={(names) => onSetParticipants(task.path, names)} />
        </td>
      );
    case 'deadline':
      return <td className="col-deadline">{deadlineLabel(task)}</td>;
    default:
      return <td className={`col-${column.key}`}>{column.text(task)}</td>;
  }
};

/** The task tree: each section heading, then its tasks with lead(s), participants and deadline. */
const NEW_COLUMN = '文件中的这一列将保留为本办公室的自定义列';
const KNOWN_COLUMN = '本办公室已有这一列:确认后按文件填入,文件中空白的单元格保持原样';

export const PreviewTasks = ({ tasks, sections, extraColumns = [], newColumns, onSetLeads, onSetParticipants, onDropTask, selected, onSelect }: Props) => {
  let lastSection = '';
  const sectionLevel = new Map(sections.map((s) => [s.title, s.level]));
  const all = tasks.map((t) => t.path);
  return (
    <table className="task-table preview-tasks">
      <TableHead
        leading={<SelectBox paths={all} selected={selected} onSelect={onSelect} label="选择全部任务" />}
        custom={extraColumns.map((h) => ({ key: h, name: h, note: !newColumns || newColumns.includes(h) ? NEW_COLUMN : KNOWN_COLUMN }))}
      />
      <tbody>
        {tasks.flatMap((task) => {
          const rows = [];
          if (task.section && task.section !== lastSection) {
            lastSection = task.section;
            const last = task.section.split(' / ').pop() ?? '';
            rows.push(
              <tr key={`s-${task.path}`} className="section-row">
                <td className="col-select">
                  <SelectBox
                    paths={tasks.filter((t) => inSection(t, task.section ?? '')).map((t) => t.path)}
                    selected={selected}
                    onSelect={onSelect}
                    label={`选择“${last}”下的全部任务`}
                  />
                </td>
                <td colSpan={SCREEN_COLUMNS.length + extraColumns.length} style={{ paddingLeft: 8 + 12 * ((sectionLevel.get(last) ?? 1) - 1) }}>
                  {task.section}
                </td>
              </tr>,
            );
          }
          rows.push(
            <tr key={task.path} data-path={task.path} className={selected.has(task.path) ? 'selected' : undefined}>
              <td className="col-select">
                <SelectBox paths={[task.path]} selected={selected} onSelect={onSelect} label={`选择任务 ${task.code}`} />
              </td>
              {SCREEN_COLUMNS.map((c) => (
                <PreviewCell key={c.key} column={c} task={task} onSetLeads={onSetLeads} onSetParticipants={onSetParticipants} onDropTask={onDropTask} />
              ))}
              {extraColumns.map((h) => (
                <td key={h} className="col-custom" data-column={h}>
                  {task.extra?.[h] ?? ''}
                </td>
              ))}
            </tr>,
          );
          return rows;
        })}
      </tbody>
    </table>
  );
};
