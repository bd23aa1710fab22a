// Shown after a restore from an older backup: the packages received since are still on this PC.
import { KIND_LABELS } from '../../../../shared/sync/manifest';
import { useSyncStore } from '../store';

export const StoredPackagesNotice = () => {
  const { stored, progress, reimportStored } = useSyncStore();
  if (stored.length === 0) return null;
  const isRunning = progress !== null && progress.done < progress.total;
  return (
    <section className="stored-packages" aria-label="可重新导入的数据包">
      <p>
        本机保存有 <strong>{stored.length}</strong> 个以前收到、但当前数据库中没有的数据包(通常是恢复了较早的备份)。重新导入可以找回其中的填报,
        导入时照常校验签名和内容。
      </p>
      <ul>
        {stored.map((p) => (
          <li key={p.packageId}>
            {p.senderName} · {KIND_LABELS[p.kind]} · 第 {p.seqFrom}–{p.seqTo} 号变更 · {Math.max(1, Math.round(p.sizeBytes / 1024))} KB
          </li>
        ))}
      </ul>
      <button type="button" className="btn" disabled={isRunning} onClick={() => void reimportStored()}>
        全部重新导入
      </button>
    </section>
  );
};
