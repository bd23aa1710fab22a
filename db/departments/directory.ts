// The department directory: canonical names, aliases and groups. Plans name departments by text;
// everything else refers to them by id.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { ApiError } from '../../shared/api/errors.js';
import { departmentKindOf } from '../../shared/departments/kind.js';
import { rankDepartments } from '../../shared/departments/match.js';
import { wellKnownVariants } from '../../shared/departments/well-known.js';
import type { DepartmentRow } from '../../shared/domain/types.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { insertSynced } from '../sync/synced-write.js';

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | undefined;
// Loaded on the first name matched, not when the backend opens (issue 18: 0.1–0.8 s of every CLI
// command, the bulletin's among them, that never matches a name). Synchronous, as its callers are.
const loadPinyin = (): PinyinPro => (pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

/** Pinyin initials of the Han characters of a name, lower case; other characters are kept as typed. */
export const initialsOf = (name: string): string =>
  (loadPinyin().pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[])
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

type IdRow = { id: string };

export const findDepartmentId = (db: Db, nameOrAlias: string): string | undefined => {
  const byName = prepared(db, 'SELECT id FROM departments WHERE (name = ? OR id = ?) AND deleted = 0').get(
    nameOrAlias,
    nameOrAlias,
  ) as IdRow | undefined;
  if (byName) return byName.id;
  const byAlias = prepared(db, 'SELECT department_id AS id FROM department_aliases WHERE alias = ?').get(nameOrAlias) as
    | IdRow
    | undefined;
  if (byAlias) return byAlias.id;
  // A well-known other spelling (市发改委 → 市发展和改革局) counts only when that unit is in the directory.
  for (const variant of wellKnownVariants(nameOrAlias)) {
    const row = prepared(db, 'SELECT id FROM departments WHERE name = ? AND deleted = 0').get(variant) as IdRow | undefined;
    if (row) return row.id;
  }
  return undefined;
};

/** Returns the id of a department by name or alias, creating it when the directory has never seen it. */
export const ensureDepartment = (db: Db, originId: string, name: string): string => {
  const existing = findDepartmentId(db, name);
  if (existing) return existing;
  const id = randomUUID();
  insertSynced(db, originId, 'departments', id, {
    id,
    name,
    kind: departmentKindOf(name),
    initials: initialsOf(name),
    contact: '',
    deleted: 0,
  });
  return id;
};

export const addAlias = (db: Db, alias: string, departmentId: string, note: string, now = ''): void => {
  prepared(db, 'INSERT OR IGNORE INTO department_aliases (alias, department_id, note, created_at) VALUES (?, ?, ?, ?)').run(
    alias,
    departmentId,
    note,
    now,
  );
};

type DepartmentDbRow = { id: string; name: string; kind: 'unit' | 'group'; initials: string; aliases: string | null; task_count: number };

const toDepartmentRow = (row: DepartmentDbRow): DepartmentRow => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  initials: row.initials,
  aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
  taskCount: row.task_count,
});

const LIST_SQL = `
  SELECT d.id, d.name, d.kind, d.initials,
    (SELECT json_group_array(alias) FROM department_aliases a WHERE a.department_id = d.id) AS aliases,
    (SELECT COUNT(*) FROM assignments s JOIN tasks t ON t.id = s.task_id
      WHERE s.department_id = d.id AND s.deleted = 0 AND t.deleted = 0
        AND (@planId IS NULL OR t.plan_id = @planId)) AS task_count
  FROM departments d
  WHERE d.deleted = 0`;

export const listDepartments = (db: Db, planId: string | null): DepartmentRow[] =>
  (prepared(db, `${LIST_SQL} ORDER BY task_count DESC, d.name`).all({ planId }) as DepartmentDbRow[]).map(
    toDepartmentRow,
  );

const rowById = (db: Db, id: string): DepartmentRow =>
  toDepartmentRow(prepared(db, `${LIST_SQL} AND d.id = @id`).get({ planId: null, id }) as DepartmentDbRow);

/**
 * Resolves what a person typed to one department: id, canonical name or alias first; otherwise the
 * best unambiguous match by name fragment or pinyin initials (商务 or sswj → 市商务局).
 */
export const getDepartment = (db: Db, typed: string): DepartmentRow => {
  const query = typed.trim();
  const id = findDepartmentId(db, query);
  if (id) return rowById(db, id);
  const ranked = rankDepartments(listDepartments(db, null), query);
  const [first, second] = ranked;
  if (first && (!second || first.name === query)) return first;
  if (first && second) {
    const shown = ranked.slice(0, 5).map((d) => d.name).join('、');
    throw new ApiError('bad_input', `“${typed}”对应多个部门:${shown}${ranked.length > 5 ? ' 等' : ''},请写得更具体些。`);
  }
  throw new ApiError('not_found', `找不到部门“${typed}”,请检查名称或从部门列表中选择。`);
};
