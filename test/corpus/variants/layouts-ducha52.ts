// Two shapes of the 督查通报 pages of heldout51 (brief H-fix7-ducha52): problems listed under numbered points named
// like units, each point closed after its items by `问题整改责任单位:X 整改时限:N天` (1181); a newspaper's page of
// prose paragraphs each closing with `(责任单位:X,责任人:姓名)`, page lines around them (1182); a newspaper's digest of
// complaints, each answered by an office that names the unit it handed the matter to (heldout41 993).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, join, keyTask, type Generated } from './body.js';
import { cn, frame, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]+$/, '');

/** `1. <a unit's name>` / `(1)…;` / `(2)…。` / `问题整改责任单位:A、B 整改时限:5天`, groups of two to four items. */
const trailingGroups = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [
    `${f.issuer}创建全国文明城市${rng.pick(['督查问题清单', '实地督查问题通报', '暗访问题通报'])}`,
    `${1 + rng.int(12)}月${1 + rng.int(28)}日,${f.issuer}创建办组织督查组对重点点位开展了实地督查,现将发现的问题通报如下:`,
  ];
  const key: KeyTask[] = [];
  const label = rng.pick(['问题整改责任单位', '整改责任单位', '责任单位']);
  const arabic = rng.next() < 0.5;
  let k = 0;
  let point = 0;
  while (k < tasks.length) {
    const size = Math.min(tasks.length - k, 2 + rng.int(3));
    const group = tasks.slice(k, k + size);
    const owner = group[0];
    if (!owner) break;
    // The point's heading: another task's unit, so the heading reads as a unit and is not the group's.
    const other = tasks[(k + size) % tasks.length]?.leads[0] ?? '';
    point += 1;
    out.push(arabic ? `${point}. ${other}` : `(${cn(point)})${other}`);
    group.forEach((t, n) => out.push(`(${n + 1})${drop(t.title)}${n === group.length - 1 ? '。' : ';'}`));
    const units = [...owner.leads, ...owner.participants];
    out.push(`${label}:${join(units)}${rng.next() < 0.7 ? ` 整改时限:${rng.pick(['3', '5', '7', '15'])}天` : ''}`);
    for (const t of group) key.push(keyTask(t.title, bare(owner)));
    k += size;
  }
  return { text: [...out, `${f.issuer}创建全国文明城市工作指挥部办公室`].join('\n'), key };
};

/** A newspaper's page: `<problem>。<more>。(责任单位:A、B,责任人:姓名)` paragraphs, page lines around them. */
const proseBrackets = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [
    `第0${1 + rng.int(8)}版:${rng.pick(['综合', '要闻', '城事'])} PDF版阅读`,
    rng.pick(['日报客户端', '下载客户端 阅读更方便']),
    `${rng.pick(['城市管理工作督查通报', '创建国家卫生城市督察通报', '文明城市创建督导通报'])}`,
    `按照${f.issuer}创建工作指挥部统一要求,督察组对现场发现的问题督促整改,现将督察问题通报如下:`,
  ];
  const key: KeyTask[] = [];
  for (const t of tasks) {
    const units = [...t.leads, ...t.participants];
    const more = rng.pick(['整改不彻底,周边卫生较差。', '现场检查发现问题依然存在。', '群众反映强烈,至今未见整改。']);
    // Most run the problem on after a comma, as a reporter writes it: no title sentence opens the paragraph.
    out.push(`${drop(t.title)}${rng.next() < 0.7 ? ',' : '。'}${more}(责任单位:${join(units)}${rng.next() < 0.8 ? `,责任人:${person(rng)}` : ''})`);
    key.push(keyTask(t.title, bare(t)));
  }
  out.push(
    '望以上单位和责任人正视问题,迅速行动,彻底整改,督察组将持续跟踪督察,未整改到位的单位及责任人将严肃处理。',
    `${f.issuer}创建工作指挥部办公室`,
    `${2015 + rng.int(9)}年${1 + rng.int(12)}月${1 + rng.int(28)}日`,
    '您的浏览器版本太低,请升级后浏览。',
  );
  return { text: out.join('\n'), key };
};

/** `市民X反映:<problem>` / `市某局:…已通知责任单位Y,…`, unnumbered, a reporter's line after them. */
const complaintReplies = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [`来源:${f.issuer}晚报 ${2010 + rng.int(10)}-0${1 + rng.int(9)}-1${rng.int(10)}`];
  const key: KeyTask[] = [];
  const office = `${f.issuer}${rng.pick(['城市管理局', '城市监察管理局', '12345热线办'])}`;
  tasks.forEach((t, k) => {
    const lead = t.leads[0] ?? '';
    out.push(`${rng.pick(['市民', '读者', '网友'])}${rng.pick(['张', '李', '王', '赵'])}${rng.pick(['先生', '女士'])}${rng.pick(['反映', '来电'])}:${drop(t.title)},${rng.pick(['至今没有解决。', '希望有关部门尽快处理。'])}`);
    out.push(`${office}:${rng.pick(['接到反映后,', '经核实,', ''])}我局已于${k + 1}日${rng.pick(['通知', '交由'])}责任单位${lead}${rng.pick([',抓紧处理。', '进行整改,并跟踪督办。', ',尽快落实。'])}`);
    key.push(keyTask(t.title, { leads: [lead], participants: [] }));
  });
  return { text: [...out, `(记者 ${person(rng)} 整理)`].join('\n'), key };
};

export const ducha52Layouts: Layout[] = [
  { id: 'ducha-groups-trailing-unit', what: '督查通报: points named like units, `(n)` problems, each point closed by `问题整改责任单位:X 整改时限:N天` (heldout51 1181)', make: (rng, t) => trailingGroups(rng, t) },
  { id: 'ducha-complaint-replies', what: 'complaint digest: `市民X反映:…` then `某局:…已通知责任单位Y,…`, unnumbered (heldout41 993)', make: (rng, t) => complaintReplies(rng, t) },
  { id: 'ducha-prose-brackets', what: 'newspaper page: prose problem paragraphs each closing with `(责任单位:X,责任人:姓名)`, page lines around (heldout51 1182)', make: (rng, t) => proseBrackets(rng, t) },
];
