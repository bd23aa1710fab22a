// Two shapes of heldout42/43 (brief H-fix5-sentences, branch sentences46): one-sentence lines under a sub-heading,
// each closed by its own bracket, the last cut by the page at times (1021); one paragraph per section whose sentence
// groups each close with a bare unit bracket before the full stop (1003).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, coLeads, join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');
const FILLERS = ['建立工作台账,实行清单管理。', '加强督促检查,确保按期完成。', '完善工作机制,强化部门协同。', '做好跟踪问效,及时通报进展。'];
const GROUPS = ['约束性指标', '预期性指标', '重点任务', '主要目标'];

/** `二、主要任务分工` / `(一)约束性指标` / `任务。(X牵头)` or `任务。(A、B等部门按职责分工负责)`, one a line. */
const sentenceLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head, `${cn(1 + rng.int(3))}、${rng.pick(['主要目标和任务分工', '重点任务分工安排'])}`];
  const key: KeyTask[] = [];
  let group = 0;
  tasks.forEach((t, n) => {
    if (n === 0 || (rng.next() < 0.25 && n < tasks.length - 1)) lines.push(`(${cn((group += 1))})${rng.pick(GROUPS)}`);
    const shared = t.participants.length > 0 && rng.next() < 0.5;
    lines.push(shared ? `${t.title}(${join([...t.leads, ...t.participants])}等部门按职责分工负责)` : `${t.title}(${join(t.leads)}牵头)`);
    key.push(keyTask(t.title, shared ? coLeads(t) : { leads: t.leads, participants: [] }));
  });
  // The page broke off after a few words of one more measure.
  if (rng.next() < 0.4) {
    const cut = rng.pick(['单位生产总值能耗', '城镇登记失业率', '主要污染物排放']);
    lines.push(cut);
    return { text: lines.join('\n'), key: [...key, { ...keyTask(cut, { leads: [], participants: [] }), cut: true }] };
  }
  return { text: [...lines, ...f.foot].join('\n'), key };
};

/** `一、…` then one paragraph: `任务,…(A、B、C)。任务…(D、E)。`, a sentence with no bracket before a group at times. */
const midBrackets = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head];
  let section = 0;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) lines.push(paragraph.join(''));
    paragraph = [];
  };
  tasks.forEach((t, n) => {
    if (n === 0 || (paragraph.length >= 2 && rng.next() < 0.4 && n < tasks.length - 1)) {
      flush();
      lines.push(`${cn((section += 1))}、${rng.pick(['强化风险排查防控', '深化源头综合治理', '加强过程监管', '提升保障能力'])}`);
    }
    const filler = rng.next() < 0.3 ? rng.pick(FILLERS) : '';
    paragraph.push(`${drop(t.title)}${filler ? `。${drop(filler)}` : ''}(${join([...t.leads, ...t.participants])})。`);
  });
  flush();
  return { text: [...lines, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, bare(t))) };
};

export const sentences46Layouts: Layout[] = [
  { id: 'sentence-lines-subheading', what: 'one-sentence lines under a `(一)` sub-heading, each closed by `(X牵头)` or `(A、B等部门按职责分工负责)`, the last cut at times (heldout43 1021)', make: (rng, t) => sentenceLines(rng, t) },
  { id: 'mid-paragraph-brackets', what: 'one paragraph per section, each sentence group closed by a bare unit bracket before the stop `…(A、B)。…(C)。` (heldout42 1003)', make: (rng, t) => midBrackets(rng, t) },
];
