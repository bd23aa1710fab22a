// Pure rules of the office's figures: labels and colours, the department ranking, and the filters that
// turn a clicked number back into the tasks behind it. Light and state rules live in shared/progress.
import type { Light } from '../progress/lights.js';
import { lightLabel } from '../progress/lights.js';
import { reportStatusLabel } from '../progress/report-status.js';
import type { DeadlineClass, DeadlineCounts, DepartmentFigure, NamedRef, OwedReport, OwedReportState, StatusKey, TaskRow } from './types.js';

export const statusKeys: StatusKey[] = ['done', 'on_track', 'ongoing', 'not_started', 'behind', 'unreported'];

export const statusKeyLabel = (key: StatusKey): string => (key === 'unreported' ? '未报送' : reportStatusLabel[key]);

export const lightKeys: Light[] = ['red', 'yellow', 'blue', 'green', 'none'];

export { lightLabel };

/** One palette for charts, the print view and the Excel cell fill, so a red means the same everywhere. */
export const lightColour: Record<Light, string> = {
  green: '#2E9D4D',
  yellow: '#F2C230',
  red: '#D9363E',
  blue: '#2F7BD6',
  none: '#BFBFBF',
};

export const statusColour: Record<StatusKey, string> = {
  done: '#2E9D4D',
  on_track: '#5B8FF9',
  ongoing: '#61DDAA',
  not_started: '#A0A0A0',
  behind: '#D9363E',
  unreported: '#E8E8E8',
};

export const deadlineClassLabel: Record<DeadlineClass, string> = {
  near: '即将逾期',
  overdue_open: '逾期未办',
  overdue_done: '逾期已办',
};

export const sectionLabel = (section: string): string => (section.trim() === '' ? '未分篇章' : section);

/** A share as a percent with one decimal: 2 of 3 → 66.7. Zero of zero is 0, not NaN. */
export const percentOf = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * Ranks units by on-time submission, then share of led tasks on track (a unit that leads nothing is
 * judged on submission alone), then fewer returned reports. Equal figures share a rank (1, 2, 2, 4),
 * and ties list in name order so the printed table is stable.
 */
type Rankable = Pick<DepartmentFigure, 'name' | 'onTimeRate' | 'onTrackRate' | 'returned'>;

export const rankDepartments = <T extends Rankable>(rows: T[]): (T & { rank: number })[] => {
  const keyOf = (r: Rankable): [number, number, number] => [r.onTimeRate, r.onTrackRate ?? r.onTimeRate, -r.returned];
  const compare = (a: Rankable, b: Rankable): number => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    for (let i = 0; i < ka.length; i += 1) {
      const diff = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  };
  const sorted = [...rows].sort((a, b) => compare(a, b) || a.name.localeCompare(b.name, 'zh-CN'));
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((row, index) => {
    const previous = ranked[index - 1];
    const rank = previous && compare(previous, row) === 0 ? previous.rank : index + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
};

/** What a clicked number stands for; the task list shows exactly the tasks that made that number. */
export type TaskFilter =
  | { kind: 'all' }
  | { kind: 'status'; status: StatusKey }
  | { kind: 'light'; light: Light }
  | { kind: 'section'; section: string; isDoneOnly?: boolean }
  | { kind: 'department'; departmentId: string; role?: 'lead' }
  | { kind: 'missing'; departmentId?: string }
  | { kind: 'returned' }
  | { kind: 'deadline'; deadlineClass: DeadlineClass }
  | { kind: 'task'; taskId: string }
  /** Tasks with a report this period in that state (received = sent, whatever its review), of one unit or any. */
  | { kind: 'reports'; departmentId?: string; state?: OwedReportState | 'received'; isLate?: boolean };

const owedMatches = (o: OwedReport, filter: Extract<TaskFilter, { kind: 'reports' }>): boolean =>
  (filter.departmentId === undefined || o.unitId === filter.departmentId) &&
  (filter.state === undefined || (filter.state === 'received' ? o.state !== 'missing' : o.state === filter.state)) &&
  (filter.isLate === undefined || (o.state !== 'missing' && o.isLate === filter.isLate));

const involves = (task: TaskRow, departmentId: string, isLeadOnly: boolean): boolean =>
  task.leads.some((d) => d.id === departmentId) || (!isLeadOnly && task.participants.some((d) => d.id === departmentId));

export const matchesFilter = (task: TaskRow, filter: TaskFilter): boolean => {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'status':
      return task.status === filter.status;
    case 'light':
      return task.light === filter.light;
    case 'section':
      return task.section === filter.section && (!filter.isDoneOnly || task.latestStatus === 'done');
    case 'department':
      return involves(task, filter.departmentId, filter.role === 'lead');
    case 'missing':
      return filter.departmentId === undefined
        ? task.missingUnits.length > 0
        : task.missingUnits.some((d) => d.id === filter.departmentId);
    case 'returned':
      return task.returnedUnits.length > 0;
    case 'deadline':
      return task.deadlineClass === filter.deadlineClass;
    case 'task':
      return task.taskId === filter.taskId;
    case 'reports':
      return task.owed.some((o) => owedMatches(o, filter));
  }
};

export const filterTasks = <T extends TaskRow>(tasks: T[], filter: TaskFilter): T[] => tasks.filter((t) => matchesFilter(t, filter));

/** The 逾期未办 and 即将逾期 cards: tasks in each deadline class. */
export const deadlineCountsOf = (tasks: Pick<TaskRow, 'deadlineClass'>[]): DeadlineCounts => ({
  overdueOpen: tasks.filter((t) => t.deadlineClass === 'overdue_open').length,
  near: tasks.filter((t) => t.deadlineClass === 'near').length,
});

/** How bad a light is, for "worst first" lists. */
export const lightSeverity: Record<Light, number> = { red: 4, yellow: 3, blue: 2, none: 1, green: 0 };

/** The units as the document names them: tables and exports show 市直有关单位, not its thirty members. */
export const namedInDocument = (list: NamedRef[]): NamedRef[] => list.filter((r) => r.viaGroupId === undefined);
