// Layouts of the numbered body (issue 15 list items 1, 2, 5, 6, 8): labels on their own lines, phrasings,
// inline brackets, sub-items under one responsibility line, the document's own rules, page noise.
import type { Rng } from '../../../bench/rng.js';
import { bare, bodyDocument, coLeads, join, keyTask, leadOnly, stated, type Generated, type Item, type ItemWriter } from './body.js';
import { frame, numbered } from './frame.js';
import type { PoolTask } from './pool.js';

export type Layout = { id: string; what: string; make: (rng: Rng, tasks: PoolTask[]) => Generated | Promise<Generated> };

const colon = (rng: Rng): string => (rng.next() < 0.5 ? ':' : ':');
const drop = (title: string): string => title.replace(/[。;;]$/, '');

/** Labels on their own lines after each item, repeated for every item (corpus 01, 02, 52, 63, 65). */
const labelLines =
  (lead: string, part: string, spaced = false): ItemWriter =>
  (rng, task, title) => {
    const l = spaced ? [...lead].join(' ') : lead;
    const p = spaced ? [...part].join(' ') : part;
    const lines = [title, `${l}${colon(rng)}${join(task.leads)}`];
    if (task.participants.length > 0) lines.push(`${p}${colon(rng)}${join(task.participants)}`);
    return { lines, units: task.participants.length > 0 ? stated(task) : leadOnly(task) };
  };

/** One bare label (`责任部门:A、B`): the first unit leads by inference, the rest take part. */
const bareLine =
  (label: string): ItemWriter =>
  (rng, task, title) => ({ lines: [title, `${label}${colon(rng)}${join([...task.leads, ...task.participants])}`], units: bare(task) });

/**
 * A wording after the item's text: in a closing bracket (corpus 07, 13; State Council style, e.g. the
 * 渭南 2022 要点 page https://newton.com.tw/wiki/…/61994341: `(市政府办公室…牵头,市级各有关部门…按职责分工负责)`),
 * on a `部门分工:` line of its own (corpus 64), or as a bare sentence after the text or on the next line
 * (the shapes main's unlabelled-clause reader was written for, test/unit/plan-unlabelled-clauses.test.ts).
 */
const phrase =
  (say: (t: PoolTask) => string, units: (t: PoolTask) => Item['units']): ItemWriter =>
  (rng, task, title) => {
    const u = units(task);
    const pick = rng.int(4);
    if (pick === 0) return { lines: [`${drop(title)}${rng.pick(['(', '('])}${say(task)}${rng.pick([')', ')'])}${title.endsWith('。') ? '。' : ''}`], units: u };
    if (pick === 1) return { lines: [title, `${rng.pick(['部门分工', '责任分工'])}${colon(rng)}${say(task)}。`], units: u };
    if (pick === 2) return { lines: [`${title}${say(task)}。`], units: u };
    return { lines: [title, `${say(task)}。`], units: u };
  };

const withPart = (t: PoolTask, verb: string): string => (t.participants.length > 0 ? `,${join(t.participants)}${verb}` : '');
const comments = ['此项工作纳入年度绩效考核。', '各单位要明确专人负责,按月报送进展情况。', '确保按时保质完成。'];

const inline =
  (open: string, close: string, body: (t: PoolTask) => string, units: (t: PoolTask) => Item['units']): ItemWriter =>
  (_rng, task, title) => ({ lines: [`${drop(title)}${open}${body(task)}${close}${title.endsWith('。') ? '。' : ''}`], units: units(task) });

const bracketed = (t: PoolTask): string => (t.participants.length > 0 ? `牵头单位:${join(t.leads)};责任单位:${join(t.participants)}` : `牵头单位:${join(t.leads)}`);

export const bodyLayouts: Layout[] = [
  { id: 'labels-牵头/责任', what: '牵头单位:/责任单位: lines after each item', make: (rng, t) => bodyDocument(rng, t, labelLines('牵头单位', '责任单位')) },
  { id: 'labels-牵头责任/协同责任', what: '牵头责任单位:/协同责任单位:', make: (rng, t) => bodyDocument(rng, t, labelLines('牵头责任单位', '协同责任单位')) },
  { id: 'labels-牵头责任/配合责任', what: '牵头责任单位:/配合责任单位:', make: (rng, t) => bodyDocument(rng, t, labelLines('牵头责任单位', '配合责任单位')) },
  { id: 'labels-主办/协办', what: '主办单位:/协办单位:', make: (rng, t) => bodyDocument(rng, t, labelLines(rng.pick(['主办单位', '主办']), rng.pick(['协办单位', '协办']))) },
  { id: 'labels-spaced', what: '牵 头 单 位:/配 合 单 位:', make: (rng, t) => bodyDocument(rng, t, labelLines('牵头单位', rng.pick(['配合单位', '责任单位']), true)) },
  { id: 'labels-责任部门', what: 'one bare 责任部门:/落实单位: line', make: (rng, t) => bodyDocument(rng, t, bareLine(rng.pick(['责任部门', '落实单位', '责任单位']))) },
  { id: 'phrase-X牵头,A配合', what: 'X牵头,A、B配合', make: (rng, t) => bodyDocument(rng, t, phrase((x) => `${join(x.leads)}牵头${withPart(x, '配合')}`, stated)) },
  {
    id: 'phrase-(X牵头,…相关部门配合)',
    what: '(X牵头,A、B、区级相关部门配合)',
    make: (rng, t) =>
      bodyDocument(
        rng,
        t,
        inline('(', ')', (x) => `${join(x.leads)}牵头,${join([...x.participants, '区级相关部门'])}配合`, (x) => ({ leads: x.leads, participants: [...x.participants, '区级相关部门'] })),
      ),
  },
  { id: 'phrase-由X会同Y负责', what: '由X会同Y负责 (X and Y both lead: issue 15 lists it with the co-leads)', make: (rng, t) => bodyDocument(rng, t.filter((x) => x.participants.length > 0), phrase((x) => `由${join(x.leads)}会同${join(x.participants)}负责`, coLeads)) },
  { id: 'phrase-按职责分工负责', what: 'A、B按职责分工负责', make: (rng, t) => bodyDocument(rng, t, phrase((x) => `${join(coLeads(x).leads)}按职责分工负责`, coLeads)) },
  { id: 'phrase-X牵头落实', what: 'X牵头落实', make: (rng, t) => bodyDocument(rng, t, phrase((x) => `${join(x.leads)}牵头落实`, leadOnly)) },
  {
    id: 'phrase-,牵头部门:X。comment',
    what: 'trailing ,牵头部门:X。 and a comment sentence',
    make: (rng, t) => bodyDocument(rng, t, (r, x, title) => ({ lines: [`${drop(title)},牵头部门${colon(r)}${join(x.leads)}。${r.pick(comments)}`], units: leadOnly(x) })),
  },
  { id: 'phrase-分别牵头落实', what: '(A、B、C分别牵头落实)', make: (rng, t) => bodyDocument(rng, t, phrase((x) => `${join(coLeads(x).leads)}分别牵头落实`, coLeads)) },
  {
    id: 'inline-carry-note',
    what: 'the first bracket carries 以下均需各县市区落实,不再逐一列出 (the unit joins every task, as key 07 reads its note)',
    make: (rng, t) => {
      const carried = (u: Item['units']): Item['units'] => ({ leads: u.leads, participants: [...u.participants, '各县市区'] });
      const units = (x: PoolTask): Item['units'] => carried(x.participants.length > 0 ? stated(x) : leadOnly(x));
      const plain = inline('(', ')', bracketed, units);
      return bodyDocument(rng, t, (r, x, title, at) => (at === 0 ? inline('(', ')', (y) => `${bracketed(y)};以下均需各县市区落实,不再逐一列出`, units)(r, x, title, at) : plain(r, x, title, at)));
    },
  },
  { id: 'inline-(牵头单位:X;责任单位:A)', what: '(牵头单位:X;责任单位:A、B) at the end', make: (rng, t) => bodyDocument(rng, t, inline(rng.pick(['(', '(']), rng.pick([')', ')']), bracketed, (x) => (x.participants.length > 0 ? stated(x) : leadOnly(x)))) },
  { id: 'inline-〔按职责分工负责〕', what: '〔X、Y按职责分工负责〕', make: (rng, t) => bodyDocument(rng, t, inline('〔', '〕', (x) => `${join(coLeads(x).leads)}按职责分工负责`, coLeads)) },
  { id: 'inline-[责任单位:X]', what: '[责任单位:X、Y]', make: (rng, t) => bodyDocument(rng, t, inline(rng.pick(['[', '【']), rng.pick([']', '】']), (x) => `责任单位:${join([...x.leads, ...x.participants])}`, bare)) },
  {
    id: 'inline-unclosed',
    what: 'the last bracket cut off by the page',
    make: (rng, t) => {
      const w = inline('(', ')', bracketed, (x) => (x.participants.length > 0 ? stated(x) : leadOnly(x)));
      return bodyDocument(rng, t, w, { cutLast: (r, x, title) => ({ lines: [`${drop(title)}(${bracketed(x)}`], units: w(r, x, title, 0).units }) });
    },
  },
  {
    id: 'rule-第一责任单位为牵头单位',
    what: 'the notice: 第一责任单位为牵头单位,下同; (责任单位:A、B)',
    make: (rng, t) => bodyDocument(rng, t, inline('(', ')', (x) => `责任单位:${join([...x.leads, ...x.participants])}`, bare), { rule: '各项任务中,第一责任单位为牵头单位,下同。' }),
  },
  {
    id: 'rule-无牵头单位的',
    what: 'the notice: 无牵头单位的,责任单位即为牵头单位',
    make: (rng, t) => bodyDocument(rng, t, inline('(', ')', (x) => `责任单位:${join([...x.leads, ...x.participants])}`, coLeads), { rule: '无牵头单位的,责任单位即为牵头单位。' }),
  },
  {
    id: 'subitems-(1)-(4)',
    what: 'sub-items (1)–(4) followed by one responsibility line',
    make: (rng, tasks) => {
      const f = frame(rng);
      const lines = [...f.head, '一、重点任务'];
      const key = [];
      for (let n = 0; n * 5 + 4 < tasks.length; n += 1) {
        const [parent, ...subs] = tasks.slice(n * 5, n * 5 + 5) as [PoolTask, ...PoolTask[]];
        lines.push(`${numbered(rng, '1.', n + 1)}${parent.title}`);
        subs.forEach((s, i) => {
          lines.push(`${numbered(rng, '(1)', i + 1)}${drop(s.title)}${i === subs.length - 1 ? '。' : ';'}`);
        });
        lines.push(`牵头单位${colon(rng)}${join(parent.leads)}`);
        if (parent.participants.length > 0) lines.push(`责任单位${colon(rng)}${join(parent.participants)}`);
        for (const s of subs) key.push(keyTask(s.title, parent.participants.length > 0 ? stated(parent) : leadOnly(parent)));
      }
      return { text: [...lines, ...f.foot].join('\n'), key };
    },
  },
  { id: 'noise-labels', what: '牵头单位:/责任单位: lines with rules, page numbers, site headers between', make: (rng, t) => bodyDocument(rng, t, labelLines('牵头单位', '责任单位'), { noise: true }) },
  { id: 'noise-inline', what: '(牵头单位:X;责任单位:A) with page noise between', make: (rng, t) => bodyDocument(rng, t, inline('(', ')', bracketed, (x) => (x.participants.length > 0 ? stated(x) : leadOnly(x))), { noise: true }) },
  // `一是…(X牵头)。二是…` in one paragraph is not written: no page in the corpus or the search store showed it.
];
