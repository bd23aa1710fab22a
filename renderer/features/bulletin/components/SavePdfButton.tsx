// 保存为 PDF in the desktop app (the shell prints the page to an A4 PDF and asks where to save it);
// 打印 / 存为 PDF in the browser, which opens the print dialog. Says where the file went, or why not.
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import { hasDesktopSave, savePageAsPdf } from '../../../api/save';

export const SavePdfButton = ({ fileName }: { fileName: string }) => {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const save = async (): Promise<void> => {
    setSaving(true);
    setMessage(null);
    try {
      const saved = await savePageAsPdf(fileName);
      setMessage(saved === null ? null : { text: saved, isError: false });
    } catch (e) {
      setMessage({ text: `未能保存 PDF:${errorMessage(e)}`, isError: true });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void save()} disabled={isSaving}>
        {hasDesktopSave() ? (isSaving ? '正在生成 PDF…' : '保存为 PDF') : '打印 / 存为 PDF'}
      </button>
      {message ? (
        <span className={message.isError ? 'rp-bad' : 'muted'} role="status">
          {message.text}
        </span>
      ) : null}
    </>
  );
};
