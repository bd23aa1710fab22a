// The requests on a task with their state and the office's word, shared by the unit's panel and the office's queue.
import { formatDayOf } from '../../../../shared/progress/dates';
import { decisionLabel, deadlineWords, kindLabel, stateLabel } from '../../../../shared/lifecycle/labels';
import type { LifecycleRequestView } from '../../../../shared/lifecycle/types';
import { openFile } from '../../workbench/components/EvidenceFiles';

export const RequestSummary = ({ request, onError }: { request: LifecycleRequestView; onError: (message: string) => void }) => (
  <div className="lc-request-body">
    {request.kind === 'extension' ? (
      <div>
        完成时限:{request.currentDeadline ? deadlineWords(request.currentDeadline) : '原无明确时限'} → 申请延至{' '}
        <strong>{request.requestedDeadline ? deadlineWords(request.requestedDeadline) : '—'}</strong>
      </div>
    ) : null}
    {request.reason ? <div className="lc-prose">{request.kind === 'extension' ? '延期理由' : '说明'}:{request.reason}</div> : null}
    {request.finalReport ? <div className="lc-prose">办结报告:{request.finalReport}</div> : null}
    {request.attachments.length > 0 ? (
      <div className="lc-files">
        佐证材料:
        {request.attachments.map((f) => (
          <button key={f.sha256} type="button" className="link" onClick={() => void openFile(f, onError)}>
            {f.fileName}
          </button>
        ))}
      </div>
    ) : null}
  </div>
);

export const RequestList = ({ requests, onError }: { requests: LifecycleRequestView[]; onError: (message: string) => void }) =>
  requests.length === 0 ? null : (
    <ul className="lc-requests" aria-label="延期与办结申请">
      {requests.map((r) => (
        <li key={r.id} className={`lc-request lc-${r.state}`}>
          <div className="lc-request-head">
            <strong>{kindLabel[r.kind]}</strong>
            <span className={`lc-state lc-state-${r.state}`}>{r.decision ? decisionLabel(r.kind, r.decision.action) : stateLabel[r.state]}</span>
            <span className="muted">
              {r.departmentName} · {formatDayOf(r.createdAt)}
            </span>
          </div>
          <RequestSummary request={r} onError={onError} />
          {r.decision ? (
            <div className="lc-decision">
              办公室{r.decision.decidedBy ? `(${r.decision.decidedBy})` : ''}
              {formatDayOf(r.decision.decidedAt)}:{decisionLabel(r.kind, r.decision.action)}
              {r.decision.reason ? `,理由:${r.decision.reason}` : ''}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
