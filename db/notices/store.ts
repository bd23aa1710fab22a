// The office's log of notices: written once when issued, read by the chase screen, the timeline and the
// print view. The tasks travel as a JSON copy of what was printed.
import type { IssuedNotice, NoticeRef, NoticeTask } from '../../shared/notices/types.js';
import { parsePeriodId } from '../../shared/progress/periods.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { insertSynced } from '../sync/synced-write.js';

type NoticeRow = {
  id: string;
  seq: number;
  plan_id: string;
  plan_title: string;
  period_id: string;
  department_id: string;
  department_name: string;
  doc_number: string;
  reply_by: string;
  office_name: string;
  issued_on: string;
  issued_at: string;
  batch_id: string | null;
  tasks_json: string;
};

const SELECT = `SELECT n.*, COALESCE(p.title, '') AS plan_title, COALESCE(d.name, '') AS department_name
  FROM notices n LEFT JOIN plans p ON p.id = n.plan_id LEFT JOIN departments d ON d.id = n.department_id
  WHERE n.deleted = 0`;

const toNotice = (r: NoticeRow): IssuedNotice => {
  const period = parsePeriodId(r.period_id);
  return {
    id: r.id,
    seq: r.seq,
    planId: r.plan_id,
    planTitle: r.plan_title,
    periodId: r.period_id,
    periodLabel: period?.label ?? r.period_id,
    periodDue: period?.due ?? '',
    departmentId: r.department_id,
    departmentName: r.department_name,
    docNumber: r.doc_number,
    replyBy: r.reply_by,
    officeName: r.office_name,
    issuedOn: r.issued_on,
    issuedAt: r.issued_at,
    batchId: r.batch_id,
    tasks: JSON.parse(r.tasks_json) as NoticeTask[],
  };
};

export type NoticeInsert = {
  id: string;
  planId: string;
  periodId: string;
  departmentId: string;
  docNumber: string;
  replyBy: string;
  officeName: string;
  issuedOn: string;
  issuedAt: string;
  batchId: string | null;
  tasks: NoticeTask[];
};

/** Inside the caller's transaction: the next seq is taken there, so two issues never share one. Logged, so it travels to the unit. */
export const insertNotice = (db: Db, originId: string, n: NoticeInsert): void => {
  const seq = ((prepared(db, 'SELECT MAX(seq) AS s FROM notices').get() as { s: number | null }).s ?? 0) + 1;
  insertSynced(db, originId, 'notices', n.id, {
    id: n.id,
    seq,
    plan_id: n.planId,
    period_id: n.periodId,
    department_id: n.departmentId,
    doc_number: n.docNumber,
    reply_by: n.replyBy,
    office_name: n.officeName,
    issued_on: n.issuedOn,
    issued_at: n.issuedAt,
    batch_id: n.batchId,
    tasks_json: JSON.stringify(n.tasks),
    deleted: 0,
  });
};

export const docNumberHolder = (db: Db, planId: string, docNumber: string): string | null =>
  (prepared(db, `SELECT COALESCE(d.name, '') AS name FROM notices n LEFT JOIN departments d ON d.id = n.department_id WHERE n.plan_id = ? AND n.doc_number = ?`).get(planId, docNumber) as
    | { name: string }
    | undefined)?.name ?? null;

export const listNotices = (db: Db, filter: { planId?: string; departmentId?: string; ids?: string[] }): IssuedNotice[] => {
  const rows = prepared(
    db,
    `${SELECT} AND (@plan IS NULL OR n.plan_id = @plan) AND (@dept IS NULL OR n.department_id = @dept)
       AND (@ids IS NULL OR n.id IN (SELECT value FROM json_each(@ids))) ORDER BY n.seq DESC`,
  ).all({ plan: filter.planId ?? null, dept: filter.departmentId ?? null, ids: filter.ids ? JSON.stringify(filter.ids) : null }) as NoticeRow[];
  return rows.map(toNotice);
};

export const noticesOfTask = (db: Db, taskId: string): IssuedNotice[] =>
  (prepared(db, `${SELECT} AND EXISTS (SELECT 1 FROM json_each(n.tasks_json) j WHERE json_extract(j.value, '$.taskId') = ?) ORDER BY n.seq`).all(taskId) as NoticeRow[]).map(toNotice);

/** Per unit, the plan's notices newest first: the chase rows show them. */
export const noticeRefsByUnit = (db: Db, planId: string): Map<string, NoticeRef[]> => {
  const map = new Map<string, NoticeRef[]>();
  for (const n of listNotices(db, { planId })) {
    map.set(n.departmentId, [...(map.get(n.departmentId) ?? []), { id: n.id, docNumber: n.docNumber, issuedOn: n.issuedOn, periodId: n.periodId }]);
  }
  return map;
};
