// Sentences whose subject is the unit (brief H-fix8-subject54): a division of work announced by a numbered item
// (`5、各部门要各司其职…。其职责分工为:` / `X:负责…。` lines, held-out 1223); roles stated in an item's prose
// (`X为该项工作的牵头责任单位,负责…。A、B为协办单位,…。`, 1224); places as an item's subject (`甲、乙街道和丙镇,要…`, 1223).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');

/** `一、工作措施` / `1、<task>。` / `2、各有关部门要…。其职责分工为:` / `X:负责…。` lines / `3、<task>。`. */
const announcedDuties = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const [first, last, ...rest] = tasks;
  const sep = rng.pick(['、', '.']);
  const lines = [`${cn(1)}、${rng.pick(['工作措施', '主要任务', '工作要求'])}`];
  const key: KeyTask[] = [];
  if (first) {
    lines.push(`1${sep}${drop(first.title)}(牵头单位:${first.leads[0] ?? ''})。`);
    key.push(keyTask(first.title, { leads: first.leads.slice(0, 1), participants: [] }));
  }
  const announce = `${rng.pick(['各有关部门要各司其职、密切配合', '各成员单位要各负其责、通力协作'])},共同做好${rng.pick(['各项工作', '相关工作'])}。${rng.pick(['其职责分工为:', '具体职责分工如下:', '各单位职责如下:'])}`;
  lines.push(`2${sep}${announce}`);
  key.push(keyTask(announce.split('。')[0] ?? '', { leads: [], participants: [] }));
  for (const t of rest) {
    const unit = t.leads[0] ?? '';
    lines.push(`${unit}:${rng.next() < 0.25 ? '' : '负责'}${drop(t.title)}。`);
    key.push(keyTask(t.title, { leads: [unit], participants: [] }));
  }
  if (last) {
    lines.push(`3${sep}${drop(last.title)}(牵头单位:${last.leads[0] ?? ''})。`);
    key.push(keyTask(last.title, { leads: last.leads.slice(0, 1), participants: [] }));
  }
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

/** `(一)<task>` / `X为该项工作的牵头责任单位,负责…。A、B为协办单位,…。`: each item's roles in its prose. */
const proseRoles = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(2)}、${rng.pick(['明确工作责任', '压实工作责任'])}`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const lead = t.leads[0] ?? '';
    const parts = t.participants.slice(0, 4);
    lines.push(`(${cn(k + 1)})${drop(t.title)}`);
    const role = `${lead}${rng.pick(['为该项工作的牵头责任单位', '为牵头单位', '是该项工作的牵头单位'])},${rng.pick(['负责制定工作方案', '负责统筹推进', '负责组织实施'])}。`;
    const help = parts.length > 0 ? `${join(parts)}为${rng.pick(['协办单位', '配合单位'])},${rng.pick(['要密切配合、积极支持。', '按职责做好相关工作。'])}` : '';
    lines.push(role + help);
    key.push(keyTask(t.title, { leads: [lead], participants: parts }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

const PLACES = ['东湖', '南湾', '柳林', '青石', '白沙', '金桥', '杨庄', '石门', '桃源', '新河', '龙泉', '西岭'];

/** `一、工作措施` / `1、甲、乙街道和丙镇,要<task>。` — places as the item's subject, the first leading. */
const placeSubjectItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [`${cn(1)}、${rng.pick(['工作措施', '主要任务'])}`];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    const [a, b, c] = [0, 1, 2].map(() => rng.pick(PLACES));
    const level = rng.pick(['街道', '镇', '乡']);
    const other = rng.pick(['街道', '镇', '乡']);
    if (a === b || b === c || a === c) {
      lines.push(`${k + 1}、${drop(t.title)}(牵头单位:${t.leads[0] ?? ''})。`);
      key.push(keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [] }));
      return;
    }
    const three = rng.next() < 0.5;
    const subject = three ? `${a}、${b}${level}和${c}${other}` : `${a}${level}和${b}${other}`;
    const names = three ? [`${a}${level}`, `${b}${level}`, `${c}${other}`] : [`${a}${level}`, `${b}${other}`];
    lines.push(`${k + 1}、${subject}${rng.pick([',要', '要', '必须'])}${drop(t.title)}。`);
    key.push(keyTask(t.title, { leads: names.slice(0, 1), participants: names.slice(1) }));
  });
  return { text: [...f.head, ...lines, ...f.foot].join('\n'), key };
};

export const subject54Layouts: Layout[] = [
  { id: 'duties-announced-by-item', what: '`2、各有关部门要…。其职责分工为:` then `X:负责…。` lines, a numbered item after them (heldout53 1223)', make: (rng, t) => announcedDuties(rng, t) },
  { id: 'place-subject-items', what: '`1、甲、乙街道和丙镇,要…。` — places as the item\'s subject, the first leading (heldout53 1223)', make: (rng, t) => placeSubjectItems(rng, t) },
  { id: 'prose-designated-roles', what: '`(一)…` / `X为该项工作的牵头责任单位,负责…。A、B为协办单位,…。` (heldout53 1224)', make: (rng, t) => proseRoles(rng, t) },
];
