import { useRef } from 'react';
import type { AttachmentInfo, DraftAttachment } from '../../../../shared/progress/types';
import { errorMessage, invoke } from '../../../api/client';
import { hasDesktopSave, saveBytes } from '../../../api/save';

const sizeLabel = (bytes: number): string =>
  bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

const integrityLabel = { ok: '', missing: '文件已丢失', altered: '文件已被改动' } as const;

/**
 * Opens a stored file. In the browser: images and PDFs in a new tab, anything else as a download. In the
 * desktop app, which opens no windows and never hands a file to another program (a .doc from a USB stick
 * could carry a macro), the file is saved where the person chooses, through the save dialog.
 */
export const openFile = async (file: DraftAttachment, onError: (message: string) => void): Promise<void> => {
  try {
    const content = await invoke('attachments.read', { sha256: file.sha256 });
    if (hasDesktopSave()) {
      await saveBytes(file.fileName, content.dataBase64, content.mime);
      return;
    }
    const bytes = Uint8Array.from(atob(content.dataBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: content.mime }));
    const link = document.createElement('a');
    link.href = url;
    if (content.mime.startsWith('image/') || content.mime === 'application/pdf') link.target = '_blank';
    else link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    onError(errorMessage(error));
  }
};

type Props = {
  files: DraftAttachment[];
  info: Record<string, AttachmentInfo>;
  types: string[];
  maxBytes: number | null;
  isEditable: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (sha256: string) => void;
  onError: (message: string) => void;
};

export const EvidenceFiles = ({ files, info, types, maxBytes, isEditable, onAdd, onRemove, onError }: Props) => {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <div className="evidence">
      <ul className="evidence-list" aria-label="佐证材料">
        {files.map((file) => {
          const meta = info[file.sha256];
          const problem = meta ? integrityLabel[meta.integrity] : '';
          return (
            <li key={file.sha256} className={problem ? 'broken' : ''}>
              <button type="button" className="link" onClick={() => void openFile(file, onError)}>
                {file.fileName}
              </button>
              {meta ? <span className="muted">{sizeLabel(meta.size)}</span> : null}
              {problem ? <span className="problem">{problem},请移除后重新添加</span> : null}
              {isEditable ? (
                <button type="button" className="small" aria-label={`移除 ${file.fileName}`} onClick={() => onRemove(file.sha256)}>
                  移除
                </button>
              ) : null}
            </li>
          );
        })}
        {files.length === 0 ? <li className="muted">尚未添加佐证材料</li> : null}
      </ul>
      {isEditable ? (
        <>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            aria-label="选择佐证材料文件"
            accept={types.map((t) => `.${t}`).join(',')}
            onChange={(e) => {
              const chosen = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (chosen.length > 0) onAdd(chosen);
            }}
          />
          <button type="button" onClick={() => inputRef.current?.click()}>
            添加佐证材料…
          </button>
          <span className="muted hint">
            可添加 {types.join('、')}
            {maxBytes ? `,每个不超过 ${sizeLabel(maxBytes)}` : ''}
          </span>
        </>
      ) : null}
    </div>
  );
};
