// Explicit lead wording (brief H-fix10-mixed57): `由X主办/承办,Y负责…` in an item's second sentence (held-out 1226),
// a `整改要求:按照…的要求,由<place>包保单位A、B负责…` requirement line (1203), a unit's duty whose second sentence has
// other units as its subject (`A、B在…领导下,积极…`, 1261), and a group heading naming its lead over items whose
// lists do not name it (`(十)…(牵头单位:P)` / `N.…[责任单位:A、B]`, 781).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');
/** A task's named units (no group such as `各街道`, `相关部门`), at most four, the lead first. */
const named = (t: PoolTask): string[] => [...t.leads, ...t.participants].filter((u) => !/各|相关|有关|其他|其它|直属|等/.test(u)).slice(0, 4);

/** `一、<task>。该项工作由X承办,A负责…,B配合做好…。` */
const hostingItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const [lead, ...parts] = named(t);
    if (!lead) return;
    const host = `${rng.pick(['该项工作', '活动', '会议'])}由${lead}${rng.pick(['主办', '承办'])}`;
    const helpers = parts.slice(0, 2).map((p, i) => (i === 0 ? `${p}负责${rng.pick(['场地保障', '宣传报道', '资料准备'])}` : `${p}${rng.pick(['配合做好', '协助做好'])}${rng.pick(['会务服务', '后勤保障'])}`));
    lines.push(`${cn(k + 1)}、${drop(t.title)}。${[host, ...helpers].join(',')}。`);
    key.push(keyTask(t.title, { leads: [lead], participants: parts.slice(0, 2) }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

const PLACES = ['东湖路沿线', '南门片区', '老城区', '火车站周边', '滨河路段'];

/** `N、<task>。` / `整改要求:按照…的要求,由<place>包保单位A、B负责…。` — every unit listed leads. */
const requirementLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const units = named(t).slice(0, 3);
    if (units.length === 0) return;
    lines.push(`${k + 1}、${drop(t.title)}。`);
    const rule = rng.pick(['按照先劝导、后整治的要求,', '按照属地管理的原则,', '']);
    lines.push(`${rng.pick(['整改要求', '整改措施'])}:${rule}由${rng.pick(PLACES)}${rng.pick(['包保单位', '包片单位', '联系单位'])}${join(units)}负责对各自片区开展${rng.pick(['经常性巡查', '集中清理'])},本月底前完成整改。`);
    key.push(keyTask(t.title, { leads: units, participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `N.X:负责<task>。A、B在…领导下,积极…。` — the colon's unit leads, the later subject takes part. */
const subjectPartners = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(1 + rng.int(3))}、${rng.pick(['职责分工', '部门职责'])}`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const [lead, ...parts] = named(t);
    if (!lead) return;
    const helpers = parts.slice(0, 2);
    const second = helpers.length === 0 ? '' : `${join(helpers)}${rng.pick(['在属地政府统一领导下,积极发挥职能作用', '要积极配合做好相关工作', '在市政府统筹下,积极推动工作开展'])}。`;
    lines.push(`${k + 1}.${lead}:负责${drop(t.title)}。${second}`);
    key.push(keyTask(`负责${drop(t.title)}`, { leads: [lead], participants: helpers }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `(一)<group>(牵头单位:P)` / `N.<task>。[责任单位:A、B]` — lists of two or more that do not name P. */
const headingLeadGroups = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  let n = 0;
  // Groups of three, a last one of one joined to the group before (a heading over one item is no group).
  const starts = Array.from({ length: Math.ceil(tasks.length / 3) }, (_, g) => g * 3).filter((s, g, all) => g === 0 || s + 1 < tasks.length || all.length === 1);
  for (let g = 0; g < starts.length; g += 1) {
    const group = tasks.slice(starts[g], starts[g + 1] ?? tasks.length);
    const lead = group[0]?.leads[0] ?? '';
    lines.push(`(${cn(g + 1)})${rng.pick(['提升城市品质', '优化营商环境', '推进乡村振兴', '加强社会治理'])}(牵头单位:${lead})`);
    for (const t of group) {
      n += 1;
      const list = named(t).filter((u) => u !== lead).slice(0, 3);
      const own = list.length >= 2 ? list : [lead, ...list];
      lines.push(`${n}.${drop(t.title)}。[责任单位:${join(own)}]`);
      key.push(keyTask(t.title, { leads: [lead], participants: own.filter((u) => u !== lead) }));
    }
  }
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const mixed57Layouts: Layout[] = [
  { id: 'hosted-item-sentence', what: '`一、…。该项工作由X承办,A负责…,B配合做好…。` (heldout53 1226)', make: (rng, t) => hostingItems(rng, t) },
  { id: 'requirement-line-placed-label', what: '`N、…。` / `整改要求:按照…的要求,由<place>包保单位A、B负责…` (heldout52 1203)', make: (rng, t) => requirementLines(rng, t) },
  { id: 'duty-later-subject-partners', what: '`N.X:负责…。A、B在…领导下,积极…。` (heldout55 1261)', make: (rng, t) => subjectPartners(rng, t) },
  { id: 'heading-lead-over-lists', what: '`(一)…(牵头单位:P)` / `N.…。[责任单位:A、B]` lists not naming P (heldout30 781)', make: (rng, t) => headingLeadGroups(rng, t) },
];
