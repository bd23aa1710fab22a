// duban departments: lists the directory, and edits it (alias, merge, rename, members, contact).
// Every edit goes through the API method, so refusals (a name taken elsewhere, a unit with reported
// progress) come back as exit 2 with the reason.
import { ApiError } from '../../../shared/api/errors.js';
import type { DirectoryEntry } from '../../../shared/api/methods/departments.js';
import { rankDepartments } from '../../../shared/departments/match.js';
import type { CliCommand, CliContext, CliOutput } from '../command.js';

const USAGE = [
  'duban departments [--find 关键词] [--plan 规划编号] [--json]',
  '  duban departments alias 部门 别名            为部门添加别名',
  '  duban departments merge 旧部门 并入部门       合并重复条目(旧名称保留为别名)',
  '  duban departments rename 部门 新名称          部门更名(旧名称保留为别名)',
  '  duban departments members 集合 [成员…] [--clear]  查看或设置集合(如各县市区政府)的成员',
  '  duban departments contact 部门 联系方式       设置联系人/电话',
].join('\n');

const describe = (e: DirectoryEntry): string =>
  [
    `${e.name}${e.kind === 'group' ? '(集合)' : ''}  ${e.initials}  任务 ${e.taskCount} 项`,
    e.aliases.length > 0 ? `  别名:${e.aliases.join('、')}` : '',
    e.members.length > 0 ? `  成员:${e.members.join('、')}` : '',
    e.contact ? `  联系:${e.contact}` : '',
  ]
    .filter(Boolean)
    .join('\n');

const needArgs = (args: string[], count: number, usage: string): string[] => {
  if (args.length !== count) throw new ApiError('bad_input', `参数个数不对。用法:${usage}`);
  return args;
};

const edit = async ({ call, values }: CliContext, verb: string, args: string[]): Promise<CliOutput> => {
  if (verb === 'alias') {
    const [department = '', alias = ''] = needArgs(args, 2, 'duban departments alias 部门 别名');
    const entry = await call('departments.addAlias', { department, alias });
    return { json: entry, text: `已添加别名“${alias}”。\n${describe(entry)}` };
  }
  if (verb === 'merge') {
    const [from = '', into = ''] = needArgs(args, 2, 'duban departments merge 旧部门 并入部门');
    const result = await call('departments.merge', { from, into });
    return {
      json: result,
      text: `已将“${from}”合并到“${result.entry.name}”:转移任务分工 ${result.movedAssignments} 条、指标 ${result.movedIndicators} 项。\n${describe(result.entry)}`,
    };
  }
  if (verb === 'rename') {
    const [department = '', name = ''] = needArgs(args, 2, 'duban departments rename 部门 新名称');
    const entry = await call('departments.rename', { department, name });
    return { json: entry, text: `已更名为“${entry.name}”,原名称保留为别名。\n${describe(entry)}` };
  }
  if (verb === 'members') {
    const [group = '', ...members] = args;
    if (!group) throw new ApiError('bad_input', '请指定集合。用法:duban departments members 集合 [成员…] [--clear]');
    if (members.length === 0 && values.clear !== true) {
      const entry = (await call('departments.directory', {})).find((d) => d.name === group || d.aliases.includes(group));
      if (!entry) throw new ApiError('not_found', `找不到部门“${group}”。`);
      return { json: entry, text: entry.members.length > 0 ? describe(entry) : `“${entry.name}”还没有登记成员。` };
    }
    const entry = await call('departments.setGroupMembers', { group, members });
    return { json: entry, text: `已设置“${entry.name}”的成员 ${entry.members.length} 个。\n${describe(entry)}` };
  }
  if (verb === 'contact') {
    const [department = '', contact = ''] = needArgs(args, 2, 'duban departments contact 部门 联系方式');
    const entry = await call('departments.setContact', { department, contact });
    return { json: entry, text: `已更新联系方式。\n${describe(entry)}` };
  }
  throw new ApiError('bad_input', `没有这个操作:${verb}。\n用法:${USAGE}`);
};

export const departmentsCommand: CliCommand = {
  name: 'departments',
  summary: '部门目录:列出、按名称/别名/拼音首字母查找;添加别名、合并、更名、集合成员、联系方式',
  usage: USAGE,
  options: { find: { type: 'string' }, plan: { type: 'string' }, clear: { type: 'boolean' } },
  run: async (ctx) => {
    const [verb, ...args] = ctx.positionals;
    if (verb !== undefined) return edit(ctx, verb, args);
    const { call, values } = ctx;
    const planId = typeof values.plan === 'string' ? values.plan : undefined;
    const all = await call('departments.list', { planId });
    const list = typeof values.find === 'string' ? rankDepartments(all, values.find) : all;
    const text = list
      .map((d) => `${d.name}${d.kind === 'group' ? '(集合)' : ''}  ${d.initials}  任务 ${d.taskCount} 项${d.aliases.length > 0 ? `  别名:${d.aliases.join('、')}` : ''}`)
      .join('\n');
    return { json: list, text: text || '没有匹配的部门' };
  },
};
