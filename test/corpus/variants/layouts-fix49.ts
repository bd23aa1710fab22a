// Two shapes of heldout49 (brief H-fix6-49): a `a | b |` progress table with a second header row under its
// 进展情况 cell, 合计 and category 小计 rows and no 类别 cell in the item rows (1145); a 建议办理 report's
// `1.X承办的“…”(第N号)` items, each followed by its 办理情况 (1144).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, join, keyTask, leadOnly, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const CATEGORIES = ['社保惠民', '教育提升', '医疗卫生', '城乡建设', '文化体育'];
const drop = (title: string): string => title.replace(/[。;;]$/, '');
const figure = (rng: Rng): string => String(1000 + rng.int(90000));

/** `类别 | 序号 | 项目名称 | 年度建设内容 | 计划投资 | N月进展情况 | 责任单位 |` over `完成投资 | 完成率 | 实施情况 |`. */
const progressTable = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const month = 3 + rng.int(9);
  const out = [
    `金额单位:万元 |`,
    `类别 | 序号 | 项目名称 | ${rng.pick(['年度建设内容', '2023年建设内容', '建设内容'])} | ${rng.pick(['年度计划投资', '计划投资'])} | ${month}月${rng.pick(['进展情况', '推进情况'])} | 责任单位 |`,
    `${rng.pick(['完成投(筹)资', '完成投资', '累计完成投资'])} | ${rng.pick(['投(筹)资完成率', '完成率', '投资完成比例'])} | ${rng.pick(['实施情况', '进展描述'])} |`,
    `${rng.pick(['合计', '合 计', '总计'])}:${cn(1 + rng.int(9))}大类${tasks.length}个项目 | ${figure(rng)} | ${figure(rng)} | ${50 + rng.int(50)}% |`,
    '|',
  ];
  const key: KeyTask[] = [];
  let category = 0;
  tasks.forEach((t, k) => {
    if (k === 0 || (rng.next() < 0.2 && k < tasks.length - 2)) {
      category += 1;
      const name = CATEGORIES[(category - 1) % CATEGORIES.length] ?? '';
      out.push(`${cn(category)}、${name} | ${name}${1 + rng.int(9)}个项目${rng.pick(['合计', '小计'])} | ${figure(rng)} | ${figure(rng)} | ${40 + rng.int(60)}% |`, '|');
    }
    const units = [...t.leads, ...t.participants];
    const status = rng.pick(['已完成年度目标。', '正在有序推进。', '主体工程已完工,正在验收。']);
    out.push(`${k + 1} | ${drop(t.title)} | ${rng.pick(['年内全面完成建设任务。', '按计划推进项目实施,确保年底前完工。'])} | ${figure(rng)} | ${figure(rng)} | ${20 + rng.int(80)}% | ${status} | ${units.join(rng.pick([' ', '、']))} |`);
    key.push(keyTask(t.title, bare(t)));
  });
  return { text: [...f.head, '附件', `${f.issuer}民生工程项目进展情况表`, ...out, ...f.foot].join('\n'), key };
};

/** `1.X承办的“…”(第N号)` then `办理情况:…`, under a `(一)…建议办理情况` head. */
const quotedItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [`关于${f.issuer}人大代表建议办理情况的督查通报`, `近期,${f.issuer}政府督查室对建议办理情况进行了督查,现将具体情况通报如下:`, `(一)代表建议办理情况`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const lead = t.leads[0] ?? '';
    out.push(`${k + 1}.${lead}${rng.pick(['承办', '负责'])}的“${drop(t.title)}”(第${k + 3}号)`);
    out.push(`办理情况:${rng.pick(['已办结。', '正在办理。', '已列入明年计划。'])}${t.participants.length > 0 && rng.next() < 0.5 ? `${join(t.participants)}积极配合。` : ''}`);
    key.push(keyTask(t.title, leadOnly({ ...t, leads: [lead] })));
  });
  return { text: [...out, `${f.issuer}人民政府督查室`].join('\n'), key };
};

export const fix49Layouts: Layout[] = [
  { id: 'bars-progress-second-header', what: '`a | b |` progress table, second header row under 进展情况, 合计/小计 rows, no 类别 cell in item rows, bare unit list (heldout49 1145)', make: (rng, t) => progressTable(rng, t) },
  { id: 'prose-quoted-items', what: '建议办理 report: `1.X承办的“…”(第N号)` then `办理情况:…` (heldout49 1144)', make: (rng, t) => quotedItems(rng, t) },
];
