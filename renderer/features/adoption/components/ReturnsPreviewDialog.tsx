// What the returned files hold before anything is written: per file, the rows that become 代录 reports
// and what they change, rows not placed with their row number and why, and files refused outright.
import type { ReturnedFile, ReturnedMatch } from '../../../../shared/api/methods/adoption';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import { useAdoption } from '../store';

const outcomeLabel: Record<ReturnedMatch['outcome'], string> = { write: '将代录', unchanged: '无变化', empty: '未填写' };
const kindLabel: Record<ReturnedFile['kind'], string> = { sheet: 'Excel 填报表', word: 'Word 表格', bulletin: '进展通报' };

const MatchRow = ({ m }: { m: ReturnedMatch }) => (
  <tr className={`sheet-match outcome-${m.outcome}`}>
    <td className="num">{m.rowNumber}</td>
    <td>
      <span className="code">{m.code}.</span> {m.title}
      {m.matchedBy === 'title' ? <div className="muted small">按序号和任务名称对应</div> : null}
    </td>
    <td>{m.departmentName}</td>
    <td>
      {m.outcome === 'empty' ? '' : reportStatusLabel[m.values.status]}
      {m.isStatusInferred && m.outcome !== 'empty' ? <div className="muted small">(表中未填状态,按进度推断)</div> : null}
    </td>
    <td className="num">{m.values.percent === null ? '' : `${m.values.percent}%`}</td>
    <td>
      <strong>{outcomeLabel[m.outcome]}</strong>
      {m.changes.map((c) => (
        <div key={c.field} className="muted small">
          {c.label}:{c.before || '(空)'} → {c.after || '(空)'}
        </div>
      ))}
    </td>
  </tr>
);

const FileBlock = ({ file }: { file: ReturnedFile }) => {
  const rows = file.matched.filter((m) => m.outcome !== 'empty');
  return (
    <div className="returns-file">
      <h4>
        {file.fileName} {file.refusal ? null : <span className="muted small">{kindLabel[file.kind]}</span>}
      </h4>
      {file.refusal ? (
        <p className="error-text" role="alert">
          未导入:{file.refusal}
        </p>
      ) : (
        <>
          <p className="sheet-summary">{file.summary}</p>
          {rows.length > 0 ? (
            <table className="sheet-table">
              <thead>
                <tr>
                  <th>行号</th>
                  <th>任务</th>
                  <th>单位</th>
                  <th>状态</th>
                  <th>进度</th>
                  <th>结果与改动</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <MatchRow key={`${m.rowNumber}-${m.departmentId}`} m={m} />
                ))}
              </tbody>
            </table>
          ) : null}
          {file.unplaced.length > 0 ? (
            <>
              <h3>未导入的行({file.unplaced.length})</h3>
              <table className="sheet-table">
                <thead>
                  <tr>
                    <th>行号</th>
                    <th>内容</th>
                    <th>原因</th>
                  </tr>
                </thead>
                <tbody>
                  {file.unplaced.map((u) => (
                    <tr key={`${u.rowNumber}-${u.reason}`}>
                      <td className="num">{u.rowNumber}</td>
                      <td>{u.text}</td>
                      <td>{u.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      )}
    </div>
  );
};

export const ReturnsPreviewDialog = () => {
  const { preview, isBusy, error, importReturns, closePreview } = useAdoption();
  if (!preview) return null;
  return (
    <div className="sheet-backdrop">
      <div className="sheet-dialog" role="dialog" aria-modal="true" aria-label="代录预览">
        <h2>导入填报表 · {preview.period.label}</h2>
        <p className="sheet-summary">{preview.summary}</p>
        {error ? <div className="error-banner" role="alert">{error}</div> : null}
        <div className="sheet-scroll">
          {preview.files.map((f, i) => (
            <FileBlock key={`${f.fileName}-${i}`} file={f} />
          ))}
        </div>
        <div className="sheet-actions">
          <button type="button" onClick={closePreview} disabled={isBusy}>
            取消
          </button>
          <button type="button" className="btn" disabled={isBusy || preview.toWrite === 0} onClick={() => void importReturns()}>
            确认代录({preview.toWrite} 项)
          </button>
        </div>
      </div>
    </div>
  );
};
