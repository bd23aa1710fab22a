// The office's packages for its units, one row per unit: 生成初始化包, 重新生成 for a replaced PC
// (the old key is revoked), 导出回执 (review decisions and plan updates). Each also for all units at once;
// every unit gets its own readable file. Shown in 数据交换 and in 部门目录.
import { useEffect, useState } from 'react';
import type { UnitOutbox } from '../../../../shared/sync/types';
import { receiptContent, useExportStore } from '../export-store';
import { ExportNotice, formatInstant } from './ExportNotice';

const hasReceipt = (u: UnitOutbox): boolean => u.peer !== null && u.pending.changes > 0;

const UnitRow = ({ unit, isBusy }: { unit: UnitOutbox; isBusy: boolean }) => {
  const { setupPackages, reissue, receipts } = useExportStore();
  const [isConfirming, setConfirming] = useState(false);
  return (
    <tr>
      <td>
        <div className="sync-file">{unit.name}</div>
        <div className="sync-sub">
          {unit.peer ? `已登记 · 指纹 ${unit.peer.fingerprint}` : '尚未登记(还没有收到它的进度包)'}
          {unit.revokedKeys > 0 ? ` · 已吊销旧密钥 ${unit.revokedKeys} 个` : ''}
        </div>
      </td>
      <td>
        {unit.lastSetup ? <div className="sync-sub">{formatInstant(unit.lastSetup.createdAt)} 已生成</div> : <div className="sync-sub">未生成</div>}
        {isConfirming ? (
          <div className="reissue-confirm">
            <div className="sync-sub">用于该单位更换了电脑:旧电脑的密钥将被吊销,它此后发来的数据包不再接受。</div>
            <button type="button" className="btn" disabled={isBusy} onClick={() => void reissue(unit).then(() => setConfirming(false))}>
              确认吊销并重新生成
            </button>{' '}
            <button type="button" className="btn btn-plain" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        ) : unit.peer ? (
          <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => setConfirming(true)} aria-label={`为${unit.name}重新生成初始化包`}>
            重新生成(更换电脑)
          </button>
        ) : (
          <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => void setupPackages([unit])} aria-label={`为${unit.name}生成初始化包`}>
            生成初始化包
          </button>
        )}
      </td>
      <td>
        <div className="sync-sub">待发:{unit.peer ? receiptContent(unit) : '—'}</div>
        {unit.lastExport ? <div className="sync-sub">上次:{formatInstant(unit.lastExport.createdAt)}{unit.lastExport.isAcknowledged ? ',已确认收到' : ',等待确认'}</div> : null}
        <button type="button" className="btn btn-plain" disabled={isBusy || !unit.peer} onClick={() => void receipts([unit])} aria-label={`为${unit.name}导出回执`}>
          导出回执
        </button>
      </td>
    </tr>
  );
};

/** departmentId: one unit's row only (部门目录's side panel); without it every unit and the batch buttons. */
export const UnitPackagesPanel = ({ departmentId, isButtonsOnly = false }: { departmentId?: string; isButtonsOnly?: boolean }) => {
  const { outbox, isBusy, refresh, setupPackages, receipts } = useExportStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const all = outbox?.units ?? [];
  const units = departmentId === undefined ? all : all.filter((u) => u.departmentId === departmentId);
  if (departmentId !== undefined && outbox !== null && units.length === 0) return null;
  const unenrolled = all.filter((u) => u.peer === null);
  const withReceipts = all.filter(hasReceipt);
  return (
    <section className="sync-panel unit-packages" aria-label="初始化包与回执">
      {departmentId === undefined ? (
        <>
      <p className="muted">
        每个单位一个文件,文件名写明单位、种类和报告期。初始化包交给还没有安装督办的单位;回执带回审核结论和规划更新,交给已登记的单位。
      </p>
      <div className="sync-inputs">
        <button type="button" className="btn" disabled={isBusy || unenrolled.length === 0} onClick={() => void setupPackages(unenrolled)}>
          为未登记的 {unenrolled.length} 个单位生成初始化包
        </button>
        <button type="button" className="btn" disabled={isBusy || withReceipts.length === 0} onClick={() => void receipts(withReceipts)}>
          导出全部回执({withReceipts.length} 个单位有新内容)
        </button>
      </div>
        </>
      ) : (
        <h3>初始化包与回执</h3>
      )}
      <ExportNotice />
      {isButtonsOnly ? null : (
      <table className="sync-table">
        <thead>
          <tr>
            <th>单位</th>
            <th>初始化包</th>
            <th>回执</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <UnitRow key={u.departmentId} unit={u} isBusy={isBusy} />
          ))}
        </tbody>
      </table>
      )}
      {units.length === 0 ? <p className="sync-empty">规划中还没有责任单位。</p> : null}
    </section>
  );
};
