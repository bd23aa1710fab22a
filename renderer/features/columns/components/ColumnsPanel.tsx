import { useState } from 'react';
import { COLUMN_KINDS, COLUMN_KIND_LABELS, parseChoices, type CustomColumn, type CustomColumnKind } from '../../../../shared/plan/custom-columns';
import { useColumnsStore } from '../store';

/** A column's name, typed over in place: saved on Enter or when the field is left. */
const NameField = ({ column }: { column: CustomColumn }) => {
  const update = useColumnsStore((s) => s.update);
  const [name, setName] = useState(column.name);
  const save = (): void => {
    const trimmed = name.trim();
    if (trimmed === column.name) return;
    void update(column.id, { name: trimmed }).then((ok) => {
      if (!ok) setName(column.name);
    });
  };
  return (
    <input
      className="column-name"
      aria-label={`“${column.name}”的列名`}
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
      }}
    />
  );
};

const ChoicesField = ({ column }: { column: CustomColumn }) => {
  const update = useColumnsStore((s) => s.update);
  const [text, setText] = useState(column.choices.join('、'));
  const save = (): void => {
    const choices = parseChoices(text);
    if (choices.join('、') !== column.choices.join('、')) void update(column.id, { choices });
  };
  return <input className="column-choices" aria-label={`“${column.name}”的选项`} value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />;
};

/** 列设置: the office adds its own columns and renames, reorders and hides them. */
export const ColumnsPanel = ({ onClose }: { onClose: () => void }) => {
  const { columns, error, add, update, move } = useColumnsStore();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CustomColumnKind>('text');
  const [choices, setChoices] = useState('');
  const onAdd = async (): Promise<void> => {
    if (await add(name.trim(), kind, kind === 'choice' ? parseChoices(choices) : [])) {
      setName('');
      setChoices('');
    }
  };
  return (
    <section className="columns-panel" aria-label="列设置">
      <header>
        <h3>本办公室的自定义列</h3>
        <button type="button" className="btn btn-plain" onClick={onClose}>
          完成
        </button>
      </header>
      {error ? (
        <p className="cell-problem" role="alert">
          {error}
        </p>
      ) : null}
      {columns.length === 0 ? <p className="muted">还没有自定义列。可添加如 责任领导、责任人、备注、调整后时限 等列,在任务表中直接填写。</p> : null}
      <ol className="columns-list">
        {columns.map((c, i) => (
          <li key={`${c.id}-${c.name}`} className={c.isHidden ? 'is-hidden' : ''}>
            <NameField column={c} />
            <span className="tag">{COLUMN_KIND_LABELS[c.kind]}</span>
            {c.kind === 'choice' ? <ChoicesField column={c} /> : null}
            <button type="button" className="link-button" disabled={i === 0} onClick={() => void move(c.id, 'left')} aria-label={`“${c.name}”左移`}>
              ← 左移
            </button>
            <button type="button" className="link-button" disabled={i === columns.length - 1} onClick={() => void move(c.id, 'right')} aria-label={`“${c.name}”右移`}>
              右移 →
            </button>
            <label>
              <input type="checkbox" checked={c.isHidden} onChange={(e) => void update(c.id, { isHidden: e.target.checked })} /> 隐藏
            </label>
            <label title={c.isHidden ? '隐藏的列不会出现在通报中' : '在通报“进展滞后的任务”表中列出这一列'}>
              <input type="checkbox" checked={c.isInBulletin} disabled={c.isHidden} onChange={(e) => void update(c.id, { isInBulletin: e.target.checked })} /> 在通报中显示
            </label>
          </li>
        ))}
      </ol>
      <form
        className="columns-add"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd();
        }}
      >
        <input aria-label="新列名" placeholder="新列名,如 责任领导" value={name} onChange={(e) => setName(e.target.value)} />
        <select aria-label="列的类型" value={kind} onChange={(e) => setKind(e.target.value as CustomColumnKind)}>
          {COLUMN_KINDS.map((k) => (
            <option key={k} value={k}>
              {COLUMN_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {kind === 'choice' ? <input aria-label="选项(用顿号分隔)" placeholder="选项,如 是、否" value={choices} onChange={(e) => setChoices(e.target.value)} /> : null}
        <button type="submit" className="btn" disabled={name.trim() === ''}>
          添加列
        </button>
      </form>
    </section>
  );
};
