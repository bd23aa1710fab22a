import { useEffect, useMemo, useState } from 'react';
import { rankDepartments } from '../../../../shared/departments/match';
import { useDirectoryStore } from '../store';
import { useNav } from '../../../app/navigation';
import { usePlanStore } from '../../tasks/store';
import { UnitPackagesPanel } from '../../sync/components/UnitPackagesPanel';
import { EntryPanel } from './EntryPanel';
import { GroupWarnings } from './GroupWarnings';
import './directory.css';
import { Banners } from '../../../app/Banners';

/** The department directory: every entry with its aliases and groups, found by name, alias or pinyin initials. */
export const DirectoryView = () => {
  const { entries, selectedId, isBusy, error, load, select } = useDirectoryStore();
  const [query, setQuery] = useState('');
  // Built-in short forms are searchable too: typing 发改委 finds 市发展和改革局.
  const matches = useMemo(
    () => rankDepartments(entries.map((e) => ({ ...e, aliases: [...e.aliases, ...e.builtInAliases] })), query),
    [entries, query],
  );
  const selected = entries.find((e) => e.id === selectedId) ?? null;

  const planId = usePlanStore((s) => s.plan?.id);
  useEffect(() => {
    // Opened from a warning elsewhere: that entry is selected, ready for its members.
    void load().then(() => {
      const focus = useNav.getState().takeFocus();
      if (focus?.departmentId) select(focus.departmentId);
    });
  }, [load, select]);

  return (
    <main className="content directory">
      <section className="directory-list" aria-label="部门目录">
        <GroupWarnings planId={planId} onRegister={select} />
        <div className="directory-search">
          <input
            aria-label="查找部门"
            placeholder="名称、别名或拼音首字母,如 发改委、sswj"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
          <span className="count">
            {matches.length} / {entries.length} 个
          </span>
        </div>
        <table className="directory-table">
          <thead>
            <tr>
              <th>名称</th>
              <th>别名</th>
              <th>所属集合 / 成员</th>
              <th className="num">任务</th>
            </tr>
          </thead>
          <tbody>
            {matches.map((e) => (
              <tr key={e.id} className={e.id === selectedId ? 'selected' : ''} onClick={() => select(e.id)}>
                <td>
                  <button type="button" className="entry-name" onClick={() => select(e.id)}>
                    {e.name}
                  </button>
                  {e.kind === 'group' ? <span className="tag group">集合</span> : null}
                </td>
                <td className="aliases">
                  {e.aliases.join('、') || '—'}
                </td>
                <td className="groups">
                  {e.kind === 'group' ? (e.members.length > 0 ? `成员 ${e.members.length} 个` : '成员未登记') : e.groups.join('、') || '—'}
                </td>
                <td className="num">{e.taskCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {isBusy && entries.length === 0 ? <p className="muted">正在载入…</p> : null}
        {!isBusy && matches.length === 0 ? <p className="muted">没有匹配的部门</p> : null}
      </section>
      <aside className="directory-panel" aria-label="部门详情">
        <Banners error={error} />
        {selected ? <EntryPanel key={selected.id} entry={selected} names={entries.map((e) => e.name)} /> : <p className="muted">在左侧选择一个部门,可添加别名、更名、合并重复条目、登记集合成员和联系方式。</p>}
        {/* The unit's setup package and receipts, beside its entry; without a selection, all units at once. */}
        {selected ? <UnitPackagesPanel departmentId={selected.id} /> : <UnitPackagesPanel isButtonsOnly />}
      </aside>
    </main>
  );
};
