import { formatClock } from '../../../../shared/progress/dates';
import { useEffect, type ReactNode } from 'react';
import { useRecoveryStore } from '../store';
import '../recovery.css';

/** Backup times are stored in UTC; the person reads them in the PC's own time zone. */
const when = (iso: string): string => formatClock(iso);

/**
 * Before anything else: if the database did not open (damaged, or from a newer Duban), say so in plain
 * words and, for a damaged file, offer the latest good backup. Nothing is changed until the person confirms.
 */
export const RecoveryGate = ({ children }: { children: ReactNode }) => {
  const { status, result, isBusy, error, check, restore } = useRecoveryStore();

  useEffect(() => {
    void check();
  }, [check]);

  if (status === null) return error ? <div className="recovery-loading" role="alert">{error}</div> : <div className="recovery-loading" role="status">正在检查数据库…</div>;
  if (status.isHealthy && !result) return <>{children}</>;

  if (status.isHealthy && result) {
    return (
      <div className="recovery">
        <section className="recovery-body" aria-label="恢复完成">
          <h2>已从备份恢复</h2>
          <p>数据已恢复到 {when(result.restored.createdAt)} 的备份({result.restored.reason})。该备份之后的修改需要重新录入或重新导入数据包。</p>
          <p className="recovery-note">损坏的文件已改名保留在:<code>{result.damagedFileKeptAt}</code>,可交给技术人员检查。</p>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            进入督办
          </button>
        </section>
      </div>
    );
  }

  const backup = status.latestGoodBackup;
  return (
    <div className="recovery">
      <section className="recovery-body" role="alert" aria-label="数据库无法打开">
        <h2>{status.problem?.kind === 'newer' ? '数据库来自更新版本的督办' : '数据库文件已损坏'}</h2>
        <p>{status.problem?.message}</p>
        <p className="recovery-note">数据库位置:<code>{status.dbPath}</code></p>
        {status.problem?.kind === 'damaged' ? (
          backup ? (
            <div className="recovery-offer">
              <p>
                可以恢复到最新的良好备份:<strong>{when(backup.createdAt)}</strong>({backup.reason},{Math.round(backup.sizeBytes / 1024)} KB)。
              </p>
              <p className="recovery-note">恢复时,损坏的文件会改名保留在原文件夹中,不会被覆盖或删除。</p>
              <button
                type="button"
                className="btn"
                disabled={isBusy}
                onClick={() => {
                  if (window.confirm(`确定恢复到 ${when(backup.createdAt)} 的备份吗?损坏的文件会改名保留。`)) void restore(backup.id);
                }}
              >
                {isBusy ? '正在恢复…' : '恢复到这个备份'}
              </button>
            </div>
          ) : (
            <p>没有找到可用的备份。损坏的文件未被改动,请联系技术人员,或重新导入规划和各部门的数据包。</p>
          )
        ) : null}
        {error ? <p className="recovery-error">{error}</p> : null}
      </section>
    </div>
  );
};
