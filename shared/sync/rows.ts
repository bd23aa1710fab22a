// The synced tables as they travel: key columns and the shape of each row. A change is checked against
// these before it can touch the database, so a package cannot name a table or column we did not list.
// Columns added later by other migrations may travel too (rowSchema is loose), but only scalars.
import { z } from 'zod';

export const SYNCED_TABLES = [
  'departments',
  'plans',
  'tasks',
  'assignments',
  'indicators',
  'reports',
  'indicator_values',
  'report_attachments',
  'reviews',
  // --- issue 21 lifecycle (migration 70) ---
  'lifecycle_requests',
  'lifecycle_attachments',
  'lifecycle_decisions',
  // --- end issue 21 ---
  // 催办通知单 (issue 21, migration 72): the office's notice to one unit
  'notices',
] as const;
export type SyncedTableName = (typeof SYNCED_TABLES)[number];

export const isSyncedTable = (name: string): name is SyncedTableName => (SYNCED_TABLES as readonly string[]).includes(name);

export const PRIMARY_KEYS: Record<SyncedTableName, readonly string[]> = {
  departments: ['id'],
  plans: ['id'],
  tasks: ['id'],
  assignments: ['task_id', 'department_id'],
  indicators: ['id'],
  reports: ['task_id', 'department_id', 'period_id'],
  indicator_values: ['indicator_id', 'department_id', 'period_id'],
  report_attachments: ['task_id', 'department_id', 'period_id', 'sha256'],
  reviews: ['id'],
  // --- issue 21 lifecycle ---
  lifecycle_requests: ['id'],
  lifecycle_attachments: ['request_id', 'sha256'],
  lifecycle_decisions: ['id'],
  // --- end issue 21 ---
  notices: ['id'],
};

/** Bookkeeping columns set by the receiver from the change itself, never from the row a sender wrote. */
export const VERSION_COLUMNS = ['row_version', 'origin_id', 'deleted'] as const;

const id = z.string().min(1).max(64);
const text = (max = 20_000) => z.string().max(max);
const int = z.number().int();
const num = z.number().finite();
const scalar = z.union([z.string().max(100_000), z.number().finite(), z.null()]);

const base = {
  row_version: int.optional(),
  origin_id: z.string().optional(),
  deleted: z.union([z.literal(0), z.literal(1)]).optional(),
};

const loose = <T extends z.ZodRawShape>(shape: T) => z.object({ ...base, ...shape }).catchall(scalar);

export const ROW_SCHEMAS = {
  departments: loose({ id, name: text(200), kind: z.enum(['unit', 'group']).optional(), initials: text(200).optional(), contact: text(500).optional() }),
  plans: loose({ id, title: text(500), imported_at: text(40), issuer: text(500).optional(), doc_number: text(200).optional() }),
  tasks: loose({ id, plan_id: id, parent_id: id.nullable().optional(), path: text(200), code: text(50), seq: int, level: int, title: text() }),
  assignments: loose({ task_id: id, department_id: id, role: z.enum(['lead', 'participant']), position: int }),
  indicators: loose({ id, plan_id: id, task_id: id.nullable().optional(), seq: int, name: text(500), owner_department_id: id.nullable().optional() }),
  reports: loose({
    task_id: id,
    department_id: id,
    period_id: text(20),
    status: z.enum(['not_started', 'on_track', 'done', 'behind', 'ongoing']),
    percent: int.min(0).max(100).nullable().optional(),
    submitted_at: text(40),
  }),
  indicator_values: loose({ indicator_id: id, department_id: id, period_id: text(20), value_text: text(500), value_num: num.nullable().optional() }),
  report_attachments: loose({ task_id: id, department_id: id, period_id: text(20), sha256: z.string().regex(/^[0-9a-f]{64}$/), file_name: text(300) }),
  reviews: loose({
    id,
    task_id: id,
    department_id: id,
    period_id: text(20),
    report_version: int.positive(),
    decision: z.enum(['accept', 'return']),
    reason: text(5000).optional(),
    created_at: text(40),
  }),
  // --- issue 21 lifecycle ---
  lifecycle_requests: loose({
    id,
    task_id: id,
    department_id: id,
    kind: z.enum(['extension', 'closure']),
    requested_deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    reason: text(5000).optional(),
    final_report: text(20_000).optional(),
    created_at: text(40),
  }),
  lifecycle_attachments: loose({ request_id: id, task_id: id, department_id: id, sha256: z.string().regex(/^[0-9a-f]{64}$/), file_name: text(300) }),
  lifecycle_decisions: loose({
    id,
    task_id: id,
    department_id: id,
    action: z.enum(['approve', 'refuse', 'reopen']),
    request_id: id.nullable().optional(),
    request_version: int.positive().nullable().optional(),
    request_kind: z.enum(['extension', 'closure']).nullable().optional(),
    new_deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    reason: text(5000).optional(),
    ordinal: int.positive(),
    decided_at: text(40),
  }),
  // --- end issue 21 ---
  notices: loose({
    id,
    seq: int.positive(),
    plan_id: id,
    period_id: text(20),
    department_id: id,
    doc_number: text(60),
    reply_by: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    office_name: text(200),
    issued_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    issued_at: text(40),
    tasks_json: text(100_000),
  }),
} satisfies Record<SyncedTableName, z.ZodType>;

export type SyncedRow = Record<string, string | number | null>;

/** The change's pk string from the row's key columns: a change whose pk disagrees with its row is refused. */
export const pkOf = (table: SyncedTableName, row: Record<string, unknown>): string =>
  PRIMARY_KEYS[table].map((column) => String(row[column] ?? '')).join('|');

export const TABLE_LABELS: Record<SyncedTableName, string> = {
  departments: '部门目录',
  plans: '规划',
  tasks: '任务',
  assignments: '任务分工',
  indicators: '指标',
  reports: '进度填报',
  indicator_values: '指标数值',
  report_attachments: '佐证材料',
  reviews: '审核意见',
  // --- issue 21 lifecycle ---
  lifecycle_requests: '延期与办结申请',
  lifecycle_attachments: '申请佐证材料',
  lifecycle_decisions: '延期与办结审批',
  // --- end issue 21 ---
  notices: '催办通知单',
};
