// Issue 21: who may write the lifecycle rows a package carries. A unit writes requests and their evidence
// only for itself and only on tasks it leads; decisions are the office's alone.
import { describe, expect, it } from 'vitest';
import { authorityProblem, type AuthorityLookups } from '../../shared/sync/authority.js';

const lookups: AuthorityLookups = {
  isAssigned: (task, dept) => (task === 'lead-task' || task === 'joined-task') && dept === 'd1',
  isLead: (task, dept) => task === 'lead-task' && dept === 'd1',
  indicator: () => undefined,
  departmentName: (id) => (id === 'd2' ? '市财政局' : '市商务局'),
};
const unit = { role: 'department' as const, departmentId: 'd1' };
const office = { role: 'office' as const, departmentId: null };
const request = (taskId: string, departmentId = 'd1') => ({ id: 'r1', task_id: taskId, department_id: departmentId, kind: 'extension', created_at: 'x' });

describe('lifecycle rows and the ownership rules', () => {
  it('a unit asks on a task it leads, for itself only', () => {
    expect(authorityProblem('lifecycle_requests', request('lead-task'), unit, lookups)).toBeNull();
    expect(authorityProblem('lifecycle_attachments', { request_id: 'r1', task_id: 'lead-task', department_id: 'd1', sha256: 'a'.repeat(64) }, unit, lookups)).toBeNull();
    expect(authorityProblem('lifecycle_requests', request('joined-task'), unit, lookups)).toBe('延期或办结申请只能由该任务的牵头单位提出');
    expect(authorityProblem('lifecycle_requests', request('lead-task', 'd2'), unit, lookups)).toContain('市财政局');
  });

  it('decisions are the office’s: a unit cannot send one, the office cannot send a request', () => {
    const decision = { id: 'x', task_id: 'lead-task', department_id: 'd1', action: 'approve', ordinal: 1, decided_at: 'x' };
    expect(authorityProblem('lifecycle_decisions', decision, office, lookups)).toBeNull();
    expect(authorityProblem('lifecycle_decisions', decision, unit, lookups)).not.toBeNull();
    expect(authorityProblem('lifecycle_requests', request('lead-task'), office, lookups)).not.toBeNull();
  });
});
