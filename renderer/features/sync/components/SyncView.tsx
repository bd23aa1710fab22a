import { useEffect, useState, type ReactElement } from 'react';
import { AdoptionPanel } from '../../adoption/components/AdoptionPanel';
import { useSetupStore } from '../../setup/store';
import { useSyncStore } from '../store';
import { BackupPanel } from './BackupPanel';
import { ConflictPanel } from './ConflictPanel';
import { ImportPanel } from './ImportPanel';
import { OfficeAnswerBanner } from './OfficeAnswerBanner';
import { PeersPanel } from './PeersPanel';
import { ProgressExportCard } from './ProgressExportCard';
import { UnitPackagesPanel } from './UnitPackagesPanel';
import { RollupPanel } from '../../rollup/components/RollupPanel';

// 审核 is its own workspace (features/review); this screen moves data.
type Tab = 'import' | 'export' | 'units' | 'peers' | 'adoption' | 'conflicts' | 'backups' | 'rollup';

/**
 * 数据交换: import packages, and make them: a department's 导出进度包, the office's setup packages and
 * receipts; review reports, decide conflicts, restore backups. Each PC sees its own role's tabs.
 */
export const SyncView = ({ initialTab }: { initialTab?: Tab }) => {
  const { status, conflicts, error, notice, refresh } = useSyncStore();
  const setup = useSetupStore((s) => s.status);
  const [tab, setTab] = useState<Tab>(initialTab ?? 'import');
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const open = conflicts.filter((c) => c.status === 'open').length;
  const isDemo = setup?.isDemo === true;
  const isOffice = (status?.role ?? setup?.role) === 'office';
  const tabs: { id: Tab; label: string; isShown: boolean }[] = [
    { id: 'import', label: '导入数据包', isShown: true },
    { id: 'export', label: '导出进度包', isShown: !isOffice || isDemo },
    { id: 'units', label: '初始化包与回执', isShown: isOffice },
    { id: 'peers', label: '单位与密钥', isShown: isOffice },
    // Units without Duban: the office sends them sheets and takes back what they fill (表格代录).
    { id: 'adoption', label: '表格代录', isShown: isOffice },
    { id: 'conflicts', label: `冲突${open ? `(${open})` : ''}`, isShown: true },
    { id: 'backups', label: '备份', isShown: true },
    // Roll-ups go between offices only: up to the level above, and in from the level below.
    { id: 'rollup', label: '上报与汇总', isShown: isOffice },
  ];
  const panels: Record<Tab, () => ReactElement> = {
    import: () => <ImportPanel />,
    export: () => <ProgressExportCard />,
    units: () => <UnitPackagesPanel />,
    peers: () => <PeersPanel />,
    adoption: () => <AdoptionPanel />,
    rollup: () => <RollupPanel />,
    conflicts: () => <ConflictPanel />,
    backups: () => <BackupPanel />,
  };
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
        {tabs
          .filter((t) => t.isShown)
          .map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'is-active' : ''} onClick={() => setTab(t.id)}>
              {t.label}
            </button>
          ))}
      </div>
      {panels[tab]()}
    </div>
  );
};
