import { useMemo, useState, type KeyboardEvent } from 'react';
import { rankDepartments } from '../../../../shared/departments/match';
import type { DepartmentRow } from '../../../../shared/domain/types';

type Props = {
  departments: DepartmentRow[];
  selectedId: string | null;
  onSelect: (departmentId: string | null) => void;
};

/** Finds a department by any part of its name, an alias, or pinyin initials (sswj → 市商务局). */
export const DepartmentPicker = ({ departments, selectedId, onSelect }: Props) => {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => rankDepartments(departments, query), [departments, query]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' && matches[0]) onSelect(matches[0].id);
    if (event.key === 'Escape') setQuery('');
  };

  return (
    <aside className="picker" aria-label="部门选择">
      <label className="picker-label" htmlFor="department-query">
        部门
      </label>
      <input
        id="department-query"
        className="picker-input"
        placeholder="名称或拼音首字母,如 sswj"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <button type="button" className={`picker-item all ${selectedId === null ? 'active' : ''}`} onClick={() => onSelect(null)}>
        全部任务
      </button>
      <ul className="picker-list" role="listbox" aria-label="部门列表">
        {matches.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              role="option"
              aria-selected={d.id === selectedId}
              className={`picker-item ${d.id === selectedId ? 'active' : ''}`}
              onClick={() => onSelect(d.id)}
            >
              <span className="picker-name">
                {d.name}
                {d.kind === 'group' ? <span className="tag">集合</span> : null}
              </span>
              <span className="picker-count">{d.taskCount}</span>
            </button>
          </li>
        ))}
        {matches.length === 0 ? <li className="empty">没有匹配“{query}”的部门</li> : null}
      </ul>
    </aside>
  );
};
