// duban recover: after "数据库文件已损坏", shows the latest good backup and, with --yes, sets the damaged
// file aside (never overwritten) and restores that backup in its place.
import { ApiError } from '../../../shared/api/errors.js';
import type { CliCommand } from '../command.js';

export const recoverCommand: CliCommand = {
  name: 'recover',
  summary: '数据库损坏时从最新的良好备份恢复(损坏的文件改名保留,不会被覆盖)',
  usage: 'duban recover [--yes] [--backup 备份编号] [--db PATH]',
  options: { yes: { type: 'boolean' }, backup: { type: 'string' } },
  isWithoutDemo: true,
  run: async ({ call, values }) => {
    const status = await call('recovery.status', {});
    if (status.isHealthy) return { json: status, text: `数据库完好(${status.dbPath}),无需恢复。` };
    if (status.problem?.kind !== 'damaged') throw new ApiError('refused', status.problem?.message ?? '数据库无法打开');
    const chosen = typeof values.backup === 'string' ? values.backup : status.latestGoodBackup?.id;
    if (!chosen) {
      throw new ApiError('not_found', `${status.problem.message}\n没有可用的备份。损坏的文件未被改动,请联系技术人员或从其他电脑导入数据包重建。`);
    }
    if (values.yes !== true) {
      const when = status.latestGoodBackup?.createdAt.replace('T', ' ').slice(0, 19) ?? '';
      return {
        json: status,
        exitCode: 2,
        text: [
          status.problem.message,
          `最新的良好备份:${chosen}${when ? `(${when},${status.latestGoodBackup?.reason ?? ''})` : ''}`,
          '确认恢复请运行:duban recover --yes' + (values.db ? ` --db ${String(values.db)}` : ''),
          '恢复时损坏的文件会改名保留在原文件夹中,不会被覆盖。',
        ].join('\n'),
      };
    }
    const result = await call('recovery.restore', { backupId: chosen, isConfirmed: true });
    return {
      json: result,
      text: `已恢复到备份 ${result.restored.id}(${result.restored.createdAt.replace('T', ' ').slice(0, 19)})。\n损坏的文件保留在:${result.damagedFileKeptAt}`,
    };
  },
};
