import type { CliCommand } from '../command.js';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: '显示本机安装的信息:数据库位置、本机标识、角色;本机日期看来不对时提醒',
  usage: 'duban info [--json]',
  options: {},
  run: async ({ call }) => {
    const info = await call('app.info', {});
    const clock = await call('app.clockCheck', {});
    const role = info.role === 'office' ? '牵头办公室' : '部门';
    const warning = clock.problem ? `\n注意:${clock.problem}` : '';
    return {
      json: { ...info, clock },
      text: `督办 ${info.version}\n数据库:${info.dbPath}\n本机标识:${info.originId}\n角色:${role}${warning}`,
    };
  },
};
