// Indicator-table shapes the held-out rounds met (docs/import-plan.md, indicator rounds 5–8), written with
// the whole pool of corpus indicators: a header over two rows, a table printed sideways, a whole table run
// into one line, tabs, empty value cells left out, box-drawn rules, names wrapped over two lines, two-row
// headers in real .docx and .xlsx files, and a traditional-script mirror.
import * as OpenCC from 'opencc-js';
import type { Rng } from '../../../bench/rng.js';
import { makeDocx, makeXlsx, type DocxCell } from '../../helpers/plan-files.js';
import type { KeyIndicator } from '../score.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import { pickIndicators, type IndicatorDoc } from './layouts-indicators.js';
import { wordTargetPool } from './pool.js';

type Table = { header: string[]; rows: string[][]; list: KeyIndicator[] };

const baseYear = (rng: Rng): number => 2015 + 5 * rng.int(2);

/** 序号 / 指标 / 单位 / base year / target year / 属性, one row per indicator. */
const plain = (rng: Rng, list: KeyIndicator[]): Table => {
  const y = baseYear(rng);
  const header = ['序号', rng.pick(['指标', '指标名称', '主要指标']), '单位', `${y}年`, `${y + 5}年`, '属性'];
  const rows = list.map((i, n) => [String(n + 1), i.name, i.unit || '—', i.baseline || '—', i.target, i.attribute || '预期性']);
  return { header, rows, list };
};

const inDocument = (rng: Rng, lines: string[], list: KeyIndicator[]): IndicatorDoc => {
  const f = frame(rng);
  return { text: [...f.head.slice(-1), '一、发展目标', '到2025年,主要指标如下:', '表1 主要指标', ...lines, '二、重点任务', ...f.foot].join('\n'), key: [], indicators: list };
};

/** One cell per line under a header over two rows: `指标 / 单位 / 目标值 / 属性` then `2020年 / 2025年`. */
const twoRowHeader = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  const [y0, y1] = [t.header[3] ?? '', t.header[4] ?? ''];
  return inDocument(rng, ['序号', t.header[1] ?? '指标', '单位', rng.pick(['目标值', '指标值', '规划目标']), '属性', y0, y1, ...t.rows.flat()], list);
};

/** Sideways: a row of names, then a row of each column, in blocks of a few indicators (`cell |` lines). */
const sideways = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const lines: string[] = [];
  const year = baseYear(rng) + 5;
  for (let at = 0; at < list.length; at += 3) {
    const block = list.slice(at, at + 3);
    lines.push('主要指标 |', `${block.map((i) => i.name).join(' | ')} |`);
    lines.push(`${year}年目标值 |`, `${block.map((i) => i.target).join(' | ')} |`);
    lines.push(`属性 | ${block.map((i) => i.attribute || '预期性').join(' | ')} |`);
  }
  // Sideways tables print no unit or baseline: the key asks only what the page shows.
  return inDocument(rng, lines, list.map((i) => ({ ...i, unit: '', baseline: '' })));
};

/** The whole table run into one line, cells parted by single spaces (a sharing site's dump). */
const runOn = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list.filter((i) => !/\s/.test(`${i.name}${i.unit}${i.baseline}${i.target}`)));
  return inDocument(rng, [[...t.header, ...t.rows.flat()].join(' ')], t.list);
};

const tabs = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  return inDocument(rng, [t.header, ...t.rows].map((r) => r.join('\t')), list);
};

/** One cell per line, an empty baseline simply missing (the page printed nothing for it). */
const emptyBaselines = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const blanks = list.map((_, n) => n % 3 === 1);
  const t = plain(rng, list);
  const lines = [...t.header, ...t.rows.flatMap((r, n) => (blanks[n] ? r.filter((_, i) => i !== 3) : r))];
  return inDocument(rng, lines, list.map((i, n) => (blanks[n] ? { ...i, baseline: '' } : i)));
};

/** Box-drawn rules between rows (law databases, old Word text exports). */
const boxed = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  const row = (cells: string[]): string => `│${cells.join('│')}│`;
  const rule = (l: string, m: string, r: string): string => `${l}${t.header.map(() => '────').join(m)}${r}`;
  const lines = [rule('┌', '┬', '┐'), row(t.header), ...t.rows.flatMap((r) => [rule('├', '┼', '┤'), row(r)]), rule('└', '┴', '┘')];
  return inDocument(rng, lines, list);
};

/** One cell per line with 序号, a long name broken over two lines where the page's column was narrow. */
const wrappedNames = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  const lines = [...t.header];
  for (const r of t.rows) {
    const name = r[1] ?? '';
    const cut = name.length >= 10 && !/[((]/.test(name) ? Math.floor(name.length / 2) : 0;
    lines.push(r[0] ?? '', ...(cut > 0 ? [name.slice(0, cut), name.slice(cut)] : [name]), ...r.slice(2));
  }
  return inDocument(rng, lines, list);
};

/** A .docx table whose header is two rows: 目标值 spans the two year columns, the other cells merged down. */
const docxTwoRows = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  const down = (text: string): DocxCell => ({ text, vMerge: 'restart' });
  const table: DocxCell[][] = [
    [down('序号'), down(t.header[1] ?? '指标'), down('单位'), { text: rng.pick(['指标值', '目标值']), span: 2 }, down('属性')],
    [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, t.header[3] ?? '', t.header[4] ?? '', { text: '', vMerge: 'continue' }],
    ...t.rows,
  ];
  const f = frame(rng);
  return { file: { name: 'plan.docx', bytes: makeDocx([...f.head.slice(-1), '一、发展目标', '表1 主要指标', table, '二、重点任务', ...f.foot]) }, key: [], indicators: list };
};

/** The same two-row header in an .xlsx sheet, merged cells as Excel stores them. */
const xlsxTwoRows = async (rng: Rng, list: KeyIndicator[]): Promise<IndicatorDoc> => {
  const t = plain(rng, list);
  const rows = [['“十四五”主要指标', '', '', '', '', ''], ['序号', t.header[1] ?? '指标', '单位', '目标值', '', '属性'], ['', '', '', t.header[3] ?? '', t.header[4] ?? '', ''], ...t.rows];
  return { file: { name: 'plan.xlsx', bytes: await makeXlsx(rows, ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3']) }, key: [], indicators: list };
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditional = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const t = plain(rng, list);
  const doc = inDocument(rng, [...t.header, ...t.rows.flat()], list);
  return { ...doc, text: toTraditional(doc.text ?? '') };
};

/** A few indicators whose target is a word mixed among the figures, one cell per line or `|` rows. */
const wordTargets =
  (bars: boolean) =>
  (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
    const words = wordTargetPool();
    const mixed = [...list];
    for (let k = 0; k < 3 && words.length > 0; k += 1) mixed.splice(rng.int(mixed.length + 1), 0, ...words.splice(rng.int(words.length), 1));
    const t = plain(rng, mixed);
    return inDocument(rng, bars ? [t.header, ...t.rows].map((r) => `| ${r.join(' | ')} |`) : [...t.header, ...t.rows.flat()], mixed);
  };

const layout = (id: string, what: string, make: (rng: Rng, list: KeyIndicator[]) => IndicatorDoc | Promise<IndicatorDoc>): Layout & { indicators: true } => ({
  id,
  what,
  indicators: true,
  make: (rng) => make(rng, pickIndicators(rng)),
});

export const learnedIndicatorLayouts: (Layout & { indicators: true })[] = [
  layout('ind-learned-two-row-header', 'one cell per line, 目标值 over 2020年/2025年 in a second header row', twoRowHeader),
  layout('ind-learned-sideways', 'printed sideways in blocks: 主要指标 | names, 目标值 | values, 属性 | …', sideways),
  layout('ind-learned-run-on', 'the whole table on one line, cells parted by spaces', runOn),
  layout('ind-learned-tabs', 'tab-separated rows pasted into a .txt', tabs),
  layout('ind-learned-empty-baseline', 'one cell per line, an empty baseline cell left out', emptyBaselines),
  layout('ind-learned-box', 'box-drawn rules between rows', boxed),
  layout('ind-learned-wrapped-names', 'one cell per line, a long name over two lines', wrappedNames),
  layout('ind-learned-docx-two-rows', '.docx table, header over two rows (目标值 spanning the years, others merged down)', docxTwoRows),
  layout('ind-learned-xlsx-two-rows', '.xlsx sheet, header over two rows with merged cells', xlsxTwoRows),
  layout('ind-learned-word-targets', 'one cell per line, some targets words (建立, 持续减缓) among the figures', wordTargets(false)),
  layout('ind-learned-word-targets-bars', '`|` rows, some targets words among the figures', wordTargets(true)),
  layout('ind-learned-traditional', 'a 繁體 mirror of a one-cell-per-line table (OpenCC tw)', traditional),
];
