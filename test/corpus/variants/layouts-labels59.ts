// Unfamiliar labels and unit-headed items (brief H-fix12-labels59): a 督查通报's bracket after each problem naming
// the acting and the supervising party (`(主体责任:X,监督责任:Y)`), and a division of duties whose items open with
// the unit's name as a sentence of its own (`(五)市X局。<duty>。`).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** `● <problem>。` then `(主体责任:X,监督责任:A、B)` on its own line, in one of several wordings and brackets. */
const partyBrackets = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(1)}、${rng.pick(['存在问题及整改责任', '督查发现的问题', '需整改的问题'])}`];
  const key: KeyTask[] = [];
  const bullet = rng.pick(['● ', '■ ', '1.']);
  tasks.forEach((t, k) => {
    const lead = t.leads[0] ?? '';
    const joins = t.participants.slice(0, 2);
    const acting = rng.pick(['主体责任', '整改主体', '责任主体', '主体责任单位']);
    const supervising = rng.pick(['监督责任', '监管责任']);
    const [open, close] = rng.pick([['(', ')'], ['(', ')'], ['【', '】']]);
    const sep = rng.pick([',', ';', ';', ' ']);
    lines.push(`${bullet === '1.' ? `${k + 1}.` : bullet}${drop(t.title)}。`);
    lines.push(`${open}${acting}:${lead}${joins.length > 0 ? `${sep}${supervising}:${joins.join('、')}` : ''}${close}`);
    // The acting party leads; alone it is a bare list's label (its one unit leads, inferred), as 责任主体 reads.
    key.push(keyTask(t.title, { leads: lead ? [lead] : [], participants: joins }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `三、职责分工` then `(一)市X局。<duty>。` — the unit's name a sentence of its own, its duty after it. */
const unitStopItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(3)}、${rng.pick(['职责分工', '部门职责', '工作职责'])}`];
  const key: KeyTask[] = [];
  const style = rng.pick(['(一)', '1.', '1、']);
  tasks.forEach((t, k) => {
    const unit = t.leads[0] ?? '';
    const number = style === '(一)' ? `(${cn(k + 1)})` : `${k + 1}${style.slice(1)}`;
    lines.push(`${number}${unit}。${drop(t.title)}。`);
    key.push(keyTask(t.title, { leads: unit ? [unit] : [], participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const labels59Layouts: Layout[] = [
  { id: 'party-label-brackets', what: '`(主体责任:X,监督责任:A、B)` after each problem (整改主体/责任主体, 监管责任; () or 【】): the acting party leads, the supervising one takes part', make: (rng, t) => partyBrackets(rng, t) },
  { id: 'unit-stop-items', what: '`(一)市X局。<duty>。`: an item whose first sentence is only its unit\'s name; the unit leads the duty after it', make: (rng, t) => unitStopItems(rng, t) },
];
