import type { ColumnDiff } from '../../../../shared/plan/column-diff';

const shown = (value: string): string => value || '(空)';

/** What a revised document does to the plan's named columns: new ones, cells it fills, cells it leaves alone. */
export const ColumnDiffView = ({ diff }: { diff: ColumnDiff }) => {
  const written = diff.changed.filter((c) => !c.problem);
  const refused = diff.changed.filter((c) => c.problem);
  if (diff.added.length === 0 && diff.changed.length === 0 && diff.keptCount === 0) return null;
  return (
    <div className="column-diff" aria-label="列的变化">
      <h3>表格各列</h3>
      <p>
        {diff.added.length > 0 ? (
          <>
            新增列 <b>{diff.added.join('、')}</b>(作为本办公室的自定义列);
          </>
        ) : null}
        将填入或改写 <b>{written.length}</b> 个单元格
        {diff.keptCount > 0 ? <>;文件中没有内容的 <b>{diff.keptCount}</b> 个已填单元格保持原样,不会被清空</> : null}。
      </p>
      <ul>
        {written.map((c) => (
          <li key={`w-${c.path}-${c.column}`} className="diff changed">
            {c.code} {c.title.slice(0, 24)} · {c.column}:<span className="muted">{shown(c.before)}</span> → {c.after}
          </li>
        ))}
        {refused.map((c) => (
          <li key={`p-${c.path}-${c.column}`} className="diff refused">
            {c.code} {c.title.slice(0, 24)} · {c.column}:文件中的“{c.after}”不能填入({c.problem}),保留原值 {shown(c.before)}
          </li>
        ))}
      </ul>
    </div>
  );
};
