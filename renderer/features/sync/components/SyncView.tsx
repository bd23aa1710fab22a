import { useEffect, useState } from 'react';
import { useSyncStore } from '../store';
import { BackupPanel } from './BackupPanel';
import { ConflictPanel } from './ConflictPanel';
import { ImportPanel } from './ImportPanel';
import { OfficeAnswerBanner } from './OfficeAnswerBanner';
import { RollupPanel } from '../../rollup/components/RollupPanel';

// 审核 is its own workspace (features/review); this screen moves data.
type Tab = 'import' | 'conflicts' | 'backups' | 'rollup';

/** 数据交换: import packages, review reports, decide conflicts, restore backups. */
export const SyncView = () => {
  const { status, conflicts, error, notice, refresh } = useSyncStore();
  const [tab, setTab] = useState<Tab>('import');
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const open = conflicts.filter((c) => c.status === 'open').length;
  const tabs: { id: Tab; label: string }[] = [
    { id: 'import', label: '导入数据包' },
    { id: 'conflicts', label: `冲突${open ? `(${open})` : ''}` },
    { id: 'backups', label: '备份' },
    // Roll-ups go between offices only: up to the level above, and in from the level below.
    ...(status?.role === 'office' ? [{ id: 'rollup' as const, label: '上报与汇总' }] : []),
  ];
  return (
    <div className="sync-view">
      {status ? (
        <div className="sync-status">
          本机:{status.name}({status.role === 'office' ? '牵头办公室' : '部门'}端) · 本机指纹 <strong className="fingerprint">{status.fingerprint}</strong> · 已登记 {status.peerCount} 个单位
          {status.collecting ? (
            <>
              {' · '}
              {status.role === 'department' ? '牵头办公室正在收集:' : '正在收集:'}
              {status.collecting.label}(截止 {status.collecting.due})
            </>
          ) : null}
        </div>
      ) : null}
      {status?.stranded.length ? (
        <div className="notice-banner" role="alert" aria-label="已调整的任务">
          以下填报所属的任务已被牵头办公室调整,本单位不再参与,这些填报不会计入:
          <ul>
            {status.stranded.map((s) => (
              <li key={`${s.taskId}-${s.periodId}`}>
                任务 {s.taskCode} {s.taskTitle} · {s.periodId}:{s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <div className="error-banner" role="alert">{error}</div> : null}
      {notice ? <div className="notice-banner">{notice}</div> : null}
      <OfficeAnswerBanner />
      <div className="sync-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'is-active' : ''} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'import' ? <ImportPanel /> : tab === 'conflicts' ? <ConflictPanel /> : tab === 'rollup' ? <RollupPanel /> : <BackupPanel />}
    </div>
  );
};
