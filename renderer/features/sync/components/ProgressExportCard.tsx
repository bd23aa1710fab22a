// The department's 导出进度包: what goes out (since the office last confirmed), the last export, and
// what still waits for the office's acknowledgement. On the workbench and in 数据交换.
import { useEffect } from 'react';
import { useExportStore } from '../export-store';
import { ExportNotice, formatInstant } from './ExportNotice';

export const ProgressExportCard = () => {
  const { outbox, isBusy, isRepeatOffered, refresh, exportProgress } = useExportStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!outbox) return <section className="export-card">正在统计待导出的内容…</section>;
  const { pending, lastExport, awaitingAck } = outbox;
  return (
    <section className="export-card" aria-label="导出进度包">
      <h3>导出进度包</h3>
      {pending.changes > 0 ? (
        <p>
          {outbox.newSinceLastExport > 0 && lastExport ? `上次导出后新增 ${outbox.newSinceLastExport} 条记录。` : ''}
          将导出:<strong>{pending.reports}</strong> 份填报、<strong>{pending.evidence}</strong> 个佐证材料
          {pending.changes > pending.reports + pending.evidence ? `(共 ${pending.changes} 条记录)` : ''},即牵头办公室确认收到以来本机的全部新内容。
        </p>
      ) : (
        <p className="muted">没有新的内容需要导出:牵头办公室已确认收到本机的全部填报。</p>
      )}
      <p className="muted">
        上次导出:{lastExport ? `${formatInstant(lastExport.createdAt)} · ${lastExport.fileName}${lastExport.isAcknowledged ? ' · 办公室已确认收到' : ''}` : '还没有导出过'}
      </p>
      {awaitingAck.packages > 0 ? (
        <p className="muted">
          等待办公室确认:{awaitingAck.packages} 个已导出的进度包(含 {awaitingAck.reports} 份填报)。办公室导入后发回的回执会确认收到;在此之前,这些内容会随下一次导出再次发出。
        </p>
      ) : null}
      <button type="button" className="btn" disabled={isBusy} onClick={() => void exportProgress()}>
        {isBusy ? '正在导出…' : '导出进度包'}
      </button>
      {isRepeatOffered ? (
        <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => void exportProgress(true)}>
          再次导出
        </button>
      ) : null}
      <ExportNotice />
    </section>
  );
};
