// `duban review`, `duban conflicts`, `duban backups`: the office's decisions and its safety net.
import { ApiError } from '../../../shared/api/errors.js';
import type { ReviewItem } from '../../../shared/sync/types.js';
import type { CliCommand } from '../command.js';
import { decideByName } from '../review-by-name.js';

const STATE_TEXT: Record<ReviewItem['state'], string> = { pending: '待审核', accepted: '已通过', returned: '已退回' };

const reviewLine = (i: ReviewItem): string =>
  `[${STATE_TEXT[i.state]}] 任务 ${i.taskCode} ${i.taskTitle} · ${i.departmentName} · ${i.periodId} · 第 ${i.reportVersion} 版 · ${i.percent ?? '—'}%` +
  (i.lastDecision?.decision === 'return' ? `\n    退回理由(第 ${i.lastDecision.reportVersion} 版):${i.lastDecision.reason}` : '');

export const reviewCommand: CliCommand = {
  name: 'review',
  summary: '列出填报及审核状态;牵头办公室可 --accept 通过或 --return 退回(须写 --reason)',
  usage: 'duban review [--dept 部门] | duban review --task 编号 --dept 部门 --period 2026-Q4 (--accept | --return --reason 理由) [--json]',
  options: {
    task: { type: 'string' },
    dept: { type: 'string' },
    period: { type: 'string' },
    accept: { type: 'boolean' },
    return: { type: 'boolean' },
    reason: { type: 'string' },
    reviewer: { type: 'string' },
  },
  run: async ({ call, values }) => {
    const dept = typeof values.dept === 'string' ? values.dept : undefined;
    if (values.task === undefined && values.accept === undefined && values.return === undefined) {
      const items = await call('sync.reviews', { department: dept });
      return { json: items, text: items.map(reviewLine).join('\n') || '还没有填报' };
    }
    if ((values.accept === true) === (values.return === true)) throw new ApiError('bad_input', '请在 --accept 与 --return 中选择一个');
    const item = await decideByName(call, {
      task: String(values.task ?? ''),
      department: dept ?? '',
      periodId: String(values.period ?? ''),
      decision: values.accept === true ? 'accept' : 'return',
      reason: typeof values.reason === 'string' ? values.reason : '',
      reviewer: typeof values.reviewer === 'string' ? values.reviewer : '',
    });
    return { json: item, text: `${reviewLine(item)}\n审核结果会随下一次 duban export --to ${item.departmentName} 发给该部门` };
  },
};

export const conflictsCommand: CliCommand = {
  name: 'conflicts',
  summary: '列出冲突(同一条数据的两个版本);--keep 选定保留哪个来源的版本',
  usage: 'duban conflicts [--all] [--table 表 --pk 主键 --keep 来源编号 [--keep-version 版本号]] [--json]',
  options: { all: { type: 'boolean' }, table: { type: 'string' }, pk: { type: 'string' }, keep: { type: 'string' }, 'keep-version': { type: 'string' } },
  run: async ({ call, values }) => {
    if (typeof values.keep === 'string') {
      const version = values['keep-version'];
      const group = await call('sync.resolveConflict', {
        table: String(values.table ?? ''),
        pk: String(values.pk ?? ''),
        keepOrigin: values.keep,
        keepVersion: typeof version === 'string' ? Number(version) : undefined,
      });
      return { json: group, text: '已记录决定' };
    }
    const groups = await call('sync.conflicts', { isOpenOnly: values.all !== true });
    const text = groups
      .map((g) => [`${g.tableLabel} ${g.title}(${g.status === 'open' ? '待决定' : '已决定'})`, `  现用:${g.current?.name ?? '—'} 第 ${g.current?.rowVersion ?? 0} 版  来源 ${g.current?.originId ?? ''}`, ...g.others.map((o) => `  另一版本:${o.name} 第 ${o.rowVersion} 版  来源 ${o.originId}`), `  --table ${g.table} --pk ${g.pk}`].join('\n'))
      .join('\n');
    return { json: groups, text: text || '没有冲突' };
  },
};

export const backupsCommand: CliCommand = {
  name: 'backups',
  summary: '列出导入前的自动备份;--restore 恢复一个备份(恢复前会再备份当前状态)',
  usage: 'duban backups [--restore 备份编号] [--json]',
  options: { restore: { type: 'string' } },
  run: async ({ call, values }) => {
    if (typeof values.restore === 'string') {
      const result = await call('sync.restoreBackup', { id: values.restore });
      const kept = result.storedPackages.length;
      const keptHint = kept > 0 ? `\n备份之后本机收到的 ${kept} 个数据包仍保存在本机;如需找回其中的内容,运行 duban import --stored` : '';
      return { json: result, text: `已恢复备份 ${result.restored.id}(${result.restored.reason});恢复前的状态已另存为 ${result.safetyBackup.id}${keptHint}` };
    }
    const list = await call('sync.backups', {});
    return { json: list, text: list.map((b) => `${b.id}  ${b.createdAt}  ${Math.round(b.sizeBytes / 1024)} KB  ${b.reason}`).join('\n') || '还没有备份' };
  },
};
