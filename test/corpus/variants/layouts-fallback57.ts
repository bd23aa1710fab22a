// A general last step for tasks left without units (brief H-fix10-fallback57): items whose first sentence opens
// with the unit as its subject (`(三)区民政局要加强…`), after a circumstance phrase (`在县委统筹下,X要…`), two units
// (`A、B要…`, a bare list) or a list closed by 等 (`A、B等单位要…`, all lead); and the unit heading above items
// numbered on (`区文旅局:` alone on a line).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** `一、主要任务` / `(一)X要<task>。` — the unit the subject of the item's sentence, in one of four forms. */
const subjectItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(1)}、${rng.pick(['主要任务', '工作措施', '重点工作'])}`];
  const key: KeyTask[] = [];
  const style = rng.pick(['(一)', '1.', '1、']);
  tasks.forEach((t, k) => {
    const [a, b] = [t.leads[0] ?? '', t.participants[0] ?? ''];
    const number = style === '(一)' ? `(${cn(k + 1)})` : `${k + 1}${style.slice(1)}`;
    const verb = rng.pick(['要', '要切实', '必须', '应']);
    const form = rng.pick(['one', 'after', 'two', 'etc']);
    const circumstance = rng.pick(['在县委、县政府统筹下,', '按照上级部署要求,', '根据年度工作安排,']);
    const names = (form === 'two' || form === 'etc') && b && b !== a ? [a, b] : [a];
    const subject = names.length > 1 ? `${names.join('、')}${form === 'etc' ? rng.pick(['等单位', '等部门', '等']) : ''}` : a;
    // 等 closing the list in the item's second sentence, after its title (`(一)<task>。` / `A、B等单位要抓好落实。`).
    if (form === 'etc') lines.push(`${number}${drop(t.title)}。`, `${subject}${verb}${rng.pick(['抓好落实', '认真组织实施', '加强协作、形成合力'])}。`);
    else lines.push(`${number}${form === 'after' ? circumstance : ''}${subject}${verb}${drop(t.title)}。`);
    // `A、B要…` is a bare list (the first leads, the other takes part); `A、B等单位要…` names them all as leading.
    key.push(keyTask(t.title, form === 'etc' ? { leads: names, participants: [] } : { leads: names.slice(0, 1), participants: names.slice(1) }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `X:` alone on a line, then the unit's items numbered on (`3.…`, `4.…`), the next unit's line, and so on. */
const unitColonLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines: string[] = [];
  const key: KeyTask[] = [];
  const sep = rng.pick(['.', '、']);
  let unit = '';
  let left = 0;
  tasks.forEach((t, k) => {
    if (left === 0 && t.leads[0]) {
      unit = t.leads[0];
      left = 2 + Math.floor(rng.next() * 3);
      lines.push(`${unit}${rng.pick([':', ':', '工作任务:'])}`);
    }
    left = Math.max(0, left - 1);
    lines.push(`${k + 1}${sep}${drop(t.title)}。`);
    key.push(keyTask(t.title, { leads: unit ? [unit] : [], participants: [] }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const fallback57Layouts: Layout[] = [
  { id: 'unit-colon-lines-numbered-on', what: '`区文旅局:` alone on a line, its items numbered on (`3.…` `4.…`), then the next unit\'s line: the unit leads them, inferred', make: (rng, t) => unitColonLines(rng, t) },
  { id: 'unit-subject-first-sentence', what: '`(三)区民政局要加强…` / `在…统筹下,X要…` / `A、B等单位要…`: the unit the subject of the item\'s first sentence', make: (rng, t) => subjectItems(rng, t) },
];
