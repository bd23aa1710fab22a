// A table shape of heldout59 (brief H-fix11-items58): a progress table copied from a web page as bar rows only,
// `1 | 任务。 | 单位 | 进展 | 评价 |` with a lone `|` border line after each row and NO header row (1343).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, join, keyTask, type Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const PROGRESS = [
  '已完成前期调研,方案正在征求相关部门意见,预计下月底前印发实施。',
  '已完成招投标工作,目前正在组织施工,总体进度约为百分之六十。',
  '已召开专题推进会议,明确责任分工和时间节点,各项工作有序推进。',
  '已完成年度目标任务的一半以上,剩余部分正在按计划抓紧实施。',
];

/** `1 | 任务。 | 单位、单位 | 进展 | 按时序推进 |` / `|`, no header row. */
const headlessBarRows = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [`${f.issuer}${2018 + rng.int(6)}年民生实事项目${rng.pick(['7月份', '三季度', '上半年'])}进展情况`];
  const key: KeyTask[] = [];
  const border = rng.pick(['|', '', '|']);
  tasks.forEach((t, k) => {
    const units = [...t.leads, ...t.participants];
    out.push(`${k + 1} | ${t.title.replace(/[。;;]$/, '')}。 | ${join(units)} | ${rng.pick(PROGRESS)} | ${rng.pick(['按时序推进', '进度滞后', '已完成'])} |`);
    if (border) out.push(border);
    // An unnamed unit column is read as 责任单位: a bare list, its first unit leading.
    key.push(keyTask(t.title, bare(t)));
  });
  return { text: [...f.head, out.join('\n'), ...f.foot].join('\n'), key };
};

export const items58Layouts: Layout[] = [
  { id: 'headless-bar-rows', what: 'progress table as bar rows `n | 任务 | 单位 | 进展 | 评价 |` with lone `|` border lines and no header row (heldout59 1343)', make: (rng, t) => headlessBarRows(rng, t) },
];
