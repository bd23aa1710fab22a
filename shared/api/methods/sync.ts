import { z } from 'zod';
import type {
  BackupRow,
  CollectingPeriod,
  ConflictGroup,
  ExportResult,
  ImportJobStatus,
  ImportResult,
  Outbox,
  PeerSummary,
  ReviewItem,
  StoredPackage,
  SyncSettings,
  SyncStatus,
} from '../../sync/types.js';

const pathSchema = z.string().trim().min(1, '请指定文件路径').max(4000, '路径过长');
const nameSchema = z.string().trim().min(1, '请指定部门').max(100, '部门名称过长');
const periodSchema = z.string().trim().regex(/^\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|Y)$/, '报告期格式应为 2026-Q4、2026-M03、2026-H2 或 2026-Y');

/** A package to import: a path the backend can read, or the file's bytes (a browser picked it). */
const sourceSchema = z.union([
  z.strictObject({ path: pathSchema }),
  z.strictObject({ name: z.string().trim().min(1).max(300), dataBase64: z.string().max(4 * 1024 * 1024, '文件过大,请改用文件路径导入') }),
  /** A package this PC received before and keeps (see sync.storedPackages), e.g. after restoring a backup. */
  z.strictObject({ storedPackageId: z.uuid('数据包编号格式不对') }),
]);

export const syncSchemas = {
  'sync.status': z.strictObject({}),
  'sync.init': z.strictObject({ role: z.enum(['office', 'department'], '角色只能是 office(牵头办公室)或 department(部门)'), name: z.string().max(100).optional() }),
  'sync.peers': z.strictObject({}),
  /** What the next export would carry and what waits for acknowledgement (department), or each unit's (office). */
  'sync.outbox': z.strictObject({}),
  /** `key` is an origin id or a fingerprint code. */
  'sync.revoke': z.strictObject({ key: z.string().trim().min(1, '请指定要吊销的密钥').max(64), reason: z.string().max(500).default('') }),
  /**
   * For a unit that already has a key this is a re-issue (a replaced PC): the old key is revoked and the package
   * carries back everything the office holds of the unit. keepCurrentKey: the old PC still works; the new key's
   * first package then asks which key stays. Without `out` the package's bytes come back (ExportResult.dataBase64).
   */
  'sync.setupPackage': z.strictObject({ department: nameSchema, out: pathSchema.optional(), keepCurrentKey: z.boolean().optional() }),
  /** `to`: the unit's name, or the fingerprint of its key as read over the phone. Without `out` the bytes come back (dataBase64). */
  'sync.export': z.strictObject({ out: pathSchema.optional(), to: nameSchema.optional() }),
  /** The period being collected; `open` (office): a person opens it, with its due date (default: the plan's rule). */
  'sync.collecting': z.strictObject({
    open: periodSchema.optional(),
    due: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, '截止日期格式应为 2027-01-05').optional(),
  }),
  'sync.import': z.strictObject({
    sources: z.array(sourceSchema).min(1, '请选择至少一个数据包').max(500, '一次最多导入 500 个数据包'),
    /** Fingerprint codes a person compared over the phone: senders with these keys are enrolled on import. */
    trust: z.array(z.string().trim().max(20)).max(500).default([]),
    /** Package ids a person confirmed despite the mass-change fail-safe (moving or closing many tasks). */
    confirmMassChange: z.array(z.uuid('数据包编号格式不对')).max(500).default([]),
  }),
  /** The same batch run by the backend on its own; the screen polls sync.importStatus for the bar and the reports. */
  'sync.importStart': z.strictObject({
    sources: z.array(sourceSchema).min(1, '请选择至少一个数据包').max(500, '一次最多导入 500 个数据包'),
    trust: z.array(z.string().trim().max(20)).max(500).default([]),
    confirmMassChange: z.array(z.uuid('数据包编号格式不对')).max(500).default([]),
  }),
  'sync.importStatus': z.strictObject({ jobId: z.uuid('导入编号格式不对') }),
  /**
   * Resumes a finished batch job after a person's confirmation (a sender's key compared over the phone, or a
   * package's mass change): the backend runs again the files that waited for it and every gap refusal, in order,
   * and the screen follows the same job with sync.importStatus.
   */
  'sync.importConfirm': z
    .strictObject({
      jobId: z.uuid('导入编号格式不对'),
      trustFingerprint: z.string().trim().min(1, '请指定核对过的指纹').max(20, '指纹格式不对').optional(),
      confirmMassChange: z.uuid('数据包编号格式不对').optional(),
    })
    .refine((a) => a.trustFingerprint !== undefined || a.confirmMassChange !== undefined, '请说明确认的是指纹还是大批修改'),
  'sync.settings': z.strictObject({
    massChangeShare: z.number('比例应为 0.01 至 1 之间的数').min(0.01, '比例不能小于 0.01').max(1, '比例不能大于 1').optional(),
  }),
  'sync.listFolder': z.strictObject({ folder: pathSchema }),
  'sync.conflicts': z.strictObject({ isOpenOnly: z.boolean().default(true) }),
  'sync.resolveConflict': z.strictObject({
    table: z.string().min(1).max(40),
    pk: z.string().min(1).max(300),
    keepOrigin: z.string().regex(/^[0-9a-f]{32}$/, '来源编号格式不对'),
    /** Needed only when one writer has two versions on the table (a PC restored from an old backup). */
    keepVersion: z.number().int().positive().optional(),
  }),
  'sync.reviews': z.strictObject({ department: nameSchema.optional() }),
  'sync.backups': z.strictObject({}),
  'sync.restoreBackup': z.strictObject({ id: z.string().trim().min(1, '请指定备份编号').max(40) }),
  'sync.storedPackages': z.strictObject({}),
};

export type SyncResults = {
  'sync.status': SyncStatus;
  'sync.init': SyncStatus;
  'sync.peers': PeerSummary[];
  'sync.outbox': Outbox;
  'sync.revoke': PeerSummary;
  'sync.setupPackage': ExportResult;
  'sync.export': ExportResult;
  'sync.collecting': CollectingPeriod | null;
  'sync.import': ImportResult;
  'sync.importStart': ImportJobStatus;
  'sync.importStatus': ImportJobStatus;
  'sync.importConfirm': ImportJobStatus;
  'sync.settings': SyncSettings;
  'sync.listFolder': string[];
  'sync.conflicts': ConflictGroup[];
  'sync.resolveConflict': ConflictGroup | null;
  'sync.reviews': ReviewItem[];
  'sync.backups': BackupRow[];
  /** storedPackages: received packages the restored state no longer holds, ready to be imported again. */
  'sync.restoreBackup': { restored: BackupRow; safetyBackup: BackupRow; storedPackages: StoredPackage[] };
  'sync.storedPackages': StoredPackage[];
};
