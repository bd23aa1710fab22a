// A division-of-work matrix (分工矩阵, matrix-table.ts) written with the whole pool: the tasks down the side, a
// column per unit across the top, 牵头/配合 words or ●/○ marks in the cells, as `|` rows, tab rows and a real .xlsx.
import ExcelJS from 'exceljs';
import type { Rng } from '../../../bench/rng.js';
import { keyTask, type Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

type Matrix = { header: string[]; rows: string[][]; key: ReturnType<typeof keyTask>[] };

const build = (rng: Rng, pool: PoolTask[], marks: readonly [string, string]): Matrix => {
  // A matrix has a column per unit: tasks whose units fit in a dozen columns, names without 、 of their own.
  const tasks: PoolTask[] = [];
  const units: string[] = [];
  for (const t of pool) {
    const own = [...t.leads, ...t.participants];
    const added = own.filter((u) => !units.includes(u));
    if (own.some((u) => u.includes('、')) || units.length + added.length > 12) continue;
    units.push(...added);
    tasks.push(t);
  }
  const order = [...units].sort(() => rng.next() - 0.5);
  const header = ['序号', rng.pick(['重点任务', '工作任务', '任务名称']), ...order];
  const rows = tasks.map((t, n) => [String(n + 1), t.title, ...order.map((u) => (t.leads.includes(u) ? marks[0] : t.participants.includes(u) ? marks[1] : ''))]);
  // The key lists the units in the columns' order, as the matrix prints them.
  const key = tasks.map((t) => keyTask(t.title, { leads: order.filter((u) => t.leads.includes(u)), participants: order.filter((u) => t.participants.includes(u)) }));
  return { header, rows, key };
};

const MARKS = [['牵头', '配合'], ['●', '○'], ['★', '☆']] as const;

const asText = (cells: (rng: Rng, m: Matrix) => string[]) => (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const m = build(rng, tasks, rng.pick(MARKS));
  return { text: [...f.head, `${f.issuer}重点任务分工表`, ...cells(rng, m), ...f.foot].join('\n'), key: m.key };
};

const xlsx = async (rng: Rng, tasks: PoolTask[]): Promise<Generated> => {
  const m = build(rng, tasks, rng.pick(MARKS));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('分工表');
  sheet.addRow(['重点任务分工表']);
  sheet.addRow(m.header);
  for (const r of m.rows) sheet.addRow(r);
  return { file: { name: '分工表.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) }, key: m.key };
};

export const matrixLayouts: Layout[] = [
  { id: 'matrix-bar-rows', what: '分工矩阵 as `|` rows: a column per unit, 牵头/配合 or ●/○ or ★/☆ in the cells', make: asText((_r, m) => [m.header, ...m.rows].map((r) => `${r.join(' | ')} |`)) },
  { id: 'matrix-tab-rows', what: '分工矩阵 copied from a spreadsheet: tab-separated rows', make: asText((_r, m) => [m.header, ...m.rows].map((r) => r.join('\t'))) },
  { id: 'matrix-xlsx', what: '分工矩阵 in a real .xlsx sheet, a title row above the header', make: xlsx },
];
