import './plan-import.css';
import { useEffect, useState } from 'react';
import { usePlanImportStore } from '../store';
import { PreviewTasks } from './PreviewTasks';
import { BulkEdit } from './BulkEdit';
import { PlanTitle } from './PlanTitle';
import { titleFromFileName } from '../../../../shared/plan/metadata';
import { DepartmentChecks, DiffView, IndicatorList, UnplacedList } from './PreviewDetails';
import { Banners } from '../../../app/Banners';

type Tab = 'tasks' | 'indicators' | 'unplaced' | 'departments' | 'diff';

const FORMAT: Record<string, string> = { text: '文本', docx: 'Word', xlsx: 'Excel' };

/** Open a plan document, see what was understood, fix it, and import in one step. */
export const PlanImportView = ({ onImported }: { onImported: (planId?: string) => void }) => {
  const { file, preview, result, isBusy, error, openFile, setLeads, setParticipants, attachLine, mergeAlias, dropLine, dropTask, restoreTask, addLineAsTask, setTitle, applyBulk, undoCorrections, confirm, corrections } =
    usePlanImportStore();
  const [tab, setTab] = useState<Tab>('tasks');
  // Ticked tasks, by path (paths stay the same across corrections); cleared by each bulk correction and new file.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A ticked task taken out on its own (不是任务) is no longer counted or acted on, and comes back unticked.
  useEffect(() => {
    const live = new Set((preview?.plan.tasks ?? []).map((t) => t.path));
    setSelected((now) => ([...now].every((p) => live.has(p)) ? now : new Set([...now].filter((p) => live.has(p)))));
  }, [preview]);
  const select = (paths: string[], isOn: boolean): void => {
    const next = new Set(selected);
    for (const p of paths) {
      if (isOn) next.add(p);
      else next.delete(p);
    }
    setSelected(next);
  };
  const plan = preview?.plan;
  const pending = plan?.unplaced.filter((u) => u.kind === 'unplaced').length ?? 0;
  const hasCorrections = Object.keys(corrections).length > 0;
  const tabs: [Tab, string][] = plan
    ? [
        ['tasks', `任务 ${plan.tasks.length}`],
        ['indicators', `指标 ${plan.indicators?.length ?? 0}`],
        ['unplaced', `未导入的行 ${plan.unplaced.length}${pending ? `(待处理 ${pending})` : ''}`],
        ['departments', `部门 ${preview.departments.length}`],
        ...(preview.diff ? ([['diff', '修订对比']] as [Tab, string][]) : []),
      ]
    : [];
  return (
    <section className="plan-import">
      <div className="import-bar">
        <label className="file-button">
          选择规划文件
          <input
            type="file"
            accept=".txt,.docx,.xlsx,text/plain"
            aria-label="选择规划文件"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              setSelected(new Set());
              if (picked) void openFile(picked);
              e.target.value = '';
            }}
          />
        </label>
        <span className="muted">支持文本(UTF-8/GBK)、Word(.docx)、Excel(.xlsx),不超过 20 MB;确认之前不会写入任何内容。</span>
        {isBusy ? <span className="muted">正在读取…</span> : null}
      </div>
      <Banners error={error} />
      {result ? (
        <div className="done-banner" role="status">
          {result.mode === 'created'
            ? `已导入:任务 ${result.taskCount} 项,指标 ${result.indicatorCount} 项。`
            : result.mode === 'updated'
              ? '已按修订版更新规划,已填报的进度全部保留。'
              : '与已导入的规划完全相同,没有任何改变。'}
          <button type="button" onClick={() => onImported(result.planId)}>
            查看规划
          </button>
        </div>
      ) : null}
      {plan && preview ? (
        <>
          <div className="preview-head">
            <PlanTitle
              key={plan.title}
              title={plan.title}
              isFromFileName={!corrections.title && Boolean(file) && plan.title === titleFromFileName(file?.name ?? '')}
              onRename={(t) => void setTitle(t)}
            />
            <div className="muted">
              {FORMAT[preview.source.format]} · {file?.name} · 发文机关:{plan.issuer || '—'} · 文号:{plan.docNumber || '—'} · 日期:
              {plan.issuedOn ?? '—'}
            </div>
            {(plan.notes ?? []).map((n) => (
              <div key={n} className="note">
                {n}
              </div>
            ))}
            <div className="target">
              {preview.target.mode === 'create' ? '确认后将新建规划。' : null}
              {preview.target.mode === 'update' ? `这是已导入规划“${preview.target.title ?? ''}”的修订版,确认后按修订版更新。` : null}
              {preview.target.mode === 'unchanged' ? `与已导入的规划“${preview.target.title ?? ''}”相同,导入不会改变任何内容。` : null}
            </div>
            <div className="actions">
              <button type="button" className="primary" disabled={isBusy || Boolean(result)} onClick={() => void confirm()}>
                {preview.target.mode === 'update' ? '确认更新' : '确认导入'}
              </button>
              {hasCorrections ? (
                <button
                  type="button"
                  onClick={() => {
                    setSelected(new Set());
                    void undoCorrections();
                  }}
                >
                  撤销全部修改
                </button>
              ) : null}
            </div>
          </div>
          <nav className="tabs" role="tablist">
            {tabs.map(([key, label]) => (
              <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'tab active' : 'tab'} onClick={() => setTab(key)}>
                {label}
              </button>
            ))}
          </nav>
          <div className="tab-body">
            {tab === 'tasks' && selected.size > 0 ? (
              <BulkEdit
                count={selected.size}
                isBusy={isBusy}
                onApply={(action) => {
                  void applyBulk([...selected], action);
                  setSelected(new Set());
                }}
                onClear={() => setSelected(new Set())}
              />
            ) : null}
            {tab === 'tasks' ? <PreviewTasks
                tasks={plan.tasks}
                sections={plan.sections ?? []}
                extraColumns={plan.extraColumns ?? []}
                newColumns={preview.diff?.columns.added}
                onSetLeads={(p, n) => void setLeads(p, n)}
                onSetParticipants={(p, n) => void setParticipants(p, n)}
                onDropTask={(p) => void dropTask(p)}
                selected={selected}
                onSelect={select}
              /> : null}
            {tab === 'indicators' ? <IndicatorList indicators={plan.indicators ?? []} /> : null}
            {tab === 'unplaced' ? (
              <UnplacedList
                lines={plan.unplaced}
                tasks={plan.tasks}
                onDrop={(l) => void dropLine(l)}
                onAttach={(l, p) => void attachLine(l, p)}
                onAddTask={(l) => void addLineAsTask(l)}
                onRestore={(p) => void restoreTask(p)}
              />
            ) : null}
            {tab === 'departments' ? <DepartmentChecks departments={preview.departments} onMerge={(a, c) => void mergeAlias(a, c)} /> : null}
            {tab === 'diff' && preview.diff ? <DiffView diff={preview.diff} /> : null}
          </div>
        </>
      ) : null}
    </section>
  );
};
