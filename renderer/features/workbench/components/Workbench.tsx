import '../workbench.css';
// The department clerk's workbench: my tasks on the left, this period's report on the right.
// Ctrl+S saves the draft, Ctrl+F goes to the search box.
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDay } from '../../../../shared/progress/deadline';
import { useNav } from '../../../app/navigation';
import { applyFilters, noFilters, type Filters } from '../filtering';
import { useWorkbench } from '../store';
import { FilterBar } from './FilterBar';
import { ReportPanel } from './ReportPanel';
import { SheetButtons, SheetNotice } from './SheetButtons';
import { TaskList } from './TaskList';
import { WhoAmI } from './WhoAmI';
import type { PcMode } from '../../../app/screens';
import { ProgressExportCard } from '../../sync/components/ProgressExportCard';
import { Banners } from '../../../app/Banners';

const SEARCH_DELAY_MS = 250;

export const Workbench = ({ mode }: { mode: PcMode }) => {
  const { settings, departments, tasks, selectedTaskId, error, init, chooseDepartment, setLargeFont, search, openTask, saveNow } =
    useWorkbench();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [isExportOpen, setExportOpen] = useState(false);

  useEffect(() => {
    // Opened from a link elsewhere (the office's answer after an import): that report opens at once.
    void init().then(async () => {
      const focus = useNav.getState().takeFocus();
      if (!focus?.taskId) return;
      // The report belongs to a unit: the workbench shows that unit's tasks (a department PC has only its own).
      if (focus.departmentId && useWorkbench.getState().settings?.departmentId !== focus.departmentId) await chooseDepartment(focus.departmentId);
      await openTask(focus.taskId, focus.periodId);
    });
  }, [init, openTask, chooseDepartment]);

  useEffect(() => {
    const timer = setTimeout(() => void search(query), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        void saveNow();
      } else if (key === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    // Leaving the window (switching to WPS, minimising) saves at once rather than on the timer.
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [saveNow]);

  const rows = useMemo(() => (tasks ? applyFilters(tasks.rows, filters) : []), [tasks, filters]);

  return (
    <div className={`workbench ${settings?.isLargeFont ? 'large-font' : ''}`}>
      <div className="workbench-bar">
        <WhoAmI mode={mode} departments={departments} departmentId={settings?.departmentId ?? null} onChoose={(id) => void chooseDepartment(id)} />
        <SheetButtons isEnabled={Boolean(settings?.departmentId && tasks)} />
        {mode !== 'office' ? (
          <button type="button" aria-expanded={isExportOpen} onClick={() => setExportOpen(!isExportOpen)}>
            导出进度包…
          </button>
        ) : null}
        <input
          ref={searchRef}
          className="search"
          type="search"
          aria-label="搜索任务和报告"
          maxLength={100}
          placeholder="搜索任务和报告内容(Ctrl+F)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {tasks ? (
          <span className="period-info">
            {tasks.periodSource === 'office' ? '牵头办公室正在收集' : '本期'}:{tasks.period.label} · 报送截止 {formatDay(tasks.period.due)}
          </span>
        ) : null}
        <label className="font-toggle">
          <input type="checkbox" checked={settings?.isLargeFont ?? false} onChange={(e) => void setLargeFont(e.target.checked)} />
          大字号
        </label>
      </div>
      <Banners error={error} />
      {mode === 'office' ? (
        <div className="proxy-banner" role="note">
          代填:牵头办公室替没有督办的单位录入报告,提交后时间轴记为“办公室代填”。单位自己报送的报告不能在这里修改,如有问题请在审核中退回。
        </div>
      ) : null}
      {isExportOpen && mode !== 'office' ? <ProgressExportCard /> : null}
      <SheetNotice />
      {tasks?.overdue.map((o) => (
        <div key={o.periodId} className="overdue-banner" role="alert">
          {o.label}报告已于 {formatDay(o.due)} 截止,还有 {o.taskCount} 项任务未报送,请尽快补报。
        </div>
      ))}
      {!settings?.departmentId ? (
        <div className="workbench-empty">
          {mode === 'office' ? '请先在上方选择要代填的单位。' : mode === 'department' ? '本机尚未由初始化包设定本单位,请在数据交换中导入牵头办公室发来的初始化包。' : '请先在上方选择本单位,即可看到本单位牵头和参与的任务。'}
        </div>
      ) : (
        <div className="workbench-body">
          <div className="task-pane">
            <FilterBar filters={filters} sections={tasks?.sections ?? []} onChange={setFilters} />
            <div className="list-count muted">
              共 {rows.length} 项{tasks && rows.length !== tasks.rows.length ? `(全部 ${tasks.rows.length} 项)` : ''}
              {tasks?.searchMode === 'like' ? ' · 一两个字的搜索按包含匹配' : ''}
            </div>
            <TaskList rows={rows} today={tasks?.today ?? ''} selectedTaskId={selectedTaskId} onOpen={(id) => void openTask(id)} />
          </div>
          <ReportPanel />
        </div>
      )}
    </div>
  );
};
