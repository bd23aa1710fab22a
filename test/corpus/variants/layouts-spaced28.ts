// Two progress-table shapes of heldout30 (brief H-fix3-spaced): a table printed one row per line with single spaces
// between cells and group rows between the rows, a cell's further units on lines of their own (783); a `a | b |`
// table with spaces inside header cells, a group column printed only on each group's first row and a unit column
// that names each unit's head after it (785).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, keyTask, stated, type Generated } from './body.js';
import { cn, frame, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const GROUPS = ['主要预期目标', '重点工作', '民生实事', '改革任务', '基层治理'];
const SUBGROUPS = ['加快产业转型升级', '持续优化营商环境', '全力保障改善民生', '推进生态环境治理'];
const PROGRESS = ['已完成。', '按计划推进中。', '完成年度目标的62%。', '已启动前期工作,正在编制方案。', '同比增长3.1%。'];
const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** `序号 目标任务 责任单位 上半年推进情况`, group rows `一、…` / `(一)…`, rows `N 任务。 单位 进展。`, further units on lines of their own. */
const spacedGrouped = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${f.issuer}重点任务${rng.pick(['上半年', '前三季度', '1-6月'])}推进情况汇总表`, `序号 ${rng.pick(['目标任务', '重点任务', '工作任务'])} 责任单位 ${rng.pick(['上半年推进情况', '推进情况', '进展情况'])}`];
  const key: KeyTask[] = [];
  const restart = rng.next() < 0.3;
  let group = 0;
  let sub = 0;
  let n = 0;
  tasks.forEach((t, k) => {
    if (k === 0 || (rng.next() < 0.25 && k < tasks.length - 1)) {
      group += 1;
      lines.push(`${cn(group)}、${GROUPS[(group - 1) % GROUPS.length] ?? ''}`);
      sub = 0;
      if (restart) n = 0;
    }
    if (group > 1 && rng.next() < 0.3 && k < tasks.length - 1) {
      sub += 1;
      lines.push(`(${cn(sub)})${SUBGROUPS[(sub - 1) % SUBGROUPS.length] ?? ''}`);
    }
    n += 1;
    const units = [...t.leads, ...t.participants];
    const progress = rng.pick(PROGRESS);
    if (units.length === 1) lines.push(`${n} ${drop(t.title)}。 ${units[0] ?? ''} ${progress}`);
    else lines.push(`${n} ${drop(t.title)}。 ${units[0] ?? ''}`, ...units.slice(1), progress);
    key.push(keyTask(t.title, bare(t)));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 配合单位 | 进展 |`, the 大类 cell only on a group's first row. */
const barGroupHeads = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const withJoin = rng.next() < 0.5;
  const header = [rng.pick(['大类', '类别']), '序号', rng.pick(['工作任务', '民生实事', '重点任务']), '分管 市领导', rng.pick(['牵头单位及 主要负责人', '牵头单位及 负责人', '牵头单位和 责任人']), ...(withJoin ? ['配合单位'] : []), '落实进展情况'];
  const lines = [`${f.issuer}民生实事落实情况`, `${header.join(' | ')} |`];
  const key: KeyTask[] = [];
  let group = 0;
  tasks.forEach((t, k) => {
    const opens = k === 0 || (rng.next() < 0.25 && k < tasks.length - 1);
    if (opens) group += 1;
    const leads = t.leads.map((u) => `${u} ${person(rng)}`).join('、');
    const cells = [
      ...(opens ? [`${cn(group)}、${GROUPS[(group - 1) % GROUPS.length] ?? ''}`] : []),
      String(k + 1),
      t.title,
      person(rng),
      leads,
      ...(withJoin ? [t.participants.join('、')] : []),
      rng.pick(PROGRESS),
    ];
    lines.push(`${cells.join(' | ')} |`);
    key.push(keyTask(t.title, withJoin ? stated(t) : { leads: t.leads, participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const spaced28Layouts: Layout[] = [
  { id: 'spaced-grouped', what: '空格分隔的进展表: `序号 目标任务 责任单位 上半年推进情况`, group rows `一、`/`(一)` between rows, further units on lines of their own (heldout30 783)', make: (rng, t) => spacedGrouped(rng, t) },
  { id: 'bar-group-heads', what: '`a | b |` table: spaced header cells, a 大类 cell only on each group\'s first row, `牵头单位及主要负责人` cells `单位 人名` (heldout30 785)', make: (rng, t) => barGroupHeads(rng, t) },
];
