// 审核 holds two queues: the units' progress reports, and their 延期/办结 requests (issue 21).
import { useEffect, useState } from 'react';
import { invoke } from '../../../api/client';
import { LifecycleQueue } from '../../lifecycle/components/LifecycleQueue';
import { ReviewWorkspace } from './ReviewWorkspace';
import '../../lifecycle/lifecycle.css';

export const ReviewArea = ({ planId }: { planId: string | undefined }) => {
  const [tab, setTab] = useState<'reports' | 'requests'>('reports');
  const [pending, setPending] = useState<number | null>(null);
  // The tab says how many requests wait before it is opened.
  useEffect(() => {
    invoke('lifecycle.queue', { ...(planId ? { planId } : {}), state: 'pending' })
      .then((q) => setPending(q.pending))
      .catch(() => setPending(null));
  }, [planId]);
  return (
    <div className="review-area">
      <div className="review-tabs" role="tablist" aria-label="审核内容">
        <button type="button" role="tab" aria-selected={tab === 'reports'} onClick={() => setTab('reports')}>
          进度报告
        </button>
        <button type="button" role="tab" aria-selected={tab === 'requests'} onClick={() => setTab('requests')}>
          延期与办结申请{pending ? `(待审批 ${pending})` : ''}
        </button>
      </div>
      {tab === 'reports' ? <ReviewWorkspace planId={planId} /> : <LifecycleQueue planId={planId} onCount={setPending} />}
    </div>
  );
};
