import { formatDay, remainingLabel } from '../../../../shared/progress/deadline';
import { lightLabel, type Light } from '../../../../shared/progress/lights';
import { reportStateLabel, type ReportState } from '../../../../shared/progress/report-status';

export const LightDot = ({ light, reason }: { light: Light; reason?: string }) => (
  <span className={`light light-${light}`} title={reason ? `${lightLabel[light]}:${reason}` : lightLabel[light]} aria-label={lightLabel[light]} />
);

export const StateBadge = ({ state }: { state: ReportState }) => (
  <span className={`state state-${state}`}>{reportStateLabel[state]}</span>
);

/** 2026年12月31日 · 还剩 39 天, or the document's own words when it gave no date. */
export const DeadlineText = ({ deadline, deadlineText, today }: { deadline: string | null; deadlineText: string; today: string }) => {
  if (!deadline) return <span className="deadline muted">{deadlineText || '未定完成时限'}</span>;
  const label = remainingLabel(deadline, today);
  return (
    <span className={`deadline ${label.startsWith('已逾期') ? 'overdue' : ''}`}>
      {formatDay(deadline)} · {label}
    </span>
  );
};
