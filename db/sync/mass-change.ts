// The mass-change fail-safe (sync.md step 6, after Joplin's deletion fail-safe): before a package is
// applied, count the tasks it would re-date (a moved deadline) or close (a report marked done, or the task
// withdrawn from the plan). Above a share of the plan's live tasks, a person must confirm that package by id.
// Counted against the rows as they stand, from data only, so the same package always gets the same answer.
import type { WireChange } from '../../shared/sync/manifest.js';
import type { MassChange } from '../../shared/sync/types.js';
import { readMeta, writeMeta } from '../meta.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

const SETTING_KEY = 'sync.mass_change_share';
export const DEFAULT_MASS_CHANGE_SHARE = 0.2;

export const massChangeShare = (db: Db): number => {
  const stored = Number(readMeta(db, SETTING_KEY));
  return Number.isFinite(stored) && stored > 0 && stored <= 1 ? stored : DEFAULT_MASS_CHANGE_SHARE;
};

export const setMassChangeShare = (db: Db, share: number): void => {
  writeMeta(db, SETTING_KEY, String(share));
};

type TaskRow = { deadline_text: string; deadline_date: string | null; deleted: number };

const isWithdrawn = (change: WireChange): boolean => change.op === 'delete' || change.row.deleted === 1;

/** Counts what the changes would do; `planId` names the plan whose live tasks make the whole. */
export const measureMassChange = (db: Db, planId: string | null, changes: WireChange[]): MassChange => {
  const redated = new Set<string>();
  const closed = new Set<string>();
  for (const change of changes) {
    if (change.table === 'tasks') {
      const id = String(change.row.id);
      const current = prepared(db, 'SELECT deadline_text, deadline_date, deleted FROM tasks WHERE id = ?').get(id) as TaskRow | undefined;
      // A new task is neither moved nor closed; only rows the recipient already tracks count.
      if (!current || current.deleted === 1) continue;
      if (isWithdrawn(change)) closed.add(id);
      else if (
        (change.row.deadline_text !== undefined && change.row.deadline_text !== current.deadline_text) ||
        (change.row.deadline_date !== undefined && (change.row.deadline_date ?? null) !== current.deadline_date)
      ) {
        redated.add(id);
      }
    } else if (change.table === 'reports' && change.row.status === 'done' && !isWithdrawn(change)) {
      const current = prepared(db, 'SELECT status FROM reports WHERE task_id = ? AND department_id = ? AND period_id = ?').get(
        change.row.task_id,
        change.row.department_id,
        change.row.period_id,
      ) as { status: string } | undefined;
      if (current?.status !== 'done') closed.add(String(change.row.task_id));
    }
  }
  const total = (
    planId
      ? prepared(db, 'SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0 AND plan_id = ?').get(planId)
      : prepared(db, 'SELECT COUNT(*) AS n FROM tasks WHERE deleted = 0').get()
  ) as { n: number };
  const affected = new Set([...redated, ...closed]).size;
  const threshold = massChangeShare(db);
  return {
    redated: redated.size,
    closed: closed.size,
    affected,
    total: total.n,
    threshold,
    isOverThreshold: affected > 0 && affected > threshold * Math.max(total.n, 1),
  };
};

export const massChangeMessage = (m: MassChange): string => {
  const percent = m.total > 0 ? Math.round((100 * m.affected) / m.total) : 100;
  const parts = [m.redated ? `改动 ${m.redated} 项任务的完成时限` : '', m.closed ? `关闭(标为已完成或撤销)${m.closed} 项任务` : ''].filter(Boolean);
  return (
    `该数据包将${parts.join('、')},共涉及 ${m.affected} 项任务,占全部 ${m.total} 项任务的 ${percent}%,` +
    `超过安全阈值 ${Math.round(m.threshold * 100)}%,为防止误操作暂未导入。请与发送方核实后点击“已核实,确认导入”。`
  );
};
