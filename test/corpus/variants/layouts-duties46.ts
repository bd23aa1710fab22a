// Three shapes of heldout46/47 (brief H-fix5-duties, branch duties46): targets each followed by its own
// `——由X会同有关部门和A组织落实。` line in a notice's own body (1085); a section paragraph of sentences each opened
// by the unit that is to act (`X局要…。Y局要…。`, 1104); `;`-clauses each opened by a unit and 负责 (1105).
import type { Rng } from '../../../bench/rng.js';
import { join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]+$/, '');

/** The notice's addressees, `…通知如下:`, then `1、目标。` / `——由X会同有关部门和A、B组织落实。`. */
const dashAssigned = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [
    `各乡镇人民政府,${f.place}政府各部门:`,
    `为确保完成规划提出的各项目标任务,${f.place}政府决定将主要目标任务分解落实到各部门。现就有关事项通知如下:`,
    `一、${rng.pick(['任务分解', '目标任务分解', '主要目标和任务'])}`,
  ];
  tasks.forEach((t, k) => {
    lines.push(`${k + 1}、${drop(t.title)}。`);
    const helpers = t.participants.length > 0 ? `会同有关部门和${join(t.participants)}` : rng.pick(['会同有关部门', '会同相关部门']);
    lines.push(t.leads.length === 2 && t.participants.length === 0 && rng.next() < 0.5 ? `——由${t.leads.join('和')}组织落实。` : `——由${join(t.leads)}${helpers}组织落实。`);
  });
  return { text: [...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, { leads: t.leads, participants: t.participants })) };
};

/** `(一)强化协作。X要…。Y要…。` — the lead of each task opens its sentence; a sibling paragraph holds one. */
const unitSentences = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const last = tasks.length > 3 && rng.next() < 0.5 ? tasks.length - 1 : tasks.length;
  const sentence = (t: PoolTask): string => `${t.leads[0] ?? ''}${rng.pick(['要', '要切实', '要抓紧'])}${drop(t.title)}。${rng.pick(['', '要加强督促检查。'])}`;
  const body = [`${cn(1 + rng.int(3))}、${rng.pick(['保障措施', '工作措施', '重点工作'])}`, `(一)${rng.pick(['加强组织领导,明确部门责任。', '强化协同配合。'])}${tasks.slice(0, last).map(sentence).join('')}`];
  if (last < tasks.length) body.push(`(二)${rng.pick(['加大投入力度。', '强化要素保障。'])}${tasks.slice(last).map(sentence).join('')}`);
  return { text: [...f.head, ...body, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [] })) };
};

/** `三、明确分工。X负责…;Y负责会同A、B…;Z负责…。` */
const dutyClauses = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const clause = (t: PoolTask): string => `${t.leads[0] ?? ''}负责${t.participants.length > 0 ? `会同${join(t.participants)}` : ''}${drop(t.title)}`;
  const head = `${cn(1 + rng.int(4))}、${rng.pick(['加强协作,明确分工。', '明确职责分工。', '压实部门责任,明确分工。'])}`;
  return {
    text: [...f.head, `${head}${tasks.map(clause).join(';')}。`, ...f.foot].join('\n'),
    key: tasks.map((t) => keyTask(t.title, { leads: t.leads.slice(0, 1), participants: t.participants })),
  };
};

export const duties46Layouts: Layout[] = [
  { id: 'dash-assigned-targets', what: 'a notice whose body is the breakdown: `1、目标。` / `——由X会同有关部门和A组织落实。` (heldout46 1085)', make: (rng, t) => dashAssigned(rng, t) },
  { id: 'unit-subject-sentences', what: 'a section paragraph of sentences each opened by its unit: `(一)…。X要…。Y要…。` (heldout47 1104)', make: (rng, t) => unitSentences(rng, t) },
  { id: 'unit-duty-clauses', what: '`;`-clauses each opened by a unit and 负责: `明确分工。X负责…;Y负责会同A…` (heldout47 1105)', make: (rng, t) => dutyClauses(rng, t) },
];
