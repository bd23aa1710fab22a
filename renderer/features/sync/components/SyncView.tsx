import { useEffect, useState } from 'react';
import { AdoptionPanel } from '../../adoption/components/AdoptionPanel';
import { useSyncStore } from '../store';
import { BackupPanel } from './BackupPanel';
import { ConflictPanel } from './ConflictPanel';
import { ImportPanel } from './ImportPanel';
import { ReviewPanel } from './ReviewPanel';

type Tab = 'import' | 'review' | 'conflicts' | 'adoption' | 'backups';

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
    { id: 'review', label: `审核${status?.pendingReviews ? `(${status.pendingReviews})` : ''}` },
    { id: 'conflicts', label: `冲突${open ? `(${open})` : ''}` },
    { id: 'adoption', label: '表格代录' },
    { id: 'backups', label: '备份' },
  ];
  return (
    <div className="sync-view">
      {status ? (
        <div className="sync-status">
          本机:{status.name}({status.role === 'office' ? '牵头办公室' : '部门'}端) · 本机指纹 <strong className="fingerprint">{status.fingerprint}</strong> · 已登记 {status.peerCount} 个单位
        </div>
      ) : null}
      {error ? <div className="error-banner" role="alert">{error}</div> : null}
      {notice ? <div className="notice-banner">{notice}</div> : null}
      <div className="sync-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'is-active' : ''} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'import' ? <ImportPanel /> : tab === 'review' ? <ReviewPanel /> : tab === 'conflicts' ? <ConflictPanel /> : tab === 'adoption' ? <AdoptionPanel /> : <BackupPanel />}
    </div>
  );
};
