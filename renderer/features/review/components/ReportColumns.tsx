// This period's report beside the previous period's: status, percent, the three texts, indicator values
// with attainment, and the evidence (each file opens).
import { attainmentOf } from '../../../../shared/progress/attainment';
import { formatClock } from '../../../../shared/progress/dates';
import { reportStatusLabel } from '../../../../shared/progress/report-status';
import type { AttachmentInfo, IndicatorField, SubmittedReport } from '../../../../shared/progress/types';
import { openFile } from '../../workbench/components/EvidenceFiles';

const TEXTS = [
  ['progress', '进展情况'],
  ['problems', '存在问题'],
  ['nextSteps', '下一步计划'],
] as const;

const sizeLabel = (bytes: number): string => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

type ColumnProps = {
  heading: string;
  report: SubmittedReport | null;
  indicators: IndicatorField[];
  attachments?: AttachmentInfo[];
  onError: (message: string) => void;
};

const Column = ({ heading, report, indicators, attachments, onError }: ColumnProps) => (
  <section className="review-column" aria-label={heading}>
    <h3>{heading}</h3>
    {!report ? (
      <p className="muted">没有报送。</p>
    ) : (
      <>
        <div className="review-figures">
          <span className="review-status">{reportStatusLabel[report.status]}</span>
          <span className="review-percent">完成 {report.percent ?? '—'}%</span>
          <span className="muted">报送于 {formatClock(report.submittedAt)}</span>
        </div>
        {TEXTS.map(([field, label]) => (
          <div key={field} className="review-text">
            <div className="review-label">{label}</div>
            <div className="review-prose">{report[field] || <span className="muted">(未填)</span>}</div>
          </div>
        ))}
        {indicators.length > 0 ? (
          <table className="review-indicators" aria-label={`${heading}指标`}>
            <thead>
              <tr>
                <th>指标</th>
                <th>目标值</th>
                <th>填报值</th>
                <th>达标</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => {
                const value = report.indicatorValues[indicator.id] ?? '';
                const attainment = attainmentOf(value, indicator.target);
                return (
                  <tr key={indicator.id}>
                    <td>{indicator.name}</td>
                    <td>{indicator.targetText || '—'}</td>
                    <td>
                      {value || '—'} {value && indicator.unit ? indicator.unit : ''}
                    </td>
                    <td className={`attainment-${attainment.state}`}>{attainment.label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        {attachments ? (
          <div className="review-text">
            <div className="review-label">佐证材料</div>
            {attachments.length === 0 ? (
              <div className="muted">未附佐证材料</div>
            ) : (
              <ul className="review-files" aria-label="佐证材料">
                {attachments.map((file) => (
                  <li key={file.sha256}>
                    <button type="button" className="link" onClick={() => void openFile(file, onError)}>
                      {file.fileName}
                    </button>
                    <span className="muted"> {sizeLabel(file.size)}</span>
                    {file.integrity !== 'ok' ? <span className="problem"> {file.integrity === 'missing' ? '文件缺失' : '文件已被改动'}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </>
    )}
  </section>
);

type Props = {
  current: SubmittedReport | null;
  currentLabel: string;
  previous: SubmittedReport | null;
  previousLabel: string;
  indicators: IndicatorField[];
  attachments: AttachmentInfo[];
  onError: (message: string) => void;
};

export const ReportColumns = ({ current, currentLabel, previous, previousLabel, indicators, attachments, onError }: Props) => (
  <div className="review-columns">
    <Column heading={`本期 · ${currentLabel}`} report={current} indicators={indicators} attachments={attachments} onError={onError} />
    <Column heading={previousLabel ? `上期 · ${previousLabel}` : '上期'} report={previous} indicators={indicators} onError={onError} />
  </div>
);
