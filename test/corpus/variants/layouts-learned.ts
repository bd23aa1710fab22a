// Layouts the held-out rounds taught (docs/import-plan.md, "Since the … held-out batch"): each was met on one
// or two real pages and given a rule. Written here with the whole pool of corpus tasks, a rule that only
// held for the page it came from shows up as a low figure (issue 15: the importer must learn layouts, not
// documents).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, bodyDocument, join, keyTask, leadOnly, stated, type Generated, type ItemWriter, type Units } from './body.js';
import { cn, frame, numbered } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const colon = (rng: Rng): string => (rng.next() < 0.5 ? ':' : ':');
const drop = (title: string): string => title.replace(/[。;;]$/, '');
const unitsOf = (t: PoolTask): Units => (t.participants.length > 0 ? stated(t) : leadOnly(t));

/** A sentence after the item (on its own line or run on), saying who leads and who helps in its own words. */
const sentence =
  (say: (t: PoolTask) => string, units: (t: PoolTask) => Units = unitsOf): ItemWriter =>
  (rng, task, title) => (rng.next() < 0.5 ? { lines: [title, `${say(task)}。`], units: units(task) } : { lines: [`${title}${say(task)}。`], units: units(task) });

const labelPair =
  (lead: string, part: string): ItemWriter =>
  (rng, task, title) => {
    const lines = [title, `${lead}${colon(rng)}${join(task.leads)}`];
    if (task.participants.length > 0) lines.push(`${part}${colon(rng)}${join(task.participants)}`);
    return { lines, units: unitsOf(task) };
  };

/** `牵头单位:` alone on its line and the units on the next (a PDF's table cell, or a form's field). */
const labelApart: ItemWriter = (rng, task, title) => {
  const lines = [title, `牵头单位${colon(rng)}`, join(task.leads)];
  if (task.participants.length > 0) lines.push(`配合单位${colon(rng)}`, join(task.participants));
  return { lines, units: unitsOf(task) };
};

/** `…。【牵头单位】X【配合单位】Y` on the item's own line. */
const lenticular: ItemWriter = (_rng, task, title) => ({
  lines: [`${title}【牵头单位】${join(task.leads)}${task.participants.length > 0 ? `【配合单位】${join(task.participants)}` : ''}`],
  units: unitsOf(task),
});

/** A list in a closing bracket with the lead marked inside it: `(A、X(牵头)、B)` or `(A、X*、B)`. */
const markedList =
  (mark: string): ItemWriter =>
  (rng, task, title) => {
    const others = [...task.participants];
    const at = rng.int(others.length + 1);
    const names = [...others.slice(0, at), ...task.leads.map((l) => `${l}${mark}`), ...others.slice(at)];
    return { lines: [`${drop(title)}(${join(names)})。`], units: unitsOf(task) };
  };

/** Units with their own role marks and no label, as the item's last line: `X(牵头单位)、A(配合单位)`. */
const roleMarks: ItemWriter = (_rng, task, title) => ({
  lines: [title, join([...task.leads.map((l) => `${l}(牵头单位)`), ...task.participants.map((p) => `${p}(配合单位)`)])],
  units: unitsOf(task),
});

/**
 * Group headings that carry the assignment for the items under them, which name none of their own:
 * `一、X牵头的重点工作(3项)` (lead only) or `一、推动经济发展(牵头单位:X;配合单位:Y)`.
 */
const headedGroups =
  (heading: (rng: Rng, n: number, owner: PoolTask) => string, units: (owner: PoolTask) => Units) =>
  (rng: Rng, tasks: PoolTask[]): Generated => {
    const f = frame(rng);
    const lines = [...f.head];
    const key: KeyTask[] = [];
    const style = rng.pick(['1.', '(一)'] as const);
    for (let g = 0; g * 3 < tasks.length; g += 1) {
      const group = tasks.slice(g * 3, g * 3 + 3);
      const owner = group[0];
      if (!owner) break;
      lines.push(heading(rng, g + 1, owner));
      group.forEach((t, i) => {
        lines.push(`${numbered(rng, style, g * 3 + i + 1)}${t.title}`);
        key.push(keyTask(t.title, units(owner)));
      });
    }
    return { text: [...lines, ...f.foot].join('\n'), key };
  };

const sections = ['推动经济高质量发展', '持续改善民生福祉', '深化重点领域改革', '提升城市治理水平'];

/** The whole page on one line, items glued after the bracket that closes the one before (a sharing site's dump). */
const runOn = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const key: KeyTask[] = [];
  let text = '';
  tasks.forEach((t, n) => {
    text += `${n + 1}.${drop(t.title)}(${join([...t.leads, ...t.participants])})`;
    key.push(keyTask(t.title, bare(t)));
  });
  return { text: [...f.head, text, ...f.foot].join('\n'), key };
};

/** A one-cell-per-line table whose task cells are whole numbered paragraphs, with group rows between. */
const longCells = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head, `${f.issuer}重点任务清单`, '重点任务', '牵头单位', '配合单位'];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    if (n % 4 === 0) lines.push(`${cn(n / 4 + 1)}、${rng.pick(sections)}`);
    const body = `${n + 1}.${drop(t.title)},${rng.pick(['加快推进项目建设,完善工作机制,确保各项措施落地见效', '强化要素保障和政策支持,形成一批可复制可推广的经验做法', '建立健全工作台账,定期调度推进,按季度报送工作进展'])}。`;
    lines.push(body, join(t.leads));
    if (t.participants.length > 0) lines.push(join(t.participants));
    key.push(keyTask(body.replace(/^\d+\./, ''), unitsOf(t)));
  });
  return { text: [...lines, ...f.foot].join('\n'), key };
};

/** Rows as a spreadsheet or a browser copies them into a .txt: cells separated by tabs. */
const tabRows = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head, `${f.issuer}重点工作任务分解表`, ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].join('\t')];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    lines.push([String(n + 1), t.title, join(t.leads), join(t.participants), rng.pick(['2024年底', '长期', '6月底前'])].join('\t'));
    key.push(keyTask(t.title, unitsOf(t)));
  });
  return { text: [...lines, ...f.foot].join('\n'), key };
};

/** Each cell on its own line with its bar on the next (`类别` / `|` / `序号` / `|`), as one page flattened it. */
const barLines = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const cells = ['序号', '主要任务', '牵头单位', '配合单位'];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    cells.push(String(n + 1), t.title, join(t.leads), join(t.participants));
    key.push(keyTask(t.title, unitsOf(t)));
  });
  return { text: [...f.head, `${f.issuer}任务分解表`, ...cells.flatMap((c) => [c, '|']), ...f.foot].join('\n'), key };
};

/**
 * `(一)heading` on its line, then one paragraph: an optional opening sentence and `一是…(X牵头,A配合);二是…`,
 * the count starting again in each paragraph, as documents write it.
 */
const shiParagraphs = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const lines = [...f.head];
  const key: KeyTask[] = [];
  let at = 0;
  for (let g = 1; at < tasks.length; g += 1) {
    const group = tasks.slice(at, at + 2 + rng.int(3));
    at += group.length;
    lines.push(`(${cn(g)})${rng.pick(sections)}`);
    let paragraph = rng.next() < 0.5 ? rng.pick(['围绕年度目标,重点抓好以下工作:', '为确保任务落地见效,重点做好以下工作。']) : '';
    group.forEach((t, i) => {
      paragraph += `${cn(i + 1)}是${drop(t.title)}(${join(t.leads)}牵头${t.participants.length > 0 ? `,${join(t.participants)}配合` : ''})${i === group.length - 1 ? '。' : rng.pick(['。', ';'])}`;
      key.push(keyTask(t.title, unitsOf(t)));
    });
    lines.push(paragraph);
  }
  return { text: [...lines, ...f.foot].join('\n'), key };
};

export const learnedLayouts: Layout[] = [
  { id: 'learned-X为牵头单位', what: 'X为牵头单位,A、B为配合单位 (heldout2)', make: (rng, t) => bodyDocument(rng, t, sentence((x) => `${join(x.leads)}为牵头单位${x.participants.length > 0 ? `,${join(x.participants)}为配合单位` : ''}`)) },
  {
    id: 'learned-由X负责,A配合',
    what: '由X负责,A、B配合 (heldout2)',
    make: (rng, t) =>
      // `由A、B负责` with no helper named is a bare list (the first leads, inferred), as the corpus keys read it.
      bodyDocument(rng, t, sentence((x) => `由${join(x.leads)}负责${x.participants.length > 0 ? `,${join(x.participants)}配合` : ''}`, (x) => (x.participants.length > 0 ? stated(x) : bare(x)))),
  },
  { id: 'learned-X牵头,A参加', what: 'X牵头,A、B参加/协作 (heldout3)', make: (rng, t) => bodyDocument(rng, t, sentence((x) => `${join(x.leads)}牵头${x.participants.length > 0 ? `,${join(x.participants)}${rng.pick(['参加', '协作'])}` : ''}`)) },
  { id: 'learned-牵头:/配合:', what: 'short labels 牵头:/配合: (heldout2)', make: (rng, t) => bodyDocument(rng, t, labelPair('牵头', '配合')) },
  { id: 'learned-主要/其他责任单位', what: '主要责任单位:/其他责任单位: (heldout2)', make: (rng, t) => bodyDocument(rng, t, labelPair('主要责任单位', '其他责任单位')) },
  { id: 'learned-label-apart', what: '牵头单位: alone, its units on the next line (heldout3)', make: (rng, t) => bodyDocument(rng, t, labelApart) },
  { id: 'learned-【牵头单位】', what: '…。【牵头单位】X【配合单位】Y on the item line', make: (rng, t) => bodyDocument(rng, t, lenticular) },
  { id: 'learned-X(牵头)', what: '(A、X(牵头)、B): the lead marked inside a bracketed list (heldout2)', make: (rng, t) => bodyDocument(rng, t, markedList('(牵头)')) },
  { id: 'learned-X*', what: '(A、X*、B) with the notice 加*号为牵头部门 (heldout4)', make: (rng, t) => bodyDocument(rng, t, markedList('*'), { rule: '(加*号为牵头部门)' }) },
  { id: 'learned-role-marks', what: 'X(牵头单位)、A(配合单位) as the item’s last line', make: (rng, t) => bodyDocument(rng, t, roleMarks) },
  {
    id: 'learned-heading-X牵头',
    what: '一、X牵头的重点工作(3项) over items naming no unit (heldout2 111–112)',
    make: (rng, t) => headedGroups((r, n, o) => `${cn(n)}、${join(o.leads)}牵头${r.pick(['的重点工作', '工作'])}(3项)`, leadOnly)(rng, t),
  },
  {
    id: 'learned-heading-bracket',
    what: '一、section(牵头单位:X;配合单位:Y) over items naming no unit (heldout3)',
    make: (rng, t) =>
      headedGroups((r, n, o) => `${cn(n)}、${r.pick(sections)}(牵头单位:${join(o.leads)}${o.participants.length > 0 ? `;配合单位:${join(o.participants)}` : ''})`, unitsOf)(rng, t),
  },
  { id: 'learned-run-on', what: 'the page on one line: 1.…(A、B)2.…(C) (heldout3)', make: (rng, t) => runOn(rng, t) },
  { id: 'learned-一是…(X牵头)', what: '一是…(X牵头,A配合);二是… inside a paragraph (heldout4)', make: (rng, t) => shiParagraphs(rng, t) },
  { id: 'learned-flat-long-cells', what: 'one cell per line, task cells whole numbered paragraphs, group rows (heldout5)', make: (rng, t) => longCells(rng, t) },
  { id: 'learned-tab-rows', what: 'tab-separated rows pasted into a .txt', make: (rng, t) => tabRows(rng, t) },
  { id: 'learned-bar-lines', what: 'each cell, then its bar on a line of its own (heldout4)', make: (rng, t) => barLines(rng, t) },
];
