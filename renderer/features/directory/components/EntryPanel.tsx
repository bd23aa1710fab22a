import { useState, type FormEvent } from 'react';
import type { DirectoryEntry } from '../../../../shared/api/methods/departments';
import { useDirectoryStore } from '../store';

type Props = { entry: DirectoryEntry; names: string[] };

/** Splits what the clerk typed into names: one per line, or separated by 、,; */
const splitNames = (text: string): string[] =>
  text
    .split(/[\n、,,;;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

type FieldProps = { label: string; placeholder: string; action: string; initial?: string; onSubmit: (value: string) => Promise<boolean>; list?: string };

/** One labelled input with its button; cleared after a successful edit. */
const Field = ({ label, placeholder, action, initial = '', onSubmit, list }: FieldProps) => {
  const [value, setValue] = useState(initial);
  const isBusy = useDirectoryStore((s) => s.isBusy);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (await onSubmit(value.trim())) setValue(initial === '' ? '' : value.trim());
  };
  return (
    <form className="entry-field" onSubmit={(event) => void submit(event)}>
      <label>
        <span>{label}</span>
        <input value={value} placeholder={placeholder} list={list} onChange={(event) => setValue(event.target.value)} />
      </label>
      <button type="submit" disabled={isBusy || (value.trim() === '' && initial === '')}>
        {action}
      </button>
    </form>
  );
};

export const EntryPanel = ({ entry, names }: Props) => {
  const { message, addAlias, rename, mergeInto, setMembers, setContact } = useDirectoryStore();
  const [members, setMembersText] = useState(entry.members.join('\n'));
  const isBusy = useDirectoryStore((s) => s.isBusy);
  const others = names.filter((n) => n !== entry.name);

  return (
    <div className="entry-panel">
      <h2>
        {entry.name}
        {entry.kind === 'group' ? <span className="tag group">集合</span> : null}
      </h2>
      <p className="muted">
        拼音首字母 {entry.initials} · 任务 {entry.taskCount} 项{entry.contact ? ` · 联系:${entry.contact}` : ''}
      </p>
      {message ? (
        <p className="done" role="status">
          {message}
        </p>
      ) : null}
      <dl className="entry-facts">
        <dt>别名</dt>
        <dd>{entry.aliases.join('、') || '—'}</dd>
        {entry.builtInAliases.length > 0 ? (
          <>
            <dt>常用简称</dt>
            <dd title="内置的常用简称/旧称,文件中出现时自动对应到本部门">{entry.builtInAliases.join('、')}</dd>
          </>
        ) : null}
        {entry.groups.length > 0 ? (
          <>
            <dt>所属集合</dt>
            <dd>{entry.groups.join('、')}</dd>
          </>
        ) : null}
      </dl>

      <Field label="添加别名" placeholder="如 市发改委" action="添加" onSubmit={addAlias} />
      <Field label="更名" placeholder="新名称,原名称保留为别名" action="更名" onSubmit={rename} />
      <datalist id="directory-names">
        {others.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <Field label="合并到" placeholder="同一单位的另一条目" action="合并" list="directory-names" onSubmit={mergeInto} />
      <Field label="联系方式" placeholder="联系人、电话" action="保存" initial={entry.contact} onSubmit={setContact} />

      <form
        className="entry-members"
        onSubmit={(event) => {
          event.preventDefault();
          void setMembers(splitNames(members));
        }}
      >
        <label>
          <span>{entry.kind === 'group' ? '集合成员' : '设为集合,成员'}(每行一个,或用顿号分隔)</span>
          <textarea rows={5} value={members} onChange={(event) => setMembersText(event.target.value)} placeholder="如 赤坎区人民政府、霞山区人民政府" />
        </label>
        <button type="submit" disabled={isBusy}>
          保存成员
        </button>
      </form>
    </div>
  );
};
