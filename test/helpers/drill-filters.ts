// Every kind of number the dashboard lets a person click, for a period's summary (issue 18): the
// equivalence test asks reports.drill for each and compares the rows with the same filter applied to
// the frozen implementation's whole summary, which is what the dashboard listed before it stopped
// receiving every task.
import { lightKeys, statusKeys, type TaskFilter } from '../../shared/reports/rules.js';
import type { ReportSummary } from '../../shared/reports/types.js';

/** Each unit's filters for up to ten units; beyond that the first, a middle and the last of the ranking (each call rebuilds the period). */
export const drillFiltersOf = (summary: ReportSummary): TaskFilter[] => {
  const units = summary.ranking.map((d) => d.departmentId);
  const picked = units.length <= 10 ? units : [...new Set([units[0], units[Math.floor(units.length / 2)], units[units.length - 1]])].filter((u) => u !== undefined);
  const firstTask = summary.tasks[0]?.taskId;
  return [
    { kind: 'all' },
    ...statusKeys.map((status): TaskFilter => ({ kind: 'status', status })),
    ...lightKeys.map((light): TaskFilter => ({ kind: 'light', light })),
    ...summary.bySection.flatMap((s): TaskFilter[] => [
      { kind: 'section', section: s.section },
      { kind: 'section', section: s.section, isDoneOnly: true },
    ]),
    { kind: 'missing' },
    { kind: 'returned' },
    { kind: 'deadline', deadlineClass: 'near' },
    { kind: 'deadline', deadlineClass: 'overdue_open' },
    { kind: 'deadline', deadlineClass: 'overdue_done' },
    ...(firstTask ? [{ kind: 'task', taskId: firstTask } as const] : []),
    { kind: 'reports', state: 'received' },
    { kind: 'reports', state: 'accepted' },
    { kind: 'reports', state: 'awaiting' },
    { kind: 'reports', isLate: false },
    { kind: 'reports', isLate: true },
    ...picked.flatMap((departmentId): TaskFilter[] => [
      { kind: 'department', departmentId, role: 'lead' },
      { kind: 'missing', departmentId },
      { kind: 'reports', departmentId },
      { kind: 'reports', departmentId, state: 'received' },
      { kind: 'reports', departmentId, state: 'returned' },
    ]),
  ];
};
