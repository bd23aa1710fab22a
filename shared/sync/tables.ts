// Every synced table, declared once (architecture.md "Declare each thing once"): its key, who writes it,
// where its rows go, what a clerk calls it, and the shape a row must have to cross a package. Sync,
// authority checks, writes, exports and the domain hash all derive their lists from SYNCED below, so a
// new synced table is one entry here (plus its migration). The row shapes are loose on purpose: columns
// added later by migrations may travel too, but only as scalars.
import { z } from 'zod';

const id = z.string().min(1).max(64);
const text = (max = 20_000) => z.string().max(max);
const int = z.number().int();
const num = z.number().finite();
const scalar = z.union([z.string().max(100_000), z.number().finite(), z.null()]);

const bookkeeping = {
  row_version: int.optional(),
  origin_id: z.string().optional(),
  deleted: z.union([z.literal(0), z.literal(1)]).optional(),
};

const loose = <T extends z.ZodRawShape>(shape: T) => z.object({ ...bookkeeping, ...shape }).catchall(scalar);

/**
 * One synced table.
 * - `owner`: the only side that may write its rows (sync.md "Ownership").
 * - `sentTo` (office tables): `every-unit` rows are the plan every department receives; `its-unit` rows go
 *   only to the department named in the row's department_id (a review of that unit's report).
 * - `boundBy` (department tables): what ties a row to a task the unit must lead or join — the row's own
 *   task_id, or the task of the indicator it names; `lead-task`: the row's task_id, which the unit must lead.
 */
export type SyncedTableSpec = {
  key: readonly string[];
  label: string;
  row: z.ZodType<Record<string, unknown>>;
} & ({ owner: 'office'; sentTo: 'every-unit' | 'its-unit' } | { owner: 'department'; boundBy: 'task' | 'indicator' | 'lead-task' });

const office = (sentTo: 'every-unit' | 'its-unit' = 'every-unit') => ({ owner: 'office', sentTo }) as const;
const department = (boundBy: 'task' | 'indicator' | 'lead-task' = 'task') => ({ owner: 'department', boundBy }) as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The declaration. Order matters where rows refer to earlier tables (the domain hash and floors walk it). */
export const SYNCED = {
  departments: {
    ...office(),
    key: ['id'],
    label: '部门目录',
    row: loose({ id, name: text(200), kind: z.enum(['unit', 'group']).optional(), initials: text(200).optional(), contact: text(500).optional() }),
  },
  plans: {
    ...office(),
    key: ['id'],
    label: '规划',
    row: loose({ id, title: text(500), imported_at: text(40), issuer: text(500).optional(), doc_number: text(200).optional() }),
  },
  tasks: {
    ...office(),
    key: ['id'],
    label: '任务',
    row: loose({ id, plan_id: id, parent_id: id.nullable().optional(), path: text(200), code: text(50), seq: int, level: int, title: text() }),
  },
  assignments: {
    ...office(),
    key: ['task_id', 'department_id'],
    label: '任务分工',
    row: loose({ task_id: id, department_id: id, role: z.enum(['lead', 'participant']), position: int }),
  },
  indicators: {
    ...office(),
    key: ['id'],
    label: '指标',
    row: loose({ id, plan_id: id, task_id: id.nullable().optional(), seq: int, name: text(500), owner_department_id: id.nullable().optional() }),
  },
  plan_columns: {
    ...office(),
    key: ['id'],
    label: '自定义列',
    row: loose({
      id,
      plan_id: id,
      name: text(40),
      kind: z.enum(['text', 'date', 'choice', 'person']),
      choices: text(4000),
      position: int,
      is_hidden: z.union([z.literal(0), z.literal(1)]),
      in_bulletin: z.union([z.literal(0), z.literal(1)]),
    }),
  },
  task_values: {
    ...office(),
    key: ['task_id', 'column_id'],
    label: '自定义列内容',
    row: loose({ task_id: id, column_id: id, value: text(2000) }),
  },
  reports: {
    ...department(),
    key: ['task_id', 'department_id', 'period_id'],
    label: '进度填报',
    row: loose({
      task_id: id,
      department_id: id,
      period_id: text(20),
      status: z.enum(['not_started', 'on_track', 'done', 'behind', 'ongoing']),
      percent: int.min(0).max(100).nullable().optional(),
      submitted_at: text(40),
    }),
  },
  indicator_values: {
    ...department('indicator'),
    key: ['indicator_id', 'department_id', 'period_id'],
    label: '指标数值',
    row: loose({ indicator_id: id, department_id: id, period_id: text(20), value_text: text(500), value_num: num.nullable().optional() }),
  },
  report_attachments: {
    ...department(),
    key: ['task_id', 'department_id', 'period_id', 'sha256'],
    label: '佐证材料',
    row: loose({ task_id: id, department_id: id, period_id: text(20), sha256: z.string().regex(/^[0-9a-f]{64}$/), file_name: text(300) }),
  },
  reviews: {
    ...office('its-unit'),
    key: ['id'],
    label: '审核意见',
    row: loose({
      id,
      task_id: id,
      department_id: id,
      period_id: text(20),
      report_version: int.positive(),
      decision: z.enum(['accept', 'return']),
      reason: text(5000).optional(),
      created_at: text(40),
    }),
  },
  // --- issue 21 lifecycle (migration 70): a lead unit's 延期/办结 requests and their evidence; the office's
  // decisions on them and its reopenings, sent to the unit the decision names. docs/lifecycle.md ---
  lifecycle_requests: {
    ...department('lead-task'),
    key: ['id'],
    label: '延期与办结申请',
    row: loose({
      id,
      task_id: id,
      department_id: id,
      kind: z.enum(['extension', 'closure']),
      requested_deadline: day.nullable().optional(),
      reason: text(5000).optional(),
      final_report: text(20_000).optional(),
      created_at: text(40),
    }),
  },
  lifecycle_attachments: {
    ...department('lead-task'),
    key: ['request_id', 'sha256'],
    label: '申请佐证材料',
    row: loose({ request_id: id, task_id: id, department_id: id, sha256: z.string().regex(/^[0-9a-f]{64}$/), file_name: text(300) }),
  },
  lifecycle_decisions: {
    ...office('its-unit'),
    key: ['id'],
    label: '延期与办结审批',
    row: loose({
      id,
      task_id: id,
      department_id: id,
      action: z.enum(['approve', 'refuse', 'reopen']),
      request_id: id.nullable().optional(),
      request_version: int.positive().nullable().optional(),
      request_kind: z.enum(['extension', 'closure']).nullable().optional(),
      new_deadline: day.nullable().optional(),
      reason: text(5000).optional(),
      ordinal: int.positive(),
      decided_at: text(40),
    }),
  },
  // --- end issue 21 ---
  // 催办通知单 (issue 21, migration 72): the office's notice, sent only to the unit it is addressed to.
  notices: {
    ...office('its-unit'),
    key: ['id'],
    label: '催办通知单',
    row: loose({
      id,
      seq: int.positive(),
      plan_id: id,
      period_id: text(20),
      department_id: id,
      doc_number: text(60),
      reply_by: day,
      office_name: text(200),
      issued_on: day,
      issued_at: text(40),
      tasks_json: text(100_000),
    }),
  },
} as const satisfies Record<string, SyncedTableSpec>;

export type SyncedTableName = keyof typeof SYNCED;

export const SYNCED_TABLES = Object.keys(SYNCED) as SyncedTableName[];

export const isSyncedTable = (name: string): name is SyncedTableName => (SYNCED_TABLES as readonly string[]).includes(name);

/** A table's declaration, read as the general shape (for owner and binding checks). */
export const specOf = (table: SyncedTableName): SyncedTableSpec => SYNCED[table];

/** The indicator a department's row names binds it to a task, rather than a task_id of its own. */
export const isBoundByIndicator = (table: SyncedTableName): boolean => {
  const spec = specOf(table);
  return spec.owner === 'department' && spec.boundBy === 'indicator';
};

const tablesWhere = (test: (spec: SyncedTableSpec) => boolean): readonly SyncedTableName[] =>
  SYNCED_TABLES.filter((table) => test(specOf(table)));

/** Written only by the office: the plan tables and reviews. */
export const OFFICE_TABLES = tablesWhere((t) => t.owner === 'office');
/** Written only by a department, for itself (the office may never rewrite them to another unit). */
export const DEPARTMENT_TABLES = tablesWhere((t) => t.owner === 'department');
/** The plan as every department receives it (plan-update packages). */
export const PLAN_TABLES = tablesWhere((t) => t.owner === 'office' && t.sentTo === 'every-unit');
/** Office rows addressed to one unit (its reviews, its 延期/办结 decisions, its 催办通知单), not the plan everyone gets. */
export const UNIT_TABLES = tablesWhere((t) => t.owner === 'office' && t.sentTo === 'its-unit');
