// 绩效目标 forms as the seventh held-out batch met them (docs 301–305), written with the whole pool of corpus
// indicators: the form's fields above the block, 一级/二级/三级指标 with the upper levels printed in a group's
// first row only, flattened three ways — `cell |` lines with a lone bar opening each row and padding after it,
// a paragraph per cell with a group cell broken over two paragraphs, and a 绩效自评表's `| a | b |` rows whose
// two-level header runs into the first row, the comparison sign in a column of its own.
import type { Rng } from '../../../bench/rng.js';
import type { KeyIndicator } from '../score.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import { pickIndicators, type IndicatorDoc } from './layouts-indicators.js';

const UPPER = ['产出指标', '效益指标', '满意度指标'];
const LOWER: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

type Row = { upper: string | null; lower: string | null; ind: KeyIndicator };

/** Each indicator with the group cells its row prints (a group's first row only). */
const grouped = (rng: Rng, list: KeyIndicator[]): Row[] => {
  let upper = '';
  let lower = '';
  return list.map((ind, at) => {
    const opens1 = at === 0 || rng.next() < 0.2;
    const opens2 = opens1 || rng.next() < 0.4;
    if (opens1) upper = rng.pick(UPPER.filter((g) => g !== upper));
    const options = (LOWER[upper] ?? []).filter((g) => g !== lower);
    if (opens2 && options.length > 0) lower = rng.pick(options);
    return { upper: opens1 ? upper : null, lower: opens2 ? lower : null, ind };
  });
};

/** The value as a form prints it: the unit glued on where it is not already there. */
const glued = (ind: KeyIndicator): string => {
  const unit = ind.unit && ind.unit !== '—' ? ind.unit : '';
  return unit !== '' && /\d$/.test(ind.target) ? `${ind.target}${unit}` : ind.target;
};

const fields = (rng: Rng): string[][] => [
  ['项目名称', rng.pick(['城区绿化养护', '农村饮水巩固提升', '公共文化服务补助', '基层卫生人员培训'])],
  ['主管部门', rng.pick(['某县农业农村局', '某区文化旅游局', '某市卫生健康委'])],
  ['年度目标', '按期完成项目建设内容,发挥资金使用效益'],
];

// No baseline column: a key told apart by its baseline|target pair is told apart by its name here.
const keyOf = (list: KeyIndicator[]): KeyIndicator[] =>
  list.map((ind) => {
    const match = ind.match?.filter((m) => !m.includes('|'));
    return { ...ind, baseline: '', match: match && match.length > 0 ? match : undefined };
  });

/** `cell |` lines: a lone bar opens each row, padding bars close it, the block's label before the header. */
const barCellLines = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const f = frame(rng);
  const out = ['|', `${rng.pick(['本年度 绩效指标', '年度绩效指标'])} |`, '一级指标 |', '二级指标 |', '三级指标 |', '指标值及单位 |', '绩效标准 |', '|'];
  for (const r of grouped(rng, list)) {
    const own = [...(r.upper ? [r.upper] : []), ...(r.lower ? [r.lower] : []), r.ind.name, glued(r.ind), '计划标准'];
    out.push('|', ...own.map((c) => `${c} |`), '|'.repeat(6 - own.length));
  }
  const head = fields(rng).flatMap(([a, b]) => ['|', `${a} |`, `${b} |`, '||||']);
  return { text: [...f.head.slice(-1), '项目支出绩效目标申报表', ...head, ...out, '|', '财政部门审核意见 |', '|', ...f.foot].join('\n'), key: [], indicators: keyOf(list) };
};

/** A paragraph per cell; a second-level group cell broken in two (`社会效益` / `指标`) now and then. */
const paragraphs = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const f = frame(rng);
  const cells = ['绩效目标申报表', ...fields(rng).flat(), '绩效指标', '一级指标', '二级指标', '三级指标', '指标值'];
  for (const r of grouped(rng, list)) {
    if (r.upper) cells.push(r.upper);
    if (r.lower) cells.push(...(rng.next() < 0.5 ? [r.lower.replace(/指标$/, ''), '指标'] : [r.lower]));
    cells.push(r.ind.name, glued(r.ind));
  }
  cells.push('注:请根据实际情况填报。');
  return { text: [...f.head.slice(-1), cells.join('\n\n'), ...f.foot].join('\n'), key: [], indicators: keyOf(list) };
};

/** A 绩效自评表 in `| a | b |` rows: comparison sign, value and unit in three columns, then what was done. */
const selfEvaluation = (rng: Rng, list: KeyIndicator[]): IndicatorDoc => {
  const f = frame(rng);
  const sign = (t: string): [string, string] => {
    const m = /^(≥|≤|>|<|=)\s*(.*)$/.exec(t);
    return m ? [({ '≥': '≧', '≤': '≦', '=': '═' } as Record<string, string>)[m[1] ?? ''] ?? m[1] ?? '', m[2] ?? ''] : ['', t];
  };
  const rows = grouped(rng, list).map((r, at) => {
    const [s, v] = sign(r.ind.target);
    const unit = r.ind.unit && r.ind.unit !== '—' ? r.ind.unit : '';
    const cells = [...(r.upper ? [r.upper] : []), ...(r.lower ? [r.lower] : []), r.ind.name, s, v, unit, v, '10', String(8 + (at % 3))];
    return cells.filter((c, k) => c !== '' || k > 2);
  });
  const header = '| 年度 总体 目标 | 预期目标 | 实际完成情况 | 按期完成 | 已完成 | 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位';
  const [first, ...rest] = rows;
  const lines = [`${header} | ${(first ?? []).join(' | ')} |`, ...rest.map((r) => `| ${r.join(' | ')} |`)];
  const top = ['2024年度项目支出绩效自评表 | 部门:某县第一中学 |', ...fields(rng).map(([a, b]) => `| ${a} | ${b} |`), '| 年初预算数 | 全年执行数 | 分值 | 得分 |', '| 42.6 | 41.9 | 10 | 10 |'];
  return { text: [...f.head.slice(-1), ...top, ...lines, '| 其他需要说明事项 | 无 | 总分 | 100 | 95 | 优 |', ...f.foot].join('\n'), key: [], indicators: keyOf(list) };
};

const layout = (id: string, what: string, make: (rng: Rng, list: KeyIndicator[]) => IndicatorDoc): Layout & { indicators: true } => ({
  id,
  what,
  indicators: true,
  make: (rng) => make(rng, pickIndicators(rng)),
});

export const learnedIndicatorLayouts2: (Layout & { indicators: true })[] = [
  layout('ind-form-bar-cells', '绩效目标 form, `cell |` lines: a lone bar opens each row, upper levels in a group\'s first row, units glued to values', barCellLines),
  layout('ind-form-paragraphs', '绩效目标 form, a paragraph per cell, a group cell broken over two paragraphs', paragraphs),
  layout('ind-form-self-evaluation', '绩效自评表 `|` rows: header over two rows run into the first row, the sign (≧/═) in its own column', selfEvaluation),
];
