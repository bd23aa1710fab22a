// Two shapes of heldout40/41 (brief H-fix4-paras, branch paras43): duty sentences run together in one paragraph,
// each opened by its unit and a comma (`X部门,负责…。 Y部门,负责…。`, 994); problem records `问题一:` /
// `处置部门:` / `处理情况:`, the unit's label sometimes glued to the problem's line (991).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const OUTCOMES = ['经现场核实,已处理到位。', '已协调相关单位整改完毕。', '已纳入年度计划,正在推进。', '已答复群众并加强巡查。'];
const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** `一、部门职责` then one paragraph of `单位,负责任务。` sentences (or one a line), a page mark before it at times. */
const dutySentences = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const sentences = tasks.map((t) => `${t.leads[0] ?? ''},负责${drop(t.title)}。`);
  const oneParagraph = rng.next() < 0.7;
  const body = oneParagraph ? [`${rng.pick(['', '[接上页] '])}${sentences.join(rng.pick([' ', '']))}`] : sentences;
  const key: KeyTask[] = tasks.map((t) => keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [] }));
  return { text: [...f.head, `${cn(1 + rng.int(4))}、${rng.pick(['部门职责', '职责分工', '明确部门责任'])}`, ...body, ...f.foot].join('\n'), key };
};

/** `问题一:任务` / `处置部门:单位` / `处理情况:…`, the unit label glued to the problem's line at times. */
const problemRecords = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const label = rng.pick(['处置部门', '处理部门', '承办单位', '办理单位']);
  const arabic = rng.next() < 0.3;
  const lines = [`${f.issuer}群众反映问题办理情况通报`, '现将近期群众反映问题的办理情况通报如下。'];
  tasks.forEach((t, k) => {
    const head = `问题${arabic ? String(k + 1) : cn(k + 1)}:${drop(t.title)}`;
    const unit = `${label}:${join([...t.leads, ...t.participants])}`;
    if (rng.next() < 0.2) lines.push(`${head}${unit}`);
    else lines.push(head, unit);
    lines.push(`处理情况:${rng.pick(OUTCOMES)}`);
  });
  return { text: [...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, bare(t))) };
};

export const paras43Layouts: Layout[] = [
  { id: 'duty-sentences', what: 'duty sentences run together, each opened by its unit and a comma: `X部门,负责…。 Y部门,负责…。` (heldout41 994)', make: (rng, t) => dutySentences(rng, t) },
  { id: 'problem-records', what: 'problem records `问题一:` / `处置部门:X` / `处理情况:…`, the label glued to the problem at times (heldout41 991)', make: (rng, t) => problemRecords(rng, t) },
];
