import { useState } from 'react';
import { PlanNameForm } from '../../../app/PlanNameForm';

type Props = { title: string; isFromFileName: boolean; onRename: (title: string) => void };

/**
 * The plan's name in the preview, with 改名: a reposted page or a bare table often has no title line, or
 * one the reader cannot tell from the text around it, and the name is what every screen and the bulletin show.
 */
export const PlanTitle = ({ title, isFromFileName, onRename }: Props) => {
  const [isEditing, setEditing] = useState(false);
  if (isEditing) {
    return (
      <PlanNameForm
        initial={title}
        submitLabel="确定"
        className="inline-edit preview-title"
        onCancel={() => setEditing(false)}
        onSubmit={(name) => {
          if (name !== title) onRename(name);
          setEditing(false);
        }}
      />
    );
  }
  return (
    <div className="preview-title">
      <h2>{title || '(未识别标题)'}</h2>
      {isFromFileName ? (
        <span className="tag" title="文件中没有找到标题,暂用文件名">
          取自文件名
        </span>
      ) : null}
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        改名
      </button>
    </div>
  );
};
