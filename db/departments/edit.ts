// Editing the department directory (coordinator-owned, sync.md): aliases, merges, renames, group
// members and contacts. Department rows, assignments and indicators change only through the change
// log (updateSynced/upsertSynced) with base versions; nothing synced is hard-deleted — a merged entry
// is tombstoned and remembers where it went. Aliases and group links are local working data of the office.
import { ApiError } from '../../shared/api/errors.js';
import type { MergeResult } from '../../shared/api/methods/departments.js';
import { departmentKindOf } from '../../shared/departments/kind.js';
import type { DepartmentRow } from '../../shared/domain/types.js';
import { DEPARTMENT_TABLES } from '../../shared/sync/tables.js';
import type { BackendContext } from '../context.js';
import type { Db } from '../open.js';
import { requireOfficePc } from '../roles.js';
import { prepared } from '../statements.js';
import { expandGroupAssignments } from './group-assignments.js';
import { updateSynced, upsertSynced } from '../sync/synced-write.js';
import { addAlias, ensureDepartment, getDepartment, initialsOf } from './directory.js';

// The role as it is now (readSelf), not as it was when the backend opened: the wizard sets it mid-session.
const assertOffice = (ctx: BackendContext): void => requireOfficePc(ctx, '修改部门目录');

type Owner = { kind: 'name' | 'alias' | 'tombstone'; id: string; name: string };

/** Who already uses this spelling: a live entry's name, an alias, or a tombstoned entry's name. */
const ownerOf = (db: Db, name: string): Owner | undefined => {
  const row = prepared(db, 'SELECT id, name, deleted FROM departments WHERE name = ?').get(name) as
    | { id: string; name: string; deleted: number }
    | undefined;
  if (row) return { kind: row.deleted === 1 ? 'tombstone' : 'name', id: row.id, name: row.name };
  const alias = prepared(
    db,
    'SELECT d.id, d.name FROM department_aliases a JOIN departments d ON d.id = a.department_id WHERE a.alias = ?',
  ).get(name) as { id: string; name: string } | undefined;
  return alias ? { kind: 'alias', id: alias.id, name: alias.name } : undefined;
};

const tx = <T>(db: Db, work: () => T): T => db.transaction(work)();

export const addDepartmentAlias = (ctx: BackendContext, typed: string, alias: string): string => {
  assertOffice(ctx);
  const { db } = ctx;
  const department = getDepartment(db, typed);
  const owner = ownerOf(db, alias);
  if (owner?.id === department.id) {
    if (owner.kind === 'name') throw new ApiError('bad_input', `“${alias}”就是该部门的名称,无需作为别名。`);
    return department.id;
  }
  if (owner?.kind === 'name') throw new ApiError('conflict', `“${alias}”是目录中的另一个部门;若两者是同一单位,请用“合并”。`);
  if (owner?.kind === 'alias') throw new ApiError('conflict', `“${alias}”已是“${owner.name}”的别名。`);
  if (owner?.kind === 'tombstone') throw new ApiError('conflict', `“${alias}”是已合并或停用的部门名称,不能再用作别名。`);
  tx(db, () => addAlias(db, alias, department.id, '手工添加', ctx.clock().toISOString()));
  return department.id;
};

const moveAssignments = (db: Db, originId: string, from: DepartmentRow, intoId: string): number => {
  type Assignment = { task_id: string; role: 'lead' | 'participant'; position: number; is_inferred: number; raw_name: string };
  // Only the document's own assignments move; ones through a group are re-derived from the moved memberships.
  const rows = prepared(
    db,
    'SELECT task_id, role, position, is_inferred, raw_name FROM assignments WHERE department_id = ? AND deleted = 0 AND via_group_id IS NULL',
  ).all(from.id) as Assignment[];
  for (const a of rows) {
    const existing = prepared(db, 'SELECT role, deleted, via_group_id FROM assignments WHERE task_id = ? AND department_id = ?').get(a.task_id, intoId) as
      | { role: string; deleted: number; via_group_id: string | null }
      | undefined;
    if (!existing || existing.deleted === 1 || existing.via_group_id !== null) {
      upsertSynced(db, originId, 'assignments', {
        task_id: a.task_id,
        department_id: intoId,
        role: a.role,
        position: a.position,
        is_inferred: a.is_inferred,
        raw_name: a.raw_name || from.name,
        via_group_id: null,
        deleted: 0,
      });
    } else if (existing.role === 'participant' && a.role === 'lead') {
      // Both were on the task: the merged unit keeps the stronger role.
      updateSynced(db, originId, 'assignments', `${a.task_id}|${intoId}`, { task_id: a.task_id, department_id: intoId }, { role: 'lead', position: a.position });
    }
    updateSynced(db, originId, 'assignments', `${a.task_id}|${from.id}`, { task_id: a.task_id, department_id: from.id }, { deleted: 1 });
  }
  return rows.length;
};

export const mergeDepartments = (ctx: BackendContext, fromTyped: string, intoTyped: string): Omit<MergeResult, 'entry'> & { intoId: string } => {
  assertOffice(ctx);
  const { db, identity } = ctx;
  const from = getDepartment(db, fromTyped);
  const into = getDepartment(db, intoTyped);
  if (from.id === into.id) throw new ApiError('bad_input', `“${fromTyped}”和“${intoTyped}”已是同一个部门。`);
  // A department's own rows (sync.md): the office cannot rewrite them to another unit.
  for (const table of DEPARTMENT_TABLES) {
    if (prepared(db, `SELECT 1 FROM ${table} WHERE department_id = ? LIMIT 1`).get(from.id)) {
      throw new ApiError('refused', `“${from.name}”已有本单位填报的进度或指标数据,不能合并到“${into.name}”(这些数据只能由该单位自己改)。可将“${from.name}”改名,或请该单位停止使用后再处理。`);
    }
  }
  if (prepared(db, 'SELECT 1 FROM sync_peers WHERE department_id = ? LIMIT 1').get(from.id)) {
    throw new ApiError('refused', `“${from.name}”已登记了数据交换的电脑,不能合并;请先在数据交换中撤销它的登记。`);
  }
  return tx(db, () => {
    const now = ctx.clock().toISOString();
    const movedAssignments = moveAssignments(db, identity.originId, from, into.id);
    const indicators = prepared(db, 'SELECT id FROM indicators WHERE owner_department_id = ? AND deleted = 0').all(from.id) as { id: string }[];
    for (const i of indicators) updateSynced(db, identity.originId, 'indicators', i.id, { id: i.id }, { owner_department_id: into.id });
    prepared(db, 'UPDATE department_aliases SET department_id = ? WHERE department_id = ?').run(into.id, from.id);
    addAlias(db, from.name, into.id, `由“${from.name}”合并`, now);
    for (const column of ['group_id', 'member_id'] as const) {
      const other = column === 'group_id' ? 'member_id' : 'group_id';
      prepared(db, `INSERT OR IGNORE INTO group_members (${column}, ${other}) SELECT ?, ${other} FROM group_members WHERE ${column} = ? AND ${other} <> ?`).run(into.id, from.id, into.id);
      prepared(db, `DELETE FROM group_members WHERE ${column} = ?`).run(from.id);
    }
    updateSynced(db, identity.originId, 'departments', from.id, { id: from.id }, { deleted: 1, merged_into: into.id });
    expandGroupAssignments(db, identity.originId);
    return { intoId: into.id, movedAssignments, movedIndicators: indicators.length };
  });
};

export const renameDepartment = (ctx: BackendContext, typed: string, name: string): string => {
  assertOffice(ctx);
  const { db, identity } = ctx;
  const department = getDepartment(db, typed);
  if (department.name === name) throw new ApiError('bad_input', `部门名称已是“${name}”。`);
  const owner = ownerOf(db, name);
  if (owner && owner.id !== department.id) {
    if (owner.kind === 'name') throw new ApiError('conflict', `目录中已有“${name}”;若两者是同一单位,请把“${department.name}”合并到“${name}”。`);
    if (owner.kind === 'alias') throw new ApiError('conflict', `“${name}”已是“${owner.name}”的别名。`);
    throw new ApiError('conflict', `“${name}”是已合并或停用的部门名称,不能再用。`);
  }
  tx(db, () => {
    // The new name may have been this unit's alias; it now is the name, and the old name becomes an alias.
    prepared(db, 'DELETE FROM department_aliases WHERE alias = ? AND department_id = ?').run(name, department.id);
    updateSynced(db, identity.originId, 'departments', department.id, { id: department.id }, { name, initials: initialsOf(name) });
    addAlias(db, department.name, department.id, `原名(更名为“${name}”)`, ctx.clock().toISOString());
  });
  return department.id;
};

export const setGroupMembers = (ctx: BackendContext, typed: string, members: string[]): string => {
  assertOffice(ctx);
  const { db, identity } = ctx;
  const group = getDepartment(db, typed);
  const unique = [...new Set(members)];
  tx(db, () => {
    const ids = unique.map((name) => ensureDepartment(db, identity.originId, name));
    if (ids.includes(group.id)) throw new ApiError('bad_input', `“${group.name}”不能是它自己的成员。`);
    if (ids.length > 0 && group.kind !== 'group') {
      updateSynced(db, identity.originId, 'departments', group.id, { id: group.id }, { kind: 'group' });
    }
    prepared(db, 'DELETE FROM group_members WHERE group_id = ?').run(group.id);
    for (const id of ids) prepared(db, 'INSERT OR IGNORE INTO group_members (group_id, member_id) VALUES (?, ?)').run(group.id, id);
    if (ids.length === 0 && group.kind === 'group' && departmentKindOf(group.name) === 'unit') {
      updateSynced(db, identity.originId, 'departments', group.id, { id: group.id }, { kind: 'unit' });
    }
    expandGroupAssignments(db, identity.originId);
  });
  return group.id;
};

export const setDepartmentContact = (ctx: BackendContext, typed: string, contact: string): string => {
  assertOffice(ctx);
  const { db, identity } = ctx;
  const department = getDepartment(db, typed);
  tx(db, () => updateSynced(db, identity.originId, 'departments', department.id, { id: department.id }, { contact }));
  return department.id;
};
