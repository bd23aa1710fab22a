import type { CliCommand } from '../command.js';

/** Reads only: the database file stays byte-identical (the clock check does not record what it saw). */
export const infoCommand: CliCommand = {
  name: 'info',
  summary: '显示本机安装的信息:数据库位置、角色、本机密钥指纹、正在收集的报告期;本机日期看来不对时提醒',
  usage: 'duban info [--json]',
  options: {},
  run: async ({ call }) => {
    const info = await call('app.info', {});
    const clock = await call('app.clockCheck', { isRecording: false });
    const sync = await call('sync.status', {});
    const role = info.role === 'office' ? '牵头办公室' : '部门';
    const collecting = sync.collecting
      ? `${sync.role === 'department' ? '牵头办公室正在收集' : '正在收集'}:${sync.collecting.label}(截止 ${sync.collecting.due}${sync.collecting.source === 'calendar' ? ',按本机日期' : ''})`
      : '';
    const lines = [
      `督办 ${info.version}`,
      `数据库:${info.dbPath}`,
      `本机标识:${info.originId}`,
      `角色:${role}${sync.role === 'department' ? `(${sync.name})` : ''}`,
      `本机密钥指纹:${sync.fingerprint}(电话核对时读给对方)`,
      sync.office ? `牵头办公室指纹:${sync.office.fingerprint}` : '',
      collecting,
      sync.stranded.length ? `注意:${sync.stranded.length} 份填报所属任务已调整,本单位不再参与(运行 duban review 查看)` : '',
      clock.problem ? `注意:${clock.problem}` : '',
      clock.aheadOfUs ? `注意:${clock.aheadOfUs}` : '',
    ];
    return {
      json: { ...info, fingerprint: sync.fingerprint, collecting: sync.collecting, stranded: sync.stranded, clock },
      text: lines.filter(Boolean).join('\n'),
    };
  },
};
