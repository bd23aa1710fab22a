// Indicator tables (issue 15 list item 7) filled with the corpus keys' indicators: header words with
// spaces inside (`指  标`), year columns and 属性, category rows with numbering restarting in each,
// units inside the name, `cell |` lines and space-separated rows (corpus 16, 49, 60, 76–82), and .xlsx.
import type { Rng } from '../../../bench/rng.js';
import { makeDocx, makeXlsx, type DocxCell } from '../../helpers/plan-files.js';
import type { KeyIndicator } from '../score.js';
import type { Generated } from './body.js';
import { cn, frame } from './frame.js';
import type { Layout } from './layouts-body.js';

export type IndicatorDoc = Generated & { indicators: KeyIndicator[] };
type Options = {
  unitInName?: boolean;
  categories?: boolean;
  seqColumn?: boolean;
  /** A 类别 column whose cell is printed on the first row of each group only (a merged cell). */
  categoryColumn?: boolean;
  /** Header words other than year columns: 基期值/目标值, 现状值/规划值, “十三五”末/“十四五”末, 基线值/2025年规划. */
  wordyYears?: boolean;
  /**
   * The same table written another way: other header words (具体指标, 现状值/规划目标, 指标性质, 性质), the
   * 单位 column after the values, 属性 written 约束/预期 or [约束性], and a 备注 column at the end.
   */
  rewritten?: boolean;
};

const categories = ['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障'];

const cells = (rng: Rng, list: KeyIndicator[], o: Options): { header: string[]; rows: string[][] } => {
  const base = 2015 + 5 * rng.int(2);
  const years = o.wordyYears
    ? rng.pick([
        ['基期值', '目标值'],
        ['现状值', '规划值'],
        ['“十三五”末', '“十四五”末'],
        [`${base}年基期值`, `${base + 5}年目标值`],
        ['基线值', `${base + 5}年规划`],
        ['现有基础', `${base + 5}年预期`],
      ])
    : [`${base}年`, `${base + 5}年`];
  if (o.rewritten) return rewrittenCells(rng, list);
  const header = [
    ...(o.categoryColumn ? [rng.pick(['类别', '领域', '类 别', '维度', '方面'])] : []),
    ...(o.seqColumn ? ['序号'] : []),
    rng.pick(['指  标', '指标', '指标名称', '主要指标']),
    ...(o.unitInName ? [] : ['单位']),
    ...years,
    rng.pick(['属性', '指标属性', '属  性']),
  ];
  const rows: string[][] = [];
  let n = 0;
  let group = '';
  list.forEach((ind, at) => {
    if (o.categoryColumn) {
      const opens = at === 0 || rng.next() < 0.3;
      if (opens) group = rng.pick(categories.filter((c) => c !== group));
      n = opens ? 0 : n;
      n += 1;
      const name = o.unitInName && ind.unit ? `${ind.name}(${ind.unit})` : ind.name;
      rows.push([opens ? group : '', ...(o.seqColumn ? [String(n)] : []), name, ...(o.unitInName ? [] : [ind.unit || '—']), ind.baseline || '—', ind.target, ind.attribute || '预期性']);
      return;
    }
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

/** The `rewritten` table: one draw of header words, column order and cell spellings for the whole table. */
const rewrittenCells = (rng: Rng, list: KeyIndicator[]): { header: string[]; rows: string[][] } => {
  const years = rng.pick([
    ['基期值', '目标值'],
    ['现状值', '规划目标'],
    ['“十三五”末', '“十四五”末'],
    ['2020年', '2025年'],
    ['现状', '2025年目标'],
  ]);
  const unitAfter = rng.next() < 0.5;
  const remark = rng.next() < 0.5;
  const attr = rng.pick([(a: string) => a, (a: string) => a.replace(/性$/, ''), (a: string) => `[${a}]`]);
  // Values with their unit glued on (95%, ≥90%, 3.5万人), as tables print them when the unit column is dropped.
  const glue = rng.next() < 0.5;
  const glued = (value: string, unit: string): string => (glue && /\d$/.test(value) && unit && unit !== '—' ? `${value}${unit}` : value);
  const header = [rng.pick(['指标名称', '主要指标', '具体指标', '指  标']), ...(unitAfter ? [] : ['单位']), ...years, ...(unitAfter ? ['单位'] : []), rng.pick(['属性', '指标属性', '指标性质', '性质']), ...(remark ? ['备注'] : [])];
  const rows = list.map((ind, at) => {
    const unit = ind.unit || '—';
    return [`${at + 1}.${ind.name}`, ...(unitAfter ? [] : [unit]), glued(ind.baseline || '—', unit), glued(ind.target, unit), ...(unitAfter ? [unit] : []), attr(ind.attribute || '预期性'), ...(remark ? [rng.pick(['—', '年均', '累计'])] : [])];
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
const barRows = (header: string[], rows: string[][]): string[] => [header, ...rows].map((r) => `| ${r.join(' | ')} |`);
/** One cell per line, the merged 类别 cell simply missing from the rows under its first. */
const flatMerged = (header: string[], rows: string[][]): string[] => [...header, ...rows.flatMap((r) => (r[0] === '' ? r.slice(1) : r))];

/**
 * A department's 绩效目标表 as a page prints it (held-out 261): `a | b | c |` rows under 一级指标 | 二级指标 |
 * 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注, the upper levels printed on a group's first
 * row only and missing from the rows under it, an empty unit cell missing too, rows padded with empty cells.
 */
const performanceForm = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const f = frame(rng);
  const header = ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准', '备注'];
  const upper = ['产出指标', '效益指标', '满意度指标'];
  const lower = ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '可持续影响指标'];
  let g1 = '';
  let g2 = '';
  const rows = list.map((ind, at) => {
    const opens1 = at === 0 || rng.next() < 0.25;
    const opens2 = opens1 || rng.next() < 0.5;
    if (opens1) g1 = rng.pick(upper.filter((g) => g !== g1));
    if (opens2) g2 = rng.pick(lower.filter((g) => g !== g2));
    const unit = ind.unit && ind.unit !== '—' ? [ind.unit] : [];
    const own = [...(opens1 ? [g1] : []), ...(opens2 ? [g2] : []), ind.name, rng.pick(['定量', '定性']), ind.target, ...unit, `该指标反映${ind.name}的完成情况`, '未达指标值酌情扣分'];
    return `${[...own, ...Array<string>(header.length - own.length).fill('')].join(' | ')} |`;
  });
  const title = `某单位${2023 + rng.int(3)}年度整体绩效目标表 | ${'|'.repeat(header.length - 1)}`;
  // No baseline column: a key told apart by its baseline|target pair is told apart by its name here.
  const key = list.map((ind) => {
    const match = ind.match?.filter((m) => !m.includes('|'));
    return { ...ind, baseline: '', match: match && match.length > 0 ? match : undefined };
  });
  return { text: [...f.head.slice(-1), title, `${header.join(' | ')} |`, ...rows, ...f.foot].join('\n'), key: [], indicators: key };
};

export const indicatorLayouts: (Layout & { indicators: true })[] = [
  { id: 'ind-flat', what: 'indicator table one cell per line, 单位 column', indicators: true, make: (rng, _t) => textTable(flat, { categories: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-flat-unit-in-name', what: 'one cell per line, unit inside the name, category rows', indicators: true, make: (rng) => textTable(flat, { unitInName: true, categories: true })(rng, pickIndicators(rng)) },
  { id: 'ind-flat-序号', what: 'one cell per line, 序号 column, numbering restarting per category', indicators: true, make: (rng) => textTable(flat, { seqColumn: true, categories: true })(rng, pickIndicators(rng)) },
  { id: 'ind-bar-cells', what: '`cell |` lines', indicators: true, make: (rng) => textTable(barCells, { seqColumn: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-space-rows', what: 'rows with cells separated by spaces', indicators: true, make: (rng) => textTable(spaced, { categories: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-bar-rows', what: '`| a | b | c |` rows, 序号 column', indicators: true, make: (rng) => textTable(barRows, { seqColumn: true, categories: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-category-column', what: '`|` rows, a 类别 column filled on the first row of each group', indicators: true, make: (rng) => textTable(barRows, { categoryColumn: true, seqColumn: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-flat-category-merged', what: 'one cell per line, 类别 column, its merged cell missing from later rows', indicators: true, make: (rng) => textTable(flatMerged, { categoryColumn: true, seqColumn: true })(rng, pickIndicators(rng)) },
  { id: 'ind-rewritten', what: 'other header words (具体指标, 现状值/规划目标, 指标性质), 单位 after the values, units glued to values, 属性 as 约束/[约束性], a 备注 column', indicators: true, make: (rng) => textTable(rng.next() < 0.5 ? flat : barRows, { rewritten: true })(rng, pickIndicators(rng)) },
  { id: 'ind-header-words', what: '基期值/目标值, 现状值/规划值, “十三五”末/“十四五”末, 基线值/2025年规划, 现有基础/2025年预期 instead of years', indicators: true, make: (rng) => textTable(rng.next() < 0.5 ? flat : barRows, { wordyYears: true, seqColumn: rng.next() < 0.5 })(rng, pickIndicators(rng)) },
  { id: 'ind-performance-form', what: '绩效目标表 `|` rows: 一级/二级/三级指标, *指标值, 指标值类型, upper levels and empty units missing, rows padded', indicators: true, make: (rng) => performanceForm(rng, pickIndicators(rng)) },
  {
    id: 'ind-docx',
    what: '.docx table, 类别 column merged down, year columns',
    indicators: true,
    make: (rng) => {
      const list = pickIndicators(rng);
      const { header, rows } = cells(rng, list, { categoryColumn: true, seqColumn: true, unitInName: rng.next() < 0.5 });
      const table: DocxCell[][] = [header, ...rows.map((r, at) => r.map((c, i): DocxCell => (i === 0 ? { text: c, vMerge: c !== '' || at === 0 ? 'restart' : 'continue' } : c)))];
      const f = frame(rng);
      return { file: { name: 'plan.docx', bytes: makeDocx([...f.head.slice(-1), '一、发展目标', '表1 主要指标', table, '二、重点任务', ...f.foot]) }, key: [], indicators: list };
    },
  },
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
/** 6–9 indicators drawn from the pool, or from the part of it a layout can write (`fits`). */
export const pickIndicators = (rng: Rng, fits?: (k: KeyIndicator) => boolean): KeyIndicator[] => {
  const left = fits ? pool.filter(fits) : [...pool];
  const out: KeyIndicator[] = [];
  for (let n = 6 + rng.int(4); n > 0 && left.length > 0; n -= 1) out.push(...left.splice(rng.int(left.length), 1));
  return out;
};
