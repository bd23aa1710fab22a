// Shapes real pages combine with the ones above: units parted by commas instead of 、, two labels on one
// line, a leader's and a deadline's field among the labels, a lead cell merged down in a real .docx or .xlsx,
// and a flattened table whose header the PDF printed again after a page break.
import type { Rng } from '../../../bench/rng.js';
import { makeDocx, makeXlsx, type DocxCell } from '../../helpers/plan-files.js';
import type { KeyTask } from '../score.js';
import { bodyDocument, keyTask, leadOnly, stated, type Generated, type ItemWriter, type Units } from './body.js';
import { deadline, frame, person } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const colon = (rng: Rng): string => (rng.next() < 0.5 ? ':' : ':');
const unitsOf = (t: PoolTask): Units => (t.participants.length > 0 ? stated(t) : leadOnly(t));
/** Units parted by full-width commas (a list some pages print instead of 、). */
const commas = (units: string[]): string => units.join(',');

const commaLabels: ItemWriter = (rng, task, title) => {
  const lines = [title, `牵头单位${colon(rng)}${commas(task.leads)}`];
  if (task.participants.length > 0) lines.push(`配合单位${colon(rng)}${commas(task.participants)}`);
  return { lines, units: unitsOf(task) };
};

/** `牵头单位:X  配合单位:Y` on one line, the labels parted by spaces (a form's row copied as text). */
const oneLine: ItemWriter = (rng, task, title) => ({
  lines: [title, `牵头单位${colon(rng)}${task.leads.join('、')}${task.participants.length > 0 ? `${rng.pick(['  ', '   ', '\u3000'])}配合单位${colon(rng)}${task.participants.join('、')}` : ''}`],
  units: unitsOf(task),
});

/** 责任领导 and 完成时限 fields among the labels. */
const withFields: ItemWriter = (rng, task, title) => {
  const lines = [title, `责任领导${colon(rng)}${person(rng)}`, `牵头单位${colon(rng)}${task.leads.join('、')}`];
  if (task.participants.length > 0) lines.push(`配合单位${colon(rng)}${task.participants.join('、')}`);
  lines.push(`完成时限${colon(rng)}${deadline(rng)}`);
  return { lines, units: unitsOf(task) };
};

/** Groups of three tasks sharing the first one's lead: the lead cell merged down over the group. */
const groups = (tasks: PoolTask[]): { task: PoolTask; lead: string[]; first: boolean }[] =>
  tasks.map((task, n) => {
    const lead = tasks[n - (n % 3)]?.leads ?? task.leads;
    return { task, lead, first: n % 3 === 0 };
  });

const keyOf = (g: { task: PoolTask; lead: string[] }): KeyTask => keyTask(g.task.title, { leads: g.lead, participants: g.task.participants.filter((p) => !g.lead.includes(p)) });

const docxMergedLead = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const gs = groups(tasks);
  const rows: DocxCell[][] = [['序号', '重点任务', '牵头单位', '配合单位', '完成时限']];
  gs.forEach((g, n) => {
    rows.push([String(n + 1), g.task.title, { text: g.first ? g.lead.join('、') : '', vMerge: g.first ? 'restart' : 'continue' }, g.task.participants.filter((p) => !g.lead.includes(p)).join('、'), deadline(rng)]);
  });
  return { file: { name: 'plan.docx', bytes: makeDocx([...f.head, `${f.issuer}重点工作任务分解表`, rows, ...f.foot]) }, key: gs.map(keyOf) };
};

const xlsxMergedLead = async (rng: Rng, tasks: PoolTask[]): Promise<Generated> => {
  const f = frame(rng);
  const gs = groups(tasks);
  const rows: string[][] = [[`${f.issuer}重点工作任务分解表`, '', '', '', ''], ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']];
  const merges = ['A1:E1'];
  gs.forEach((g, n) => {
    rows.push([String(n + 1), g.task.title, g.first ? g.lead.join('、') : '', g.task.participants.filter((p) => !g.lead.includes(p)).join('、'), deadline(rng)]);
    const at = rows.length;
    const last = Math.min(at + 2, 2 + gs.length);
    if (g.first && last > at) merges.push(`C${at}:C${last}`);
  });
  return { file: { name: 'plan.xlsx', bytes: await makeXlsx(rows, merges) }, key: gs.map(keyOf) };
};

/** One cell per line, the header printed again after a page break with the page's number. */
const repeatedHeader = (rng: Rng, tasks: PoolTask[], bars: boolean): Generated => {
  const f = frame(rng);
  const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
  const out: string[] = [...header];
  const key: KeyTask[] = [];
  tasks.forEach((t, n) => {
    if (n > 0 && n % 4 === 0) out.push(`- ${n / 4 + 1} -`, ...header);
    out.push(String(n + 1), t.title, t.leads.join('、'));
    if (t.participants.length > 0) out.push(t.participants.join('、'));
    out.push(deadline(rng));
    key.push(keyTask(t.title, unitsOf(t)));
  });
  const lines = bars ? out.map((c) => (/^- \d+ -$/.test(c) ? c : `${c} |`)) : out;
  return { text: [...f.head, `${f.issuer}重点工作任务分解表`, ...lines, ...f.foot].join('\n'), key };
};

const progressTexts = [
  '已完成年度目标的60%,区住建局正在组织验收。',
  '截至9月底,完成投资1.2亿元,占年度计划的75%。',
  '项目已开工,县财政局已拨付资金500万元,预计年底前完工。',
  '已召开专题会议3次,形成初步方案,正报区政府审定。',
  '受疫情影响,进度滞后,下步将加快推进。',
];

/**
 * A 进展通报 table: 序号 | 重点工作 | 责任单位 | 责任领导 | 进展情况, the progress cell a sentence that may
 * name a unit or a person and carry dates and amounts; one cell per line or `|` rows.
 */
const progressTable = (rng: Rng, tasks: PoolTask[], bars: boolean): Generated => {
  const f = frame(rng);
  const header = ['序号', '重点工作', '责任单位', '责任领导', '进展情况'];
  const rows = tasks.map((t, n) => [String(n + 1), t.title, [...t.leads, ...t.participants].join('、'), person(rng), rng.pick(progressTexts)]);
  const lines = bars ? [header, ...rows].map((r) => `${r.join(' | ')} |`) : [...header, ...rows.flat()];
  const key = tasks.map((t) => keyTask(t.title, { leads: [...t.leads, ...t.participants].slice(0, 1), participants: [...t.leads, ...t.participants].slice(1) }));
  return { text: [...f.head, `${f.issuer}重点工作推进情况通报`, ...lines, ...f.foot].join('\n'), key };
};

export const learnedLayouts3: Layout[] = [
  { id: 'mixed-progress-flat', what: '进展通报 one cell per line: 重点工作 | 责任单位 | 责任领导 | 进展情况', make: (rng, t) => progressTable(rng, t, false) },
  { id: 'mixed-progress-bar-rows', what: '进展通报 `|` rows: 重点工作 | 责任单位 | 责任领导 | 进展情况', make: (rng, t) => progressTable(rng, t, true) },
  { id: 'mixed-comma-units', what: '牵头单位:/配合单位: lines, units parted by ,', make: (rng, t) => bodyDocument(rng, t, commaLabels) },
  { id: 'mixed-labels-one-line', what: '牵头单位:X  配合单位:Y on one line', make: (rng, t) => bodyDocument(rng, t, oneLine) },
  { id: 'mixed-leader-deadline', what: '责任领导:/牵头单位:/配合单位:/完成时限: lines', make: (rng, t) => bodyDocument(rng, t, withFields) },
  { id: 'mixed-docx-merged-lead', what: '.docx table, the 牵头单位 cell merged down over groups of three', make: (rng, t) => docxMergedLead(rng, t) },
  { id: 'mixed-xlsx-merged-lead', what: '.xlsx sheet, the 牵头单位 cell merged down over groups of three', make: (rng, t) => xlsxMergedLead(rng, t) },
  { id: 'mixed-flat-repeated-header', what: 'one cell per line, the header again after each page break', make: (rng, t) => repeatedHeader(rng, t, false) },
  { id: 'mixed-bar-cells-repeated-header', what: '`cell |` lines, the header again after each page break', make: (rng, t) => repeatedHeader(rng, t, true) },
];
