// Startup recovery (issue #7): when the database cannot be opened because it is damaged, every host
// starts anyway and offers the latest good backup; the damaged file is kept aside, never overwritten.
import { z } from 'zod';
import type { BackupRow } from '../../sync/types.js';

export const recoverySchemas = {
  'recovery.status': z.strictObject({}),
  'recovery.restore': z.strictObject({
    backupId: z.string().trim().regex(/^[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/, '备份编号格式不对'),
    /** The person confirmed: the damaged file is set aside and this backup becomes the database. */
    isConfirmed: z.literal(true, '请先确认要恢复'),
  }),
};

/** damaged: quick_check failed or SQLite says it is not a database; newer: written by a newer Duban. */
export type StartupProblemKind = 'damaged' | 'newer' | 'unreadable';

export type RecoveryStatus = {
  isHealthy: boolean;
  problem: { kind: StartupProblemKind; message: string } | null;
  dbPath: string;
  /** The newest backup that opens and passes quick_check; null when there is none. */
  latestGoodBackup: BackupRow | null;
  /** Damaged files set aside by earlier recoveries, beside the database. */
  damagedFiles: string[];
};

export type RecoveryResult = { restored: BackupRow; damagedFileKeptAt: string };

export type RecoveryResults = {
  'recovery.status': RecoveryStatus;
  'recovery.restore': RecoveryResult;
};
