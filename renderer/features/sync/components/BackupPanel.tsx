import { useSyncStore } from '../store';

export const BackupPanel = () => {
  const { backups, restore } = useSyncStore();
  if (backups.length === 0) return <p className="sync-empty">还没有备份。每次导入数据包之前都会自动备份。</p>;
  return (
    <table className="sync-table" aria-label="备份">
      <thead>
        <tr>
          <th>时间</th>
          <th>说明</th>
          <th>大小</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.id}>
            <td>{b.createdAt.replace('T', ' ').slice(0, 19)}</td>
            <td>{b.reason}</td>
            <td>{Math.round(b.sizeBytes / 1024)} KB</td>
            <td>
              <button
                type="button"
                className="btn btn-plain"
                onClick={() => {
                  if (window.confirm(`恢复到 ${b.createdAt.slice(0, 19)} 的状态?当前状态会先另存一份备份。`)) void restore(b.id);
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
};
