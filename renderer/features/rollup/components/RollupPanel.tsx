// 上报与汇总 (office only): 上报上级 makes the roll-up for the level above and saves it like any export;
// 导入下级汇总 takes a roll-up from a lower office, which is verified whole (one bad original refuses it);
// below, every verified roll-up by sender and period, each opening read-only.
import { lazy, Suspense, useEffect, useState, type ChangeEvent } from 'react';
import { readAsBase64 } from '../../../api/read-file';
import { ImportReportTable } from '../../sync/components/ImportReportTable';
import { useSyncStore, type ImportSourceInput } from '../../sync/store';
import { useRollupStore } from '../store';
import '../rollup.css';
import { Banners } from '../../../app/Banners';
import { dayOf } from '../../../../shared/progress/days';

// The read-only view brings the dashboard's charts (ECharts): loaded when a roll-up is first opened.
const RollupViewer = lazy(async () => ({ default: (await import('./RollupViewer')).RollupViewer }));

export const RollupPanel = () => {
  const { list, opened, isBusy, error, notice, loadList, make, open } = useRollupStore();
  const { reports, importSources, confirmFingerprint, confirmMassChange } = useSyncStore();
  const [to, setTo] = useState('');
  const [isImporting, setIsImporting] = useState(false);
  // The import report shows here only for files picked here (the 导入数据包 tab shares the same store).
  const [hasPicked, setHasPicked] = useState(false);
  const [path, setPath] = useState('');
  useEffect(() => {
    void loadList();
  }, [loadList]);

  if (opened) {
    return (
      <Suspense fallback={<p className="sync-empty">正在打开…</p>}>
        <RollupViewer />
      </Suspense>
    );
  }

  const importRollups = async (read: () => Promise<ImportSourceInput[]>): Promise<void> => {
    setIsImporting(true);
    setHasPicked(true);
    try {
      await importSources(await read());
      await loadList();
    } finally {
      setIsImporting(false);
    }
  };
  const onPick = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    await importRollups(async () => Promise.all(files.map(async (file) => ({ name: file.name, dataBase64: await readAsBase64(file) }))));
  };

  return (
    <section aria-label="上报与汇总" className="sync-panel rollup-panel">
      <Banners error={error} notice={notice} />
      <div className="rollup-actions">
        <div className="rollup-box">
          <h3>上报上级</h3>
          <p className="sync-sub">把本办公室的规划、审核结果和各部门原样签名的进度包打成一个汇总上报包,交上级办公室核验。生成前会逐个检查本机保存的原始进度包。</p>
          <label className="sync-field">
            <span>上级单位名称或指纹(可不填;填指纹则只有该上级能导入)</span>
            <input value={to} onChange={(e) => setTo(e.target.value)} placeholder="例如 广东省市场监管局 或 1A2B-3C4D-5E6F" aria-label="上级单位" />
          </label>
          <button type="button" className="btn" disabled={isBusy} onClick={() => void make(to)}>
            {isBusy ? '正在生成…' : '上报上级'}
          </button>
        </div>
        <div className="rollup-box">
          <h3>导入下级汇总</h3>
          <p className="sync-sub">选择下级办公室上报的汇总包。每个原始数据包的签名都会核验,任何一个不通过,整个汇总包都不导入。</p>
          <label className="btn btn-plain">
            {isImporting ? '正在核验…' : '导入下级汇总…'}
            <input type="file" accept=".duban" hidden aria-label="选择下级汇总包" disabled={isImporting} onChange={(e) => void onPick(e)} />
          </label>
          {/* A roll-up with many evidence files can be too large to pass through the page: its path is read by this PC instead. */}
          <div className="rollup-path">
            <label className="sync-field">
              <span>或输入汇总包的文件路径(文件较大时)</span>
              <input value={path} onChange={(e) => setPath(e.target.value)} placeholder="例如 E:\湛江-汇总上报包.duban" aria-label="汇总包文件路径" />
            </label>
            <button type="button" className="btn btn-plain" disabled={isImporting || path.trim() === ''} onClick={() => void importRollups(async () => [{ path: path.trim() }])}>
              导入
            </button>
          </div>
        </div>
      </div>
      {hasPicked && reports.length > 0 ? (
        <ImportReportTable reports={reports} onConfirm={(i) => void confirmFingerprint(i).then(loadList)} onConfirmMassChange={(i) => void confirmMassChange(i)} />
      ) : null}
      <h3>已导入的下级汇总</h3>
      {list.length === 0 ? (
        <p className="sync-empty">还没有导入下级汇总。</p>
      ) : (
        <table className="sync-table" aria-label="已导入的下级汇总">
          <thead>
            <tr>
              <th style={{ width: '24%' }}>上报单位</th>
              <th style={{ width: '13%' }}>报告期</th>
              <th>规划</th>
              <th style={{ width: '16%' }}>任务 / 填报 / 原始包</th>
              <th style={{ width: '12%' }}>导入日期</th>
              <th style={{ width: '10%' }} />
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id}>
                <td>
                  <div className="sync-file">{r.senderName}</div>
                  <div className="sync-sub">指纹 {r.senderFingerprint}</div>
                </td>
                <td>{r.periodLabel || '未注明'}</td>
                <td>{r.planTitle || '—'}</td>
                <td className="sync-counts">
                  {r.taskCount} / {r.reportCount} / {r.innerCount}
                </td>
                <td>{dayOf(new Date(r.importedAt))}</td>
                <td>
                  <button type="button" className="btn" disabled={isBusy} onClick={() => void open(r)} aria-label={`只读查看 ${r.senderName} ${r.periodLabel}`}>
                    只读查看
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
