// A 督查/整改 list's text column named for the problems it lists (`整改问题`, `问题描述`, `存在问题`, `反馈问题`,
// `督查发现问题`): each row's problem is the task handed to its unit. Beside a column named for the work itself
// (`工作任务 | 存在问题 | 下步打算`), a problems column is the office's own note on that work, no task.
import type { Role } from './header-roles.js';

const SOURCE = '(?:整改|反馈|交办|督察|督查|督导|检查|巡查|巡察|巡视|审计|暗访|测评|通报|点位|现场)';
const KIND = '(?:发现|存在|主要|具体|突出|反映)';
/** The header word, spaces out: up to two qualifiers, then 问题, then what of it the column holds. */
export const PROBLEM_HEADER = new RegExp(`^${SOURCE}?${KIND}?的?问题(?:描述|内容|清单|名称|表现|事项|摘要|说明)?$`);

export const isProblemHeader = (word: string): boolean => PROBLEM_HEADER.test(word);

/**
 * The column naming who fixes each problem (`整改单位`, `整改责任单位`, `整改部门`, `交办单位`): the units answering
 * for the row, a bare list as `责任单位` is.
 */
export const FIX_UNIT_HEADER = /^(?:整改|交办|处置|办理)(?:责任)?(?:单位|部门|主体)$/;

/** A problems column is set aside ('other') when another column of the header names the task outright. */
export const withProblemColumnsAside = (words: string[], roles: Role[]): Role[] => {
  const problem = words.map((w) => isProblemHeader(w.replace(/\s+/g, '')));
  if (!roles.some((r, k) => r === 'task' && !problem[k])) return roles;
  return roles.map((r, k) => (problem[k] && r === 'task' ? 'other' : r));
};
