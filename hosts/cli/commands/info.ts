import type { CliCommand } from '../command.js';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: '显示本机安装的信息:数据库位置、本机标识、角色',
  usage: 'duban info [--json]',
  options: {},
  run: async ({ call }) => {
    const info = await call('app.info', {});
    const role = info.role === 'office' ? '牵头办公室' : '部门';
    return {
      json: info,
      text: `督办 ${info.version}\n数据库:${info.dbPath}\n本机标识:${info.originId}\n角色:${role}`,
    };
  },
};
