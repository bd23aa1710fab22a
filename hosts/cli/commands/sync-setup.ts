// `duban init`, `duban setup-package`, `duban peers`: roles, first packages and enrolled keys.
import type { SyncStatus } from '../../../shared/sync/types.js';
import type { CliCommand } from '../command.js';

const roleLabel = (role: 'office' | 'department'): string => (role === 'office' ? '牵头办公室' : '部门');

export const statusText = (s: SyncStatus): string =>
  [
    `本机:${s.name}(${roleLabel(s.role)}端)`,
    `本机密钥指纹:${s.fingerprint}(请与对方电话核对)`,
    s.office ? `已登记牵头办公室,指纹 ${s.office.fingerprint}` : s.role === 'department' ? '尚未导入初始化包:请用 duban import 初始化包.duban --trust 办公室指纹' : '',
    `已登记的对方:${s.peerCount} 个;未决冲突 ${s.openConflicts} 条;待审核填报 ${s.pendingReviews} 条`,
  ]
    .filter(Boolean)
    .join('\n');

export const initCommand: CliCommand = {
  name: 'init',
  summary: '初始化本机为牵头办公室或部门端,显示本机密钥指纹',
  usage: 'duban init --role office|department [--name 单位名称] [--json]',
  options: { role: { type: 'string' }, name: { type: 'string' } },
  isWithoutDemo: true,
  run: async ({ call, values }) => {
    const status = await call('sync.init', { role: values.role as 'office' | 'department', name: typeof values.name === 'string' ? values.name : undefined });
    return { json: status, text: statusText(status) };
  },
};

export const setupPackageCommand: CliCommand = {
  name: 'setup-package',
  summary: '牵头办公室为一个部门生成初始化包(规划、部门目录、分工和办公室公钥,已签名)',
  usage: 'duban setup-package --dept 部门 --out 文件或文件夹 [--keep-current-key] [--json]',
  // For a unit that already has a key this re-issues (a replaced PC): the old key is revoked, unless
  // --keep-current-key, and the package carries back everything this office holds of the unit.
  options: { dept: { type: 'string' }, out: { type: 'string' }, 'keep-current-key': { type: 'boolean' } },
  run: async ({ call, values }) => {
    const result = await call('sync.setupPackage', {
      department: String(values.dept ?? ''),
      out: String(values.out ?? ''),
      keepCurrentKey: values['keep-current-key'] === true ? true : undefined,
    });
    const status = await call('sync.status', {});
    const lines = [`已生成初始化包:${result.path}`, `共 ${result.changeCount} 条记录。部门导入时请核对办公室指纹:${status.fingerprint}`];
    if (result.carriedCount) lines.push(`带回该单位已报送的内容 ${result.carriedCount} 条(填报、指标数值、佐证材料),新电脑导入后可接着填报`);
    if (result.revokedKeys?.length) lines.push(`该单位原电脑的密钥(指纹 ${result.revokedKeys.join('、')})已吊销:一个单位只保留一台电脑的密钥`);
    if (result.keptKey) lines.push(`该单位原电脑的密钥(指纹 ${result.keptKey})仍有效;新电脑发来数据包时会询问保留哪一个`);
    return { json: result, text: lines.join('\n') };
  },
};

export const peersCommand: CliCommand = {
  name: 'peers',
  summary: '列出已登记的对方密钥;--revoke 吊销一个密钥(之后其数据包一律拒收)',
  usage: 'duban peers [--revoke 指纹或来源编号 --reason 原因] [--json]',
  options: { revoke: { type: 'string' }, reason: { type: 'string' } },
  run: async ({ call, values }) => {
    if (typeof values.revoke === 'string') {
      const peer = await call('sync.revoke', { key: values.revoke, reason: typeof values.reason === 'string' ? values.reason : '' });
      return { json: peer, text: `已吊销 ${peer.name} 的密钥 ${peer.fingerprint}` };
    }
    const peers = await call('sync.peers', {});
    const text = peers
      .map((p) => `${p.name.padEnd(10)} ${roleLabel(p.role)}  指纹 ${p.fingerprint}  已收到至第 ${p.watermark} 号  对方已确认我方至第 ${p.acked} 号${p.revokedAt ? '  (已吊销)' : ''}`)
      .join('\n');
    return { json: peers, text: text || '还没有登记任何对方' };
  },
};
