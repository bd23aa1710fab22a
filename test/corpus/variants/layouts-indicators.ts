// Indicator tables (issue 15 list item 7) filled with the corpus keys' indicators: header words with
// spaces inside (`指  标`), year columns and 属性, category rows with numbering restarting in each,
// units inside the name, `cell |` lines and space-separated rows (corpus 16, 49, 60, 76–82), and .xlsx.
import type { Rng } from '../../../bench/rng.js';
import { makeXlsx } from '../../helpers/plan-files.js';
import type { KeyIndicator } from '../score.js';
import type { Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';

export type IndicatorDoc = Generated & { indicators: KeyIndicator[] };
type Options = { unitInName?: boolean; categories?: boolean; seqColumn?: boolean };

const categories = ['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障'];

const cells = (rng: Rng, list: KeyIndicator[], o: Options): { header: string[]; rows: string[][] } => {
  const base = 2015 + 5 * rng.int(2);
  const header = [
    ...(o.seqColumn ? ['序号'] : []),
    rng.pick(['指  标', '指标', '指标名称', '主要指标']),
    ...(o.unitInName ? [] : ['单位']),
    `${base}年`,
    `${base + 5}年`,
    rng.pick(['属性', '指标属性', '属  性']),
  ];
  const rows: string[][] = [];
  let n = 0;
  list.forEach((ind, at) => {
    if (o.categories && (at === 0 || rng.next() < 0.25)) {
      rows.push([`${cn(rows.filter((r) => r.length === 1).length + 1)}、${rng.pick(categories)}`]);
      n = 0;
    }
    n += 1;
    const name = o.unitInName && ind.unit ? `${ind.name}(${ind.unit})` : ind.name;
    rows.push([
      ...(o.seqColumn ? [String(n)] : []),
      o.seqColumn ? name : `${n}.${name}`,
      ...(o.unitInName ? [] : [ind.unit || '—']),
      ind.baseline || '—',
      ind.target,
      ind.attribute || '预期性',
    ]);
  });
  return { header, rows };
};

const textTable =
  (render: (header: string[], rows: string[][]) => string[], o: Options) =>
  (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
    const f = frame(rng);
    const { header, rows } = cells(rng, list, o);
    return { text: [...f.head.slice(-1), '一、发展目标', `到${2025}年,主要指标如下:`, `专栏1 “十四五”主要指标`, ...render(header, rows), '二、重点任务', ...f.foot].join('\n'), key: [], indicators: list };
  };

const flat = (header: string[], rows: string[][]): string[] => [...header, ...rows.flat()];
const barCells = (header: string[], rows: string[][]): string[] => [...header, ...rows.flat()].map((c) => `${c} |`);
const spaced = (header: string[], rows: string[][]): string[] => [header.join('  '), ...rows.map((r) => r.join('  '))];

export const indicatorLayouts: (Layout & { indicators: true })[] = [
  { id: 'ind-flat', what: 'indicator table one cell per line, 单位 column', indicators: true, make: (rng, _t) => textTable(flat, { categories: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-flat-unit-in-name', what: 'one cell per line, unit inside the name, category rows', indicators: true, make: (rng) => textTable(flat, { unitInName: true, categories: true })(rng, pickIndicators(rng)) },
  { id: 'ind-flat-序号', what: 'one cell per line, 序号 column, numbering restarting per category', indicators: true, make: (rng) => textTable(flat, { seqColumn: true, categories: true })(rng, pickIndicators(rng)) },
  { id: 'ind-bar-cells', what: '`cell |` lines', indicators: true, make: (rng) => textTable(barCells, { seqColumn: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-space-rows', what: 'rows with cells separated by spaces', indicators: true, make: (rng) => textTable(spaced, { categories: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  {
    id: 'ind-xlsx',
    what: '.xlsx sheet with a title row',
    indicators: true,
    make: async (rng) => {
      const list = pickIndicators(rng);
      const { header, rows } = cells(rng, list, { seqColumn: true, categories: rng.next() < 0.5 });
      const width = header.length;
      const all = [['“十四五”主要指标', ...Array<string>(width - 1).fill('')], header, ...rows];
      return { file: { name: 'plan.xlsx', bytes: await makeXlsx(all, [`A1:${String.fromCharCode(64 + width)}1`]) }, key: [], indicators: list };
    },
  },
];

let pool: KeyIndicator[] = [];
export const setIndicatorPool = (p: KeyIndicator[]): void => {
  pool = p;
};
const pickIndicators = (rng: Rng): KeyIndicator[] => {
  const left = [...pool];
  const out: KeyIndicator[] = [];
  for (let n = 6 + rng.int(4); n > 0 && left.length > 0; n -= 1) out.push(...left.splice(rng.int(left.length), 1));
  return out;
};
