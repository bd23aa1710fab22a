// 导出 Excel 填报表 / 从 Excel 导入 on the workbench bar, with what the last one did underneath.
import { useRef } from 'react';
import { useSheet } from '../sheet-store';
import { SheetPreviewDialog } from './SheetPreviewDialog';

export const SheetButtons = ({ isEnabled }: { isEnabled: boolean }) => {
  const { isBusy, exportSheet, previewFile } = useSheet();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <span className="sheet-buttons">
      {/* Outside the bar's button styles: the dialog is fixed over the whole workbench. */}
      <SheetPreviewDialog />
      <button type="button" disabled={!isEnabled || isBusy} onClick={() => void exportSheet()}>
        导出 Excel 填报表
      </button>
      <button type="button" disabled={!isEnabled || isBusy} onClick={() => inputRef.current?.click()}>
        从 Excel 导入
      </button>
      <input
        ref={inputRef}
        type="file"
        hidden
        aria-label="选择填好的 Excel 填报表"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it in Excel) reads it again.
          e.target.value = '';
          if (file) void previewFile(file);
        }}
      />
    </span>
  );
};

/** The result of the last export or import, or why it failed, under the bar. */
export const SheetNotice = () => {
  const { notice, error, preview, dismiss } = useSheet();
  if (preview || (!notice && !error)) return null;
  return (
    <div className={error ? 'error-banner sheet-notice' : 'sheet-notice'} role={error ? 'alert' : 'status'}>
      <span>{error ?? notice}</span>
      <button type="button" className="link" onClick={dismiss}>
        知道了
      </button>
    </div>
  );
};
