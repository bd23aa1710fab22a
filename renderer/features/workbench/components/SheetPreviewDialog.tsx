// What the filled sheet holds before anything is written: rows matched to tasks with the values read and
// what changes, rows not placed with their Excel row number and why, and 导入为草稿 (N 项).
import type { SheetMatch } from '../../../../shared/api/methods/sheet';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import { useSheet } from '../sheet-store';
import { StateBadge } from './Badges';
import { Banners } from '../../../app/Banners';

const outcomeLabel: Record<SheetMatch['outcome'], string> = { draft: '将存为草稿', unchanged: '无变化', empty: '未填写' };
const order: Record<SheetMatch['outcome'], number> = { draft: 0, unchanged: 1, empty: 2 };

const MatchRow = ({ m }: { m: SheetMatch }) => (
  <tr className={`sheet-match outcome-${m.outcome}`}>
    <td className="num">{m.rowNumber}</td>
    <td>
      <span className="code">{m.code}.</span> {m.title} <StateBadge state={m.state} />
      {m.matchedBy === 'title' ? <div className="muted small">按序号和任务名称对应(识别码缺失)</div> : null}
    </td>
    <td>{m.values.status ? reportStatusLabel[m.values.status] : ''}</td>
    <td className="num">{m.values.percent ? `${m.values.percent}%` : ''}</td>
    <td className="sheet-text">{m.values.progress}</td>
    <td>
      <strong>{outcomeLabel[m.outcome]}</strong>
      {m.changes.length > 0 ? <div className="muted small">改动:{m.changes.map((c) => c.label).join('、')}</div> : null}
    </td>
  </tr>
);

export const SheetPreviewDialog = () => {
  const { preview, isBusy, error, importDrafts, close } = useSheet();
  if (!preview) return null;
  const matched = [...preview.matched].sort((a, b) => order[a.outcome] - order[b.outcome] || a.rowNumber - b.rowNumber);
  const count = preview.counts.toWrite;
  return (
    <div className="sheet-backdrop">
      <div className="sheet-dialog" role="dialog" aria-modal="true" aria-label="Excel 填报表导入预览">
        <h2>从 Excel 导入 · {preview.fileName}</h2>
        <p className="sheet-summary">
          {preview.department.name} · {preview.summary}
        </p>
        <p className="muted small">导入的内容只保存为草稿,不会报送。导入后请逐项打开任务核对、添加佐证材料,再点击“提交”。</p>
        <Banners error={error} />
        <div className="sheet-scroll">
          <table className="sheet-table" aria-label="对应到任务的行">
            <thead>
              <tr>
                <th className="num">行号</th>
                <th>工作任务</th>
                <th>状态</th>
                <th className="num">完成进度</th>
                <th>进展情况</th>
                <th>结果</th>
              </tr>
            </thead>
            <tbody>
              {matched.map((m) => (
                <MatchRow key={m.rowNumber} m={m} />
              ))}
            </tbody>
          </table>
          {preview.unplaced.length > 0 ? (
            <>
              <h3>无法对应的行({preview.unplaced.length} 行,不会导入)</h3>
              <table className="sheet-table sheet-unplaced" aria-label="无法对应的行">
                <thead>
                  <tr>
                    <th className="num">行号</th>
                    <th>内容</th>
                    <th>原因</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.unplaced.map((u) => (
                    <tr key={u.rowNumber}>
                      <td className="num">第 {u.rowNumber} 行</td>
                      <td>{u.text || '(空)'}</td>
                      <td className="problem">{u.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </div>
        <div className="sheet-actions">
          <button type="button" className="primary" disabled={isBusy || count === 0} onClick={() => void importDrafts()}>
            导入为草稿({count} 项)
          </button>
          <button type="button" onClick={close}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
};
