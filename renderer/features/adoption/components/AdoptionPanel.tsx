// 表格代录: for units without Duban the office sends the fill-in sheet (Excel, optionally Word) and
// enters what comes back — a returned sheet, a Word table, or a published 进展通报 — as the units' reports.
import '../adoption.css';
import { useEffect, useRef } from 'react';
import { reportChannelLabel } from '../../../../shared/progress/channels';
import { useAdoption } from '../store';
import { ReturnsPreviewDialog } from './ReturnsPreviewDialog';

export const AdoptionPanel = () => {
  const { units, selected, withWord, from, isBusy, error, notice, load, toggle, selectUnenrolled, clearSelection, setWithWord, setFrom, exportSheets, previewFiles } =
    useAdoption();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void load();
  }, [load]);
  if (!units) return <section className="sync-panel">{error ? <div className="error-banner" role="alert">{error}</div> : '正在载入单位…'}</section>;
  const unenrolled = units.units.filter((u) => !u.isEnrolled).length;
  return (
    <section aria-label="表格代录" className="sync-panel adoption-panel">
      <ReturnsPreviewDialog />
      {error ? <div className="error-banner" role="alert">{error}</div> : null}
      {notice ? <div className="notice-banner" role="status">{notice}</div> : null}
      <p className="muted">
        报告期:{units.period.label}。未安装督办的单位({unenrolled} 个)可以用 Excel 或 Word 填报:先导出填报表发给单位,收回后在下方导入,由办公室代录为该单位的报告(时间轴上注明“办公室代录”,原文件作为佐证材料保存),再照常审核。
      </p>

      <h3>一、导出填报表</h3>
      <div className="adoption-actions">
        <button type="button" className="btn btn-plain" onClick={selectUnenrolled}>
          选择全部未安装督办的单位
        </button>
        <button type="button" className="btn btn-plain" onClick={clearSelection} disabled={selected.length === 0}>
          清除选择
        </button>
        <label className="adoption-check">
          <input type="checkbox" checked={withWord} onChange={(e) => setWithWord(e.target.checked)} />
          同时生成 Word 填报表
        </label>
        <button type="button" className="btn" disabled={isBusy || selected.length === 0} onClick={() => void exportSheets()}>
          导出填报表({selected.length} 个单位)
        </button>
      </div>
      <div className="adoption-units">
        <table className="report-table">
          <thead>
            <tr>
              <th>选择</th>
              <th>单位</th>
              <th>任务数</th>
              <th>督办</th>
              <th>本期报送方式</th>
            </tr>
          </thead>
          <tbody>
            {units.units.map((u) => (
              <tr key={u.departmentId}>
                <td>
                  <input type="checkbox" aria-label={`选择${u.name}`} checked={selected.includes(u.departmentId)} onChange={() => toggle(u.departmentId)} />
                </td>
                <td>{u.name}</td>
                <td className="rp-num">{u.taskCount}</td>
                <td>{u.isEnrolled ? '已安装' : <span className="muted">未安装</span>}</td>
                <td className={`channel channel-${u.channel}`}>{reportChannelLabel[u.channel]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>二、导入单位交回的填报表</h3>
      <div className="adoption-actions">
        <label className="sync-field">
          <span>文件来自</span>
          <select aria-label="文件来自" value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="">按文件识别(督办导出的填报表)</option>
            <option value="bulletin">进展通报(按表中的责任单位)</option>
            {units.units.map((u) => (
              <option key={u.departmentId} value={u.departmentId}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" disabled={isBusy} onClick={() => inputRef.current?.click()}>
          选择交回的文件…
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          aria-label="选择交回的 Excel 或 Word 文件"
          accept=".xlsx,.docx,.doc,.wps,.xls"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void previewFiles(files);
          }}
        />
      </div>
      <p className="muted small">可一次选择多个文件(.xlsx 或 .docx)。单位自己用 Word 做的表格(序号、工作任务、责任单位、进展情况、完成情况)请在“文件来自”中选择该单位。</p>
    </section>
  );
};
