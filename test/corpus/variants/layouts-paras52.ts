// Shapes of the older shelf pages (brief H-fix7-paras52): a report's items grouped under each unit with some item
// numbers glued to their text (`3提升…`, held-out 1141); a division of work one unit a line, some opened `X:要…`
// (1165); a duty run after a lead-in closed by a colon, a unit list opening some duties (`A、B。负责…`, 1124).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { join, keyTask, type Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;!]+$/, '');
// A title that opens with a figure or a word a number may not be glued to keeps its dot.
const gluable = (title: string): boolean => /^[\u4e00-\u9fff“]/.test(title) && !/^[年月日号个项家万亿千百元点时次人名户座所条件台套米亩吨天处]/.test(title);

/** `(一)X(N项)` then `1.…` items, some printed `2…` / `    3…` with no dot; one dotted item a group at least. */
const gluedItems = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const out = [`关于${f.issuer}重点工作任务推进情况的督查通报`, `经督查,下列事项推进较慢,具体如下:`];
  const key: KeyTask[] = [];
  let at = 0;
  for (let g = 1; at < tasks.length; g += 1) {
    const group = tasks.slice(at, at + 2 + rng.int(4));
    at += group.length;
    const unit = group[0]?.leads[0] ?? '';
    out.push(`(${cn(g)})${unit}(${group.length}项)`);
    const dotted = rng.int(group.length);
    const indent = rng.next() < 0.3 ? '    ' : '';
    group.forEach((t, k) => {
      const glued = k !== dotted && gluable(t.title) && rng.next() < 0.6;
      out.push(glued ? `${indent}${k + 1}${drop(t.title)}。` : `${k + 1}.${drop(t.title)}。`);
      key.push(keyTask(t.title, { leads: [unit], participants: [] }));
    });
  }
  return { text: [...out, `${f.issuer}人民政府督查室`].join('\n'), key };
};

/** `二、职责分工` then `X:负责…。` lines, some `X:要…`, one unit a line. */
const shouldLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const sure = rng.int(tasks.length);
  const lines = tasks.map((t, k) => `${t.leads[0] ?? ''}:${k !== sure && rng.next() < 0.4 ? rng.pick(['要', '要切实', '要按照属地管理原则,']) : '负责'}${drop(t.title)}。`);
  return {
    text: [...f.head, `${cn(2 + rng.int(2))}、${rng.pick(['职责分工', '明确职责分工', '部门职责'])}`, ...lines, ...f.foot].join('\n'),
    key: tasks.map((t) => keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [] })),
  };
};

/** `二、职责分工。…各成员单位职责如下:X。负责…。A、B,负责…。`: the run in the section's own paragraph. */
const colonRun = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const stop = rng.pick(['。', ',']);
  const units = (t: PoolTask): string[] => [t.leads[0] ?? '', ...(t.participants.length > 0 && rng.next() < 0.5 ? t.participants.slice(0, 1) : [])];
  const written = tasks.map((t) => ({ t, u: units(t) }));
  const head = `${cn(2 + rng.int(2))}、${rng.pick(['职责分工', '明确职责'])}${rng.pick(['', '。'])}${f.issuer}成立工作领导小组,${rng.pick(['各成员单位职责如下:', '各组成单位及其职责如下:'])}`;
  return {
    text: [...f.head, `${head}${written.map(({ t, u }) => `${join(u)}${stop}负责${drop(t.title)}。`).join('')}`, ...f.foot].join('\n'),
    key: written.map(({ t, u }) => keyTask(t.title, { leads: u.slice(0, 1), participants: u.slice(1) })),
  };
};

/** A news digest: `根据…,今年,X要在6月底…。Y公司9月底建成…。` — each sentence opened by its unit, some dated with no 要. */
const datedDigest = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const sentence = (t: PoolTask, k: number): string => {
    const when = `${1 + rng.int(12)}月${rng.pick(['底', '中旬', '下旬', '底前'])}`;
    const dated = gluable(t.title) && rng.next() < 0.5;
    return `${k === 0 ? rng.pick(['', '根据目标任务要求,今年,', '根据工作安排,']) : ''}${t.leads[0] ?? ''}${dated ? when : rng.pick(['要', `要在${when}`])}${drop(t.title)}。`;
  };
  return {
    text: [`${f.issuer}公布今年重点任务分工`, `${1 + rng.int(12)}月${1 + rng.int(28)}日,${f.issuer}公布今年重点目标任务,明确完成时限和牵头单位。`, tasks.map(sentence).join(''), ...f.foot].join('\n'),
    key: tasks.map((t) => keyTask(t.title, { leads: t.leads.slice(0, 1), participants: [] })),
  };
};

/** `(一)标题。` / `1.整治重点` / `…` / `2.整治措施` / `(1)…` `(2)…` / `牵头单位:X` / `责任单位:A、B`. */
const inParts = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const part = rng.pick([['治理重点', '治理措施'], ['整治重点', '整治措施'], ['工作目标', '工作措施'], ['整治范围', '整治内容']]);
  const measures = ['建立工作台账,逐项明确整改时限。', '开展拉网式排查,做到底数清、情况明。', '加强日常巡查,防止问题反弹。', '落实长效管理机制,定期通报进展。'];
  const body = [`${cn(2)}、${rng.pick(['治理内容', '整治内容', '主要任务'])}`];
  tasks.forEach((t, k) => {
    body.push(`(${cn(k + 1)})${drop(t.title)}。`, `1.${part[0]}`, `${drop(t.title).slice(0, 8)}${rng.pick(['方面的突出问题。', '中群众反映强烈的薄弱环节。'])}`, `2.${part[1]}`);
    const topic = drop(t.title).slice(0, 6 + rng.int(4));
    measures.slice(0, 2 + rng.int(3)).forEach((m, j) => body.push(`(${j + 1})围绕“${topic}”${m}`));
    body.push(`牵头单位:${join(t.leads)}`);
    if (t.participants.length > 0) body.push(`${rng.pick(['责任单位', '配合单位'])}:${join(t.participants)}`);
  });
  return { text: [...f.head, `${cn(1)}、工作目标`, '通过专项整治,突出问题得到有效解决。', ...body, ...f.foot].join('\n'), key: tasks.map((t) => keyTask(t.title, { leads: t.leads, participants: t.participants })) };
};

export const paras52Layouts: Layout[] = [
  { id: 'report-glued-item-numbers', what: '`(一)X(N项)` groups whose items print some numbers glued to the text: `2推进…`, `    3提升…` (heldout49 1141)', make: (rng, t) => gluedItems(rng, t) },
  { id: 'duty-lines-should', what: 'a division of work one unit a line, `X:负责…` and some `Y:要…` (heldout50 1165)', make: (rng, t) => shouldLines(rng, t) },
  { id: 'duty-run-after-colon', what: '`…职责如下:X。负责…。A、B,负责…。` in a section’s own paragraph (heldout48 1124)', make: (rng, t) => colonRun(rng, t) },
  { id: 'digest-dated-sentences', what: 'a news digest paragraph: `根据…,今年,X要在6月底…。Y公司9月底建成…。` (heldout42 1002)', make: (rng, t) => datedDigest(rng, t) },
  { id: 'items-in-parts', what: '`(一)…。` / `1.治理重点` / `2.治理措施` / `(1)…(2)…` / `牵头单位:X` / `责任单位:A、B` (heldout45 1062)', make: (rng, t) => inParts(rng, t) },
];
