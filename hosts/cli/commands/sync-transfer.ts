// `duban export`, `duban import`, `duban rollup`: making and reading package files.
import { statSync } from 'node:fs';
import type { ExportResult, ImportFileReport } from '../../../shared/sync/types.js';
import type { CliCall, CliCommand } from '../command.js';

const exportText = (r: ExportResult): string =>
  `已导出:${r.path}\n变更 ${r.changeCount} 条(第 ${r.seqFrom} 至 ${r.seqTo} 号),佐证材料 ${r.attachmentCount} 个${r.innerPackageCount ? `,原始数据包 ${r.innerPackageCount} 个` : ''}`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出数据包:部门端导出进度包;牵头办公室用 --to 单位名称或其密钥指纹,导出给该单位的审核结果或规划更新(尚未发过数据包的单位也可以)',
  usage: 'duban export --out 文件或文件夹 [--to 部门] [--json]',
  options: { out: { type: 'string' }, to: { type: 'string' } },
  run: async ({ call, values }) => {
    const result = await call('sync.export', { out: String(values.out ?? ''), to: typeof values.to === 'string' ? values.to : undefined });
    return { json: result, text: exportText(result) };
  },
};

const OUTCOME_TEXT: Record<ImportFileReport['outcome'], string> = {
  applied: '已导入',
  partly_applied: '部分导入',
  already_imported: '已导入过',
  older: '旧包',
  rejected: '拒收',
  needs_trust: '待确认指纹',
  needs_confirmation: '待确认大量改动',
  verified: '已核验',
};

const expand = async (call: CliCall, paths: string[]): Promise<string[]> => {
  const out: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing file is reported by the import itself, with the reason.
    }
    if (isDir) out.push(...(await call('sync.listFolder', { folder: path })));
    else out.push(path);
  }
  return out;
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: '导入一个或多个数据包(可给文件夹);首次来自某单位的包需用 --trust 确认其指纹',
  usage: 'duban import 文件或文件夹… | --stored [--trust 指纹[,指纹…]] [--confirm-mass-change 数据包编号[,编号…]] [--json]',
  // --stored: the packages this PC received and keeps but no longer holds in its database (after a restore).
  options: { trust: { type: 'string' }, 'confirm-mass-change': { type: 'string' }, stored: { type: 'boolean' } },
  // Never the demo: packages bring their own plan (a setup package, or a roll-up from the level below), and an
  // upper office importing a roll-up must not gain the demo as a plan of its own.
  isWithoutDemo: true,
  run: async ({ call, values, positionals }) => {
    const sources =
      values.stored === true
        ? (await call('sync.storedPackages', {})).map((p) => ({ storedPackageId: p.packageId }))
        : (await expand(call, positionals)).map((path) => ({ path }));
    if (values.stored === true && sources.length === 0) return { json: { files: [], backupId: null }, text: '本机保存的数据包都已在数据库中,没有需要重新导入的' };
    const trust = typeof values.trust === 'string' ? values.trust.split(/[,,\s]+/).filter(Boolean) : [];
    const confirmed = values['confirm-mass-change'];
    const confirmMassChange = typeof confirmed === 'string' ? confirmed.split(/[,,\s]+/).filter(Boolean) : [];
    const result = await call('sync.import', { sources, trust, confirmMassChange });
    // 0 only when everything was applied (or was already here); a partly applied package is not "done".
    const isRefused = result.files.some((f) => !['applied', 'already_imported', 'older', 'verified'].includes(f.outcome));
    const lines = result.files.map((f) => {
      const head = `[${OUTCOME_TEXT[f.outcome]}] ${f.file}:${f.message}`;
      const unit = f.addressedTo ? [`    本机将设置为:${f.addressedTo.name}(请确认这是本单位)`] : [];
      const refused = f.refusedChanges.map((r) => `    ${r.isVoid ? '已失效' : '拒收'} ${r.label ?? `${r.table} ${r.pk}`}:${r.reason}`);
      const inner = f.inner.map((i) => `    ${i.isValid ? '✓' : '✗'} ${i.sender} ${i.fingerprint} ${i.reason}`);
      const trustHint = f.outcome === 'needs_trust' && f.sender ? [`    核对无误后运行:duban import ${f.file} --trust ${f.sender.fingerprint}`] : [];
      const confirmHint =
        f.outcome === 'needs_confirmation' && f.packageId ? [`    核实无误后运行:duban import ${f.file} --confirm-mass-change ${f.packageId}`] : [];
      return [head, ...unit, ...refused, ...inner, ...trustHint, ...confirmHint].join('\n');
    });
    if (result.backupId) lines.push(`导入前已自动备份:${result.backupId}`);
    return { json: result, text: lines.join('\n'), exitCode: isRefused ? 2 : 0 };
  },
};

export const rollupCommand: CliCommand = {
  name: 'rollup',
  summary: '牵头办公室生成汇总上报包:原样附上各部门的已签名数据包,并由本机签名',
  usage: 'duban rollup --out 文件或文件夹 [--to 上级单位名称或指纹] [--json]',
  options: { out: { type: 'string' }, to: { type: 'string' } },
  run: async ({ call, values }) => {
    const result = await call('rollups.make', { out: String(values.out ?? ''), to: typeof values.to === 'string' ? values.to : undefined });
    return { json: result, text: exportText(result) };
  },
};

export const syncSettingsCommand: CliCommand = {
  name: 'sync-settings',
  summary: '数据交换设置:--mass-change-share 大量改动保护阈值(0.01–1,默认 0.2,即一个包改动或关闭超过 20% 的任务需确认)',
  usage: 'duban sync-settings [--mass-change-share 0.2] [--json]',
  options: { 'mass-change-share': { type: 'string' } },
  run: async ({ call, values }) => {
    const raw = values['mass-change-share'];
    const result = await call('sync.settings', typeof raw === 'string' ? { massChangeShare: Number(raw) } : {});
    return { json: result, text: `大量改动保护阈值:${Math.round(result.massChangeShare * 100)}%` };
  },
};
