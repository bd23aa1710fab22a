// 单位与密钥: every key this PC has enrolled, whose it is, what it last sent (by its change numbers,
// and when that package was made and imported), and 吊销 for a lost or replaced PC. Re-issuing a unit's
// setup package (初始化包与回执) also revokes its old key; this is for a key that must stop at once.
import { useEffect, useState } from 'react';
import type { PeerSummary } from '../../../../shared/sync/types';
import { usePeers } from '../peers-store';
import { formatInstant } from './ExportNotice';
import { Banners } from '../../../app/Banners';

const roleText = (p: PeerSummary): string => (p.role === 'office' ? '牵头办公室' : '部门');

const PeerRow = ({ peer }: { peer: PeerSummary }) => {
  const { revoke, isBusy } = usePeers();
  const [reason, setReason] = useState<string | null>(null);
  const isRevoked = peer.revokedAt !== null;
  return (
    <tr className={isRevoked ? 'is-revoked' : undefined}>
      <td>
        <div className="sync-file">{peer.name}</div>
        <div className="sync-sub">
          {roleText(peer)} · 登记于 {formatInstant(peer.enrolledAt)}
        </div>
      </td>
      <td>
        <code className="fingerprint">{peer.fingerprint}</code>
      </td>
      <td>
        {peer.lastPackage ? (
          <>
            <div>至第 {peer.lastPackage.seqTo} 号变更</div>
            <div className="sync-sub">
              生成于 {formatInstant(peer.lastPackage.createdAt)} · 导入于 {formatInstant(peer.lastPackage.importedAt)}
            </div>
          </>
        ) : (
          <span className="sync-sub">还没有收到它的数据包</span>
        )}
      </td>
      <td>
        {isRevoked ? (
          <>
            <div className="badge badge-bad">已吊销</div>
            <div className="sync-sub">
              {formatInstant(peer.revokedAt ?? '')}
              {peer.revokeReason ? `:${peer.revokeReason}` : ''}
            </div>
          </>
        ) : reason === null ? (
          <>
            <div className="badge badge-ok">使用中</div>{' '}
            <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => setReason('')} aria-label={`吊销${peer.name}的密钥`}>
              吊销
            </button>
          </>
        ) : (
          <div className="reissue-confirm">
            <div className="sync-sub">吊销后,这把密钥签名的数据包一律拒收,不能撤销。如该单位换了电脑,请随后为它重新生成初始化包。</div>
            <input aria-label="吊销原因" placeholder="原因,如:电脑已更换" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />{' '}
            <button type="button" className="btn btn-danger" disabled={isBusy} onClick={() => void revoke(peer, reason).then((ok) => ok && setReason(null))}>
              确认吊销
            </button>{' '}
            <button type="button" className="btn btn-plain" onClick={() => setReason(null)}>
              取消
            </button>
          </div>
        )}
      </td>
    </tr>
  );
};

export const PeersPanel = () => {
  const { peers, error, notice, load } = usePeers();
  useEffect(() => {
    void load();
  }, [load]);
  const active = (peers ?? []).filter((p) => p.revokedAt === null).length;
  return (
    <section className="sync-panel peers-panel" aria-label="单位与密钥">
      <p className="muted">
        本机已登记 {active} 把使用中的密钥。电话核对时请对方读出其电脑上“设置”中的本机指纹,与下表一致才可信。一个单位只保留一把使用中的密钥。
      </p>
      <Banners error={error} notice={notice} />
      {peers && peers.length === 0 ? <p className="sync-empty">还没有登记任何单位的密钥:导入单位发来的第一个进度包并核对指纹后,它会出现在这里。</p> : null}
      {peers && peers.length > 0 ? (
        <table className="sync-table">
          <thead>
            <tr>
              <th>单位</th>
              <th>密钥指纹</th>
              <th>最近收到的数据包</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((p) => (
              <PeerRow key={p.originId} peer={p} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
};
