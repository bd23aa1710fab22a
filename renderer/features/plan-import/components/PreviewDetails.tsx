import { attributeLabel } from '../../../../shared/plan/attribute';
import { useState } from 'react';
import type { DepartmentCheck } from '../../../../shared/api/methods/plans';
import type { PlanDiff } from '../../../../shared/plan/diff';
import { ColumnDiffView } from './ColumnDiffView';
import type { ParsedIndicator, ParsedTarget, ParsedTask, UnplacedLine } from '../../../../shared/plan/types';

const COMPARATOR: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '区间' };

const targetLabel = (t: ParsedTarget): string => {
  if (t.isNone) return '无';
  if (t.comparator === null) return t.text ? `${t.text}(未识别)` : '—';
  if (t.comparator === 'range') return `${t.low}–${t.high}${t.unit}`;
  return `${COMPARATOR[t.comparator] ?? ''}${t.low ?? t.high ?? ''}${t.unit}`;
};

/**
 * The indicators as they will be saved. A table that names who answers for each indicator (责任单位,
 * 监考单位) or what was achieved (实际完成) gets those columns too, so they can be checked before importing.
 */
export const IndicatorList = ({ indicators }: { indicators: ParsedIndicator[] }) => {
  const withOwner = indicators.some((i) => i.owner);
  const withAchieved = indicators.some((i) => i.achieved && !i.achieved.isNone && i.achieved.text);
  return (
    <table className="task-table">
      <thead>
        <tr>
          <th>类别</th>
          <th>指标</th>
          <th>单位</th>
          <th>基期值</th>
          <th>目标值</th>
          <th>解析</th>
          {withAchieved ? <th>完成值</th> : null}
          <th>属性</th>
          {withOwner ? <th>责任单位</th> : null}
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.seq}>
            <td>{i.category}</td>
            <td>{i.name}</td>
            <td>{i.unit || i.target.unit}</td>
            <td>{i.baseline.text || '—'}</td>
            <td>{i.target.text || '—'}</td>
            <td>{targetLabel(i.target)}</td>
            {withAchieved ? <td>{i.achieved?.text || '—'}</td> : null}
            <td>{attributeLabel(i.attribute) || '—'}</td>
            {withOwner ? <td>{i.owner || '—'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

const KIND: Record<string, string> = { noise: '噪声', skipped: '略过', unplaced: '待处理' };

type UnplacedProps = {
  lines: UnplacedLine[];
  tasks: ParsedTask[];
  onDrop: (line: number) => void;
  onAttach: (line: number, path: string) => void;
  onAddTask: (line: number) => void;
  onRestore: (path: string) => void;
};

/** A task the office took out: it can only be put back. */
const RestoreAction = ({ path, onRestore }: { path: string; onRestore: (path: string) => void }) => (
  <span className="unplaced-actions">
    <button type="button" className="link-button" onClick={() => onRestore(path)}>
      恢复为任务
    </button>
  </span>
);

type LineActionsProps = { line: UnplacedLine } & Omit<UnplacedProps, 'lines' | 'onRestore'>;

/**
 * Drop the line, take it in as a task of its own, or give its text to a task. Taking in is not offered where
 * a read task starts on the line: that entry only says the task has no lead.
 */
const LineActions = ({ line: u, tasks, onDrop, onAttach, onAddTask }: LineActionsProps) => (
  <span className="unplaced-actions">
    <button type="button" className="link-button" onClick={() => onDrop(u.line)}>
      忽略此行
    </button>
    {tasks.some((t) => t.line === u.line) ? null : (
      <button type="button" className="link-button" onClick={() => onAddTask(u.line)} aria-label={`将第 ${u.line} 行作为任务`}>
        作为任务
      </button>
    )}
    {tasks.length > 0 ? (
      <select
        aria-label={`将第 ${u.line} 行归入任务`}
        value=""
        onChange={(e) => {
          if (e.target.value) onAttach(u.line, e.target.value);
        }}
      >
        <option value="">归入任务…</option>
        {tasks.map((t) => (
          <option key={t.path} value={t.path}>
            {t.code} {t.title.slice(0, 24)}
          </option>
        ))}
      </select>
    ) : null}
  </span>
);

/** Every line the reader did not place, whatever the reason, with what the office can do with it. */
export const UnplacedList = ({ lines, onRestore, ...actions }: UnplacedProps) => {
  const noLead = lines.filter((u) => u.kind === 'unplaced' && actions.tasks.some((t) => t.line === u.line && t.leads.length === 0)).length;
  return (
    <>
      {noLead >= 2 ? (
        <p className="unplaced-hint">
          有 {noLead} 项任务没有找到牵头单位:可在“任务”页勾选这些任务(或勾选所在章节),一次设定牵头单位。
        </p>
      ) : null}
      <UnplacedLines lines={lines} onRestore={onRestore} {...actions} />
    </>
  );
};

const UnplacedLines = ({ lines, onRestore, ...actions }: UnplacedProps) => (
  <ul className="unplaced-list">
    {lines.map((u, i) => (
      <li key={`${u.line}-${i}`} className={`unplaced kind-${u.kind ?? 'unplaced'}`}>
        <span className="line-no">第 {u.line} 行</span>
        <span className="kind">{KIND[u.kind ?? 'unplaced']}</span>
        <span className="reason">{u.reason}</span>
        <span className="text">{u.text}</span>
        {u.taskPath ? <RestoreAction path={u.taskPath} onRestore={onRestore} /> : <LineActions line={u} {...actions} />}
      </li>
    ))}
  </ul>
);

export const DepartmentChecks = ({ departments, onMerge }: { departments: DepartmentCheck[]; onMerge: (alias: string, canonical: string) => void }) => {
  const [alias, setAlias] = useState('');
  const [canonical, setCanonical] = useState('');
  return (
    <div>
      <ul className="dept-checks">
        {departments.map((d) => (
          <li key={d.name}>
            {d.name}
            {d.canonical !== d.name ? <span className="muted"> → {d.canonical}</span> : null}
            <span className={d.isKnown ? 'tag' : 'tag new'}>{d.isKnown ? '目录中已有' : '新部门'}</span>
            <span className="muted"> {d.taskCount} 项</span>
          </li>
        ))}
      </ul>
      <form
        className="inline-edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (alias.trim() && canonical.trim()) onMerge(alias.trim(), canonical.trim());
          setAlias('');
          setCanonical('');
        }}
      >
        合并别名:
        <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder="文件中的写法,如 市发改委" aria-label="别名" />
        =
        <input value={canonical} onChange={(e) => setCanonical(e.target.value)} placeholder="规范名称,如 市发展和改革局" aria-label="规范名称" />
        <button type="submit">合并</button>
      </form>
    </div>
  );
};

const CHANGE: Record<string, string> = { reworded: '文字修改', reassigned: '责任调整', deadline: '时限变化', moved: '位置变化' };

export const DiffView = ({ diff }: { diff: PlanDiff }) => (
  <div className="diff-view">
    <p>
      新增 <b>{diff.added.length}</b> 项,删除 <b>{diff.removed.length}</b> 项,变更 <b>{diff.changed.length}</b> 项,未变{' '}
      {diff.unchangedCount} 项。已填报的进度全部保留;删除的任务只作标记,不会抹去。
    </p>
    <ul>
      {diff.added.map((t) => (
        <li key={`a-${t.path}`} className="diff added">
          新增 {t.path} {t.title}(牵头:{t.leads.join('、') || '—'})
        </li>
      ))}
      {diff.removed.map((t) => (
        <li key={`r-${t.taskId}`} className="diff removed">
          删除 {t.path} {t.title}
        </li>
      ))}
      {diff.changed.map((c) => (
        <li key={`c-${c.taskId}`} className="diff changed">
          {c.changes.map((k) => CHANGE[k]).join('、')}:{c.after.path} {c.after.title}
          {c.changes.includes('reworded') && c.before.title !== c.after.title ? <span className="muted">(原:{c.before.title})</span> : null}
          {c.changes.includes('reassigned') ? (
            <span className="muted">
              (牵头 {c.before.leads.join('、')} → {c.after.leads.join('、')};参与 {c.before.participants.join('、') || '—'} →{' '}
              {c.after.participants.join('、') || '—'})
            </span>
          ) : null}
          {c.changes.includes('deadline') ? <span className="muted">({c.before.deadlineText || '—'} → {c.after.deadlineText || '—'})</span> : null}
        </li>
      ))}
    </ul>
    <ColumnDiffView diff={diff.columns} />
  </div>
);
