import { formatClock } from '../../../../shared/progress/dates';
import type { BackupKind } from '../../../../shared/sync/types';
import { useSyncStore } from '../store';
import { StoredPackagesNotice } from './StoredPackagesNotice';

const KIND_LABELS: Record<BackupKind, string> = { import: '导入前', daily: '每日', restore: '恢复前' };
/** Stored in UTC; shown in the PC's own time zone. */
const when = (iso: string): string => formatClock(iso);

export const BackupPanel = () => {
  const { backups, restore } = useSyncStore();
  const list = backups.length === 0 ? <p className="sync-empty">还没有备份。每次导入规划或数据包之前都会自动备份,平时每天第一次打开时也会备份一次。</p> : (
    <table className="sync-table" aria-label="备份">
      <thead>
        <tr>
          <th>时间</th>
          <th>类型</th>
          <th>说明</th>
          <th>大小</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.id}>
            <td>{when(b.createdAt)}</td>
            <td>{KIND_LABELS[b.kind]}</td>
            <td>{b.reason}</td>
            <td>{Math.round(b.sizeBytes / 1024)} KB</td>
            <td>
              <button
                type="button"
                className="btn btn-plain"
                onClick={() => {
                  if (window.confirm(`恢复到 ${when(b.createdAt)} 的状态?当前状态会先另存一份备份,恢复之后也可以再撤回。`)) void restore(b.id);
                }}
              >
                恢复
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <StoredPackagesNotice />
      {list}
    </>
  );
};
