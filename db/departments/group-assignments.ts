// Keeps each group's task assignments expanded to its members (migration 12). Run after anything that
// changes a group's members or the plan's assignments; it converges: the same state gives no writes.
// A member's own assignment in the document always wins over one through a group, and a member in two
// groups assigned to one task takes the earlier position. Derived rows are tombstoned, never deleted,
// when the membership or the group's assignment goes, so a member's reports stay in the database.
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { insertSynced, updateSynced } from '../sync/synced-write.js';

type GroupAssignment = { task_id: string; group_id: string; group_name: string; role: string; position: number };
type Existing = { task_id: string; department_id: string; role: string; position: number; via_group_id: string | null; deleted: number };
type Desired = { taskId: string; memberId: string; groupId: string; groupName: string; role: string; position: number };

const groupAssignments = (db: Db): GroupAssignment[] =>
  prepared(
    db,
    `SELECT a.task_id, a.department_id AS group_id, g.name AS group_name, a.role, a.position
       FROM assignments a JOIN departments g ON g.id = a.department_id
      WHERE a.deleted = 0 AND a.via_group_id IS NULL AND g.deleted = 0
        AND EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = a.department_id)
      ORDER BY a.task_id, a.position`,
  ).all() as GroupAssignment[];

const membersOf = (db: Db, groupId: string): string[] =>
  (
    prepared(
      db,
      `SELECT m.member_id FROM group_members m JOIN departments d ON d.id = m.member_id
        WHERE m.group_id = ? AND d.deleted = 0 AND d.kind = 'unit' ORDER BY d.name`,
    ).all(groupId) as { member_id: string }[]
  ).map((r) => r.member_id);

const desiredRows = (db: Db): Map<string, Desired> => {
  const desired = new Map<string, Desired>();
  const direct = new Set(
    (prepared(db, 'SELECT task_id, department_id FROM assignments WHERE deleted = 0 AND via_group_id IS NULL').all() as Existing[]).map(
      (r) => `${r.task_id}|${r.department_id}`,
    ),
  );
  const members = new Map<string, string[]>();
  for (const ga of groupAssignments(db)) {
    if (!members.has(ga.group_id)) members.set(ga.group_id, membersOf(db, ga.group_id));
    for (const memberId of members.get(ga.group_id) ?? []) {
      const key = `${ga.task_id}|${memberId}`;
      if (direct.has(key) || desired.has(key)) continue; // own assignment, or an earlier group already brought it
      desired.set(key, { taskId: ga.task_id, memberId, groupId: ga.group_id, groupName: ga.group_name, role: ga.role, position: ga.position });
    }
  }
  return desired;
};

/** Brings the derived assignments in line with groups and members. Must run inside a transaction. Returns rows written. */
export const expandGroupAssignments = (db: Db, originId: string): number => {
  const desired = desiredRows(db);
  let writes = 0;
  const derived = prepared(db, 'SELECT task_id, department_id, role, position, via_group_id, deleted FROM assignments WHERE via_group_id IS NOT NULL').all() as Existing[];
  for (const row of derived) {
    const pk = `${row.task_id}|${row.department_id}`;
    const key = { task_id: row.task_id, department_id: row.department_id };
    const want = desired.get(pk);
    if (!want) {
      if (row.deleted === 0 && updateSynced(db, originId, 'assignments', pk, key, { deleted: 1 })) writes += 1;
      continue;
    }
    desired.delete(pk);
    const values = { role: want.role, position: want.position, via_group_id: want.groupId, raw_name: want.groupName, deleted: 0 };
    if (updateSynced(db, originId, 'assignments', pk, key, values)) writes += 1;
  }
  for (const want of desired.values()) {
    const pk = `${want.taskId}|${want.memberId}`;
    const values = { role: want.role, position: want.position, via_group_id: want.groupId, raw_name: want.groupName, is_inferred: 0, deleted: 0 };
    // A tombstoned direct row (the document dropped the member) is revived as a derived one.
    const existing = prepared(db, 'SELECT 1 FROM assignments WHERE task_id = ? AND department_id = ?').get(want.taskId, want.memberId);
    if (existing) updateSynced(db, originId, 'assignments', pk, { task_id: want.taskId, department_id: want.memberId }, values);
    else insertSynced(db, originId, 'assignments', pk, { task_id: want.taskId, department_id: want.memberId, ...values });
    writes += 1;
  }
  return writes;
};
