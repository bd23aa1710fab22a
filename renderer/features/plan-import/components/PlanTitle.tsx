import { useState } from 'react';

type Props = { title: string; isFromFileName: boolean; onRename: (title: string) => void };

/**
 * The plan's name in the preview, with 改名: a reposted page or a bare table often has no title line, or
 * one the reader cannot tell from the text around it, and the name is what every screen and the bulletin show.
 */
export const PlanTitle = ({ title, isFromFileName, onRename }: Props) => {
  const [isEditing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  if (!isEditing) {
    return (
      <div className="preview-title">
        <h2>{title || '(未识别标题)'}</h2>
        {isFromFileName ? <span className="tag" title="文件中没有找到标题,暂用文件名">取自文件名</span> : null}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setValue(title);
            setEditing(true);
          }}
        >
          改名
        </button>
      </div>
    );
  }
  const trimmed = value.trim();
  return (
    <form
      className="inline-edit preview-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!trimmed) return;
        if (trimmed !== title) onRename(trimmed);
        setEditing(false);
      }}
    >
      <input value={value} onChange={(e) => setValue(e.target.value)} aria-label="规划名称" maxLength={200} autoFocus size={Math.min(60, Math.max(20, value.length + 4))} />
      <button type="submit" disabled={!trimmed}>
        确定
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        取消
      </button>
      {!trimmed ? <span className="warn">规划名称不能为空</span> : null}
    </form>
  );
};
