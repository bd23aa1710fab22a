// On a department PC, after importing the office's package: 办公室退回 N 项 · 通过 M 项, each a link that
// opens the report on the workbench (a returned one opens with the reason at the top).
import { decisionLabel } from '../../../../shared/lifecycle/labels';
import { periodLabel } from '../../../../shared/progress/dates';
import type { ReviewItem } from '../../../../shared/sync/types';
import { useNav } from '../../../app/navigation';
import { useSyncStore } from '../store';

const Links = ({ items }: { items: ReviewItem[] }) => {
  const go = useNav((s) => s.go);
  return (
    <ul className="answer-links">
      {items.map((item) => (
        <li key={`${item.taskId}|${item.periodId}`}>
          <button type="button" className="link" onClick={() => go('workbench', { taskId: item.taskId, periodId: item.periodId, departmentId: item.departmentId })}>
            {item.taskCode}. {item.taskTitle}
          </button>
          <span className="muted">({periodLabel(item.periodId)})</span>
          {item.state === 'returned' && item.lastDecision?.reason ? <span className="answer-reason">退回理由:{item.lastDecision.reason}</span> : null}
        </li>
      ))}
    </ul>
  );
};

export const OfficeAnswerBanner = () => {
  const answer = useSyncStore((s) => s.officeAnswer);
  const go = useNav((s) => s.go);
  if (!answer) return null;
  return (
    <section className="office-answer" role="status" aria-label="办公室审核结果">
      <strong>
        办公室退回 {answer.returned.length} 项 · 通过 {answer.accepted.length} 项
        {answer.decided.length > 0 ? ` · 审批申请 ${answer.decided.length} 项` : ''}
      </strong>
      {answer.returned.length > 0 ? (
        <div>
          <div className="answer-heading">退回,请修改后重新报送:</div>
          <Links items={answer.returned} />
        </div>
      ) : null}
      {answer.accepted.length > 0 ? (
        <div>
          <div className="answer-heading">已通过:</div>
          <Links items={answer.accepted} />
        </div>
      ) : null}
      {answer.decided.length > 0 ? (
        <div>
          <div className="answer-heading">延期与办结申请的审批结果:</div>
          <ul className="answer-links">
            {answer.decided.map((r) => (
              <li key={r.id}>
                <button type="button" className="link" onClick={() => go('workbench', { taskId: r.taskId, departmentId: r.departmentId })}>
                  {r.taskCode}. {r.taskTitle}
                </button>
                <span className="answer-reason">
                  {r.decision ? decisionLabel(r.kind, r.decision.action) : ''}
                  {r.decision?.reason ? `,理由:${r.decision.reason}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
};
