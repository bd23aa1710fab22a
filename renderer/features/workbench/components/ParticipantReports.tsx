import { reportStatusLabel } from '../../../../shared/progress/report-status';
import type { ParticipantReport } from '../../../../shared/progress/types';
import { StateBadge } from './Badges';

/** For a lead unit: what each participating unit reported this period, beside the consolidated report. */
export const ParticipantReports = ({ reports }: { reports: ParticipantReport[] }) => (
  <section className="participants" aria-label="参与单位报送情况">
    <h3>参与单位报送情况</h3>
    {reports.length === 0 ? <p className="muted">这项任务没有参与单位。</p> : null}
    {reports.map((p) => (
      <article key={p.department.id} className="participant-report">
        <header>
          <strong>{p.department.name}</strong> <StateBadge state={p.state} />
          {p.report ? (
            <span className="muted">
              {reportStatusLabel[p.report.status]}
              {p.report.percent === null ? '' : ` · ${p.report.percent}%`}
            </span>
          ) : null}
        </header>
        {p.report ? (
          <dl>
            <dt>进展情况</dt>
            <dd>{p.report.progress || '—'}</dd>
            {p.report.problems ? (
              <>
                <dt>存在问题</dt>
                <dd>{p.report.problems}</dd>
              </>
            ) : null}
            {p.attachments.length > 0 ? (
              <>
                <dt>佐证材料</dt>
                <dd>{p.attachments.map((a) => a.fileName).join('、')}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="muted">尚未收到本期报告</p>
        )}
      </article>
    ))}
  </section>
);
