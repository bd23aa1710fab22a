import type { ImportFileReport } from '../../../../shared/sync/types';

const OUTCOME: Record<ImportFileReport['outcome'], { label: string; tone: string }> = {
  applied: { label: '已导入', tone: 'ok' },
  partly_applied: { label: '部分导入', tone: 'warn' },
  verified: { label: '已核验', tone: 'ok' },
  already_imported: { label: '已导入过', tone: 'muted' },
  older: { label: '旧包', tone: 'muted' },
  rejected: { label: '拒收', tone: 'bad' },
  needs_trust: { label: '待确认指纹', tone: 'warn' },
  needs_confirmation: { label: '待确认大量改动', tone: 'warn' },
};

const KIND: Record<string, string> = { setup: '初始化包', progress: '进度包', 'plan-update': '规划更新包', review: '审核结果包', rollup: '汇总上报包' };

/** By the file's place in the batch; null while the backend is still on it (no row yet). */
type Props = { reports: (ImportFileReport | null)[]; onConfirm: (index: number) => void; onConfirmMassChange: (index: number) => void };

/** One row per package: what it was, who sent it, what happened, and for refusals why and what to do. */
export const ImportReportTable = ({ reports, onConfirm, onConfirmMassChange }: Props) => (
  <table className="sync-table" aria-label="导入报告">
    <thead>
      <tr>
        <th style={{ width: '26%' }}>数据包</th>
        <th style={{ width: '16%' }}>发送方</th>
        <th style={{ width: '10%' }}>结果</th>
        <th>说明</th>
        <th style={{ width: '17%' }}>应用 / 跳过 / 冲突 / 拒绝</th>
      </tr>
    </thead>
    <tbody>
      {reports.map((r, i) =>
        r === null ? null : (
        <tr key={`${r.file}-${i}`} data-outcome={r.outcome}>
          <td>
            <div className="sync-file">{r.file}</div>
            <div className="sync-sub">
              {r.kind ? KIND[r.kind] : '—'}
              {r.seqFrom !== null ? ` · 第 ${r.seqFrom} 至 ${r.seqTo} 号` : ''}
            </div>
          </td>
          <td>
            {r.sender ? (
              <>
                <div>{r.sender.name}</div>
                <div className="sync-sub">指纹 {r.sender.fingerprint}</div>
              </>
            ) : (
              '—'
            )}
          </td>
          <td>
            <span className={`badge badge-${OUTCOME[r.outcome].tone}`}>{OUTCOME[r.outcome].label}</span>
          </td>
          <td>
            <div>{r.message}</div>
            {r.missing ? <div className="sync-sub">缺少第 {r.missing.from} 至 {r.missing.to} 号</div> : null}
            {r.refusedChanges.map((c) => (
              <div key={`${c.seq}`} className="sync-sub sync-refused">
                {c.isVoid ? '已失效' : '未导入'}:{c.label ?? `第 ${c.seq} 号变更`}({c.reason.replace(/^已失效:/, '')})
              </div>
            ))}
            {r.inner.map((c) => (
              <div key={c.packageId} className="sync-sub">
                {c.isValid ? '✓' : '✗'} {c.sender} {c.fingerprint} {c.reason}
              </div>
            ))}
            {r.outcome === 'needs_confirmation' && r.massChange ? (
              <div className="trust-box">
                <div>
                  期限改动 {r.massChange.redated} 项、关闭 {r.massChange.closed} 项,共 {r.massChange.affected}/{r.massChange.total} 项任务
                </div>
                <button type="button" className="btn" onClick={() => onConfirmMassChange(i)}>
                  已核实,确认导入
                </button>
              </div>
            ) : null}
            {r.outcome === 'needs_trust' && r.sender ? (
              <div className="trust-box">
                <div>
                  请电话联系{r.sender.name},核对对方屏幕上的指纹是否为 <strong className="fingerprint">{r.sender.fingerprint}</strong>
                </div>
                <button type="button" className="btn" onClick={() => onConfirm(i)}>
                  指纹一致,确认登记并导入
                </button>
              </div>
            ) : null}
          </td>
          <td className="sync-counts">
            {r.counts.applied} / {r.counts.skipped} / {r.counts.conflicts} / {r.counts.refused}
          </td>
        </tr>
        ),
      )}
    </tbody>
  </table>
);
