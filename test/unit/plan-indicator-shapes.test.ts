// Indicator tables in the shapes real 规划 and 实施方案 print them (issue 15 §7; corpus docs 49, 76-82),
// each in a small made-up table of that shape. One rule per test; the names and figures are invented.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { parseTarget } from '../../shared/plan/target.js';

type Got = [string, string, string, string, string, string | null];
const read = (text: string): Got[] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text, i.attribute]);
const unplaced = (text: string): string[] => parsePlanText(text).unplaced.filter((u) => u.kind === 'unplaced').map((u) => u.reason);

describe('header words', () => {
  it('spaces inside words, an explanation in brackets, a lone 一 as a dash', () => {
    const text = [
      '指  标 |',
      '2020年基期值(作比较的数据) |',
      '2025年目标值(应达到的水平) |',
      '年均增(5年累计) |',
      '园林绿地面积(公顷) |',
      '一 |',
      '>120 |',
      '一 |',
      '绿化覆盖率(%) |',
      '40 |',
      '43 |',
      '[3] |',
    ].join('\n');
    expect(read(text)).toEqual([
      ['', '园林绿地面积', '公顷', '一', '>120', null],
      ['', '绿化覆盖率', '%', '40', '43', null],
    ]);
    expect(parsePlanText(text).indicators?.[0]?.baseline.isNone).toBe(true);
  });

  it('traditional script, and a header cell broken over two lines (2015 / 基期值, 年均增速 / 〔累計〕)', () => {
    const text = ['類別', '指  標', '2015', '基期值', '2020', '目標值', '年均增速', '〔累計〕', '指標屬性', '供給保障', '蔬菜產量(萬噸)', '30', '36', '3.7', '預期性'].join('\n\n');
    // The page is folded to simplified as a whole (shared/plan/script-fold.ts).
    expect(read(text)).toEqual([['供给保障', '蔬菜产量', '万吨', '30', '36', 'expected']]);
  });

  it('a two-level header flattened row by row: 2020年 / 2025年 stand where the spanning 目标值 stood', () => {
    expect(read('指标\n\n目标值\n\n属性\n\n2020年\n\n2025年\n\n公共图书馆藏书(万册)\n\n80\n\n120\n\n预期性')).toEqual([
      ['', '公共图书馆藏书', '万册', '80', '120', 'expected'],
    ]);
    expect(read('指标 | 目标值 | 属性 |\n2020年 | 2025年 |\n公共图书馆藏书(万册) | 80 | 120 | 预期性 |')).toEqual([
      ['', '公共图书馆藏书', '万册', '80', '120', 'expected'],
    ]);
  });

  it('year columns in either order: the earlier year is the baseline', () => {
    expect(read('指标\n2025年\n2020年\n属性\n公交分担率(%)\n65\n58\n预期性')).toEqual([['', '公交分担率', '%', '58', '65', 'expected']]);
  });

  it('预期效果 is the target column, 完成时限 a note, 牵头负责处室 the owner', () => {
    const plan = parsePlanText('指标名称\n预期效果\n完成时限\n牵头负责处室\n新增充电桩数量\n500个\n12月\n规划处');
    expect(plan.indicators?.map((i) => [i.name, i.target.low, i.owner])).toEqual([['新增充电桩数量', 500, '规划处']]);
  });
});

describe('一 cell per line, 类别 rows without a number', () => {
  it('an unnumbered 类别 row is told from a name by where the 属性 cells fall', () => {
    const text = ['指标', '2020年', '2025年', '属性', '经济发展', '地区生产总值(亿元)', '300', '450', '预期性', '税收收入(亿元)', '20', '28', '预期性', '绿色生态', '森林覆盖率(%)', '40', '41', '约束性'].join('\n\n');
    expect(read(text)).toEqual([
      ['经济发展', '地区生产总值', '亿元', '300', '450', 'expected'],
      ['经济发展', '税收收入', '亿元', '20', '28', 'expected'],
      ['绿色生态', '森林覆盖率', '%', '40', '41', 'binding'],
    ]);
  });
});

describe('rows with a 序号 column', () => {
  it('finds rows by their numbers, so a row one cell short does not shift the rows after it', () => {
    const text = [
      '序号 |', '指标名称 |', '目标 |', '指标 属性 |', '牵头单位 |', '备注 |',
      '1 |', '建成口袋公园 |', '20个 |', '约束性 |', '区园林局 |', '|',
      '2 |', '改造老旧小区 |', '15个 |', '预期性 |', '区住建局 |', '|',
      '3 |', '新增停车位 |', '800个 |', '预期性 |', '含公共停车场 |',
      '4 |', '新增学位 |', '2000个 |', '约束性 |', '区教育局 |', '|',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.indicators?.map((i) => [i.name, i.target.low, i.attribute, i.owner])).toEqual([
      ['建成口袋公园', 20, 'binding', '区园林局'],
      ['改造老旧小区', 15, 'expected', '区住建局'],
      ['新增停车位', 800, 'expected', ''],
      ['新增学位', 2000, 'binding', '区教育局'],
    ]);
  });
});

describe('rows with a 类别 column before 序号', () => {
  it('a merged 类别 cell comes before its group\'s first number and is repeated down the group', () => {
    const text = ['类别', '序号', '指标名称', '单位', '2020年', '2025年', '属性', '经济发展', '1', '地区生产总值', '亿元', '300', '450', '预期性', '2', '税收收入', '亿元', '20', '28', '预期性', '民生福祉', '3', '城镇登记失业率', '%', '3.5', '<4', '预期性', '4', '养老床位', '张', '900', '1200', '约束性'].join('\n');
    expect(read(text)).toEqual([
      ['经济发展', '地区生产总值', '亿元', '300', '450', 'expected'],
      ['经济发展', '税收收入', '亿元', '20', '28', 'expected'],
      ['民生福祉', '城镇登记失业率', '%', '3.5', '<4', 'expected'],
      ['民生福祉', '养老床位', '张', '900', '1200', 'binding'],
    ]);
  });

  it('numbering that restarts under each group cell still opens a row, one cell per line', () => {
    const text = [
      '表1 主要指标',
      '类别', '序号', '指标名称', '单位', '2020年', '2025年', '属性',
      '经济发展', '1', '地区生产总值增速', '%', '6.5', '7', '预期性',
      '2', '固定资产投资增速', '%', '8', '10', '预期性',
      '民生保障', '1', '城镇新增就业人数', '万人', '1.2', '1.5', '预期性',
      '2', '基本养老保险参保率', '%', '95', '≥98', '约束性',
      '二、重点任务',
    ].join('\n');
    expect(read(text)).toEqual([
      ['经济发展', '地区生产总值增速', '%', '6.5', '7', 'expected'],
      ['经济发展', '固定资产投资增速', '%', '8', '10', 'expected'],
      ['民生保障', '城镇新增就业人数', '万人', '1.2', '1.5', 'expected'],
      ['民生保障', '基本养老保险参保率', '%', '95', '≥98', 'binding'],
    ]);
  });
});

describe('tables with explicit rows', () => {
  it('a table printed sideways: a row of names, a row of targets, a row of attributes, in blocks', () => {
    const text = [
      '主 要 指 标 |',
      '污水处理率 | 垃圾分类覆盖率 |',
      '2025 年 目 标 值 |',
      '>95% | 90% |',
      '属 性 | 约束性 | 预期性 |',
      '主 要 指 标 |',
      '公园绿地服务半径覆盖率 |',
      '2025 年 目 标 值 |',
      '85% |',
      '属 性 | 预期性 |',
    ].join('\n');
    expect(read(text)).toEqual([
      ['', '污水处理率', '', '', '>95%', 'binding'],
      ['', '垃圾分类覆盖率', '', '', '90%', 'expected'],
      ['', '公园绿地服务半径覆盖率', '', '', '85%', 'expected'],
    ]);
  });

  it('an HTML table pasted as text, a vertically merged 类别 cell repeated down', () => {
    const html =
      '<p>“十四五”水利主要指标</p><table><tr><td>类别</td><td>序号</td><td>指标名称</td><td>2020年</td><td>2025年</td><td>属性</td></tr>' +
      '<tr><td rowspan="2">供水保障</td><td>1</td><td>城乡供水保证率(%)</td><td>92</td><td>95</td><td>约束性</td></tr>' +
      '<tr><td>2</td><td>水库库容(万立方米)</td><td>800</td><td>1200</td><td>预期性</td></tr></table>';
    expect(read(html)).toEqual([
      ['供水保障', '城乡供水保证率', '%', '92', '95', 'binding'],
      ['供水保障', '水库库容', '万立方米', '800', '1200', 'expected'],
    ]);
  });

  it('an HTML table with a two-level header: 目标值 spanning 2020年 and 2025年, 指标 and 属性 merged down', () => {
    const html =
      '<table><tr><td rowspan="2">指标</td><td colspan="2">目标值</td><td rowspan="2">属性</td></tr>' +
      '<tr><td>2020年</td><td>2025年</td></tr>' +
      '<tr><td>人均公园绿地面积(平方米)</td><td>12</td><td>14</td><td>预期性</td></tr></table>';
    expect(read(html)).toEqual([['', '人均公园绿地面积', '平方米', '12', '14', 'expected']]);
  });

  it('leading-bar rows: a merged group cell in front, a 类别 row of one cell, a row one cell short, a 〔n〕 cumulative target', () => {
    const text = [
      '指标',
      '| 2020年',
      '| 2025年',
      '| 〔累计〕',
      '| 属性',
      '|',
      '环境质量',
      '|',
      '1。大气',
      '| 优良天数比率(%)',
      '| 85',
      '| >88',
      '| -',
      '| 约束性',
      '|',
      '重污染天数下降(%)',
      '| -',
      '| -',
      '| 〔20〕',
      '| 预期性',
      '|',
      '降尘量(吨/月·平方公里)',
      '| 6。5',
      '| <6',
      '| 预期性',
      '|',
      '2。噪声',
      '| 功能区夜间达标',
    ].join('\n');
    expect(read(text)).toEqual([
      ['大气', '优良天数比率', '%', '85', '>88', 'binding'],
      ['大气', '重污染天数下降', '%', '-', '〔20〕(累计)', 'expected'],
      ['大气', '降尘量', '吨/月·平方公里', '6。5', '<6', 'expected'],
      ['噪声', '功能区夜间达标', '', '', '', null],
    ]);
    expect(parsePlanText(text).indicators?.[1]?.target.low).toBe(20);
    // The row the page cut off is listed for the office to complete.
    expect(unplaced(text)).toContain('这一行没有目标值');
  });
});

describe('rows written with spaces', () => {
  it('wide gaps split the columns of a PDF page; a cut-off last row is listed, not dropped', () => {
    const text = [
      '        指 标                       2025 年        属 性',
      '',
      '   1.残疾人就业人数(万人)                              >1.2           预期性',
      '',
      '   2.康复服务覆盖率(%)                                  100            约束性',
      '',
      '   3.无障碍改造户',
    ].join('\n');
    expect(read(text).slice(0, 2)).toEqual([
      ['', '残疾人就业人数', '万人', '', '>1.2', 'expected'],
      ['', '康复服务覆盖率', '%', '', '100', 'binding'],
    ]);
    expect(unplaced(text)).toContain('这一行没有目标值');
  });

  it('a header split over two lines, 类别 lines with no figures, a 其中 sub-row', () => {
    const text = ['指 标', '单位 2020年 2025年', '托育服务', '托位数 个 300 900', '其中:普惠托位 个 120 600', '养老服务', '养老床位 张 1500 2000'].join('\n');
    expect(read(text)).toEqual([
      ['托育服务', '托位数', '个', '300', '900', null],
      ['托育服务', '普惠托位', '个', '120', '600', null],
      ['养老服务', '养老床位', '张', '1500', '2000', null],
    ]);
  });
});

describe('rows on one line each', () => {
  it('cells between bars, a 2020年预计 baseline, a 数据来源 column, a short row anchored on its attribute', () => {
    const text = [
      '表1 主要指标',
      '指标 | 2020年预计 | 2025年 | 属性 | 数据来源 |',
      '城镇新增就业(万人) | 1.2 | 1.5 | 预期性 | 县人社局 |',
      '森林覆盖率(%) | 61 | 约束性 | 县林业局 |',
      '',
      '一、总体要求',
    ].join('\n');
    expect(read(text)).toEqual([
      ['', '城镇新增就业', '万人', '1.2', '1.5', 'expected'],
      // One figure where a baseline and a target stand is the target (plan-indicator-learned.test.ts).
      ['', '森林覆盖率', '%', '', '61', 'binding'],
    ]);
  });

  it('a name that wraps onto the next line of a spaced row, and ≥ 97 with a space inside', () => {
    const text = ['指标    2025年    属性', '1.城市生活垃圾无害化', '处理率(%)    ≥ 97    约束性', '2.污水处理率(%)    95    约束性'].join('\n');
    expect(read(text)).toEqual([
      ['', '城市生活垃圾无害化处理率', '%', '', '≥ 97', 'binding'],
      ['', '污水处理率', '%', '', '95', 'binding'],
    ]);
    expect(parsePlanText(text).indicators?.[0]?.target.low).toBe(97);
    // Columns apart by single spaces: `≥ 97` is still one cell.
    expect(read('指标 单位 2020年 2025年\n达标率 % 90 ≥ 97')).toEqual([['', '达标率', '%', '90', '≥97', null]]);
  });
});

describe('values', () => {
  it('年均增长 7%以上 and 15左右 read as figures', () => {
    expect([parseTarget('年均增长7%以上'), parseTarget('15左右')].map((t) => [t.comparator, t.low, t.unit])).toEqual([
      ['>=', 7, '%'],
      ['=', 15, ''],
    ]);
  });
});

describe('forum copy-protection noise', () => {
  it('is taken off a document full of it, and the cells under it are read', () => {
    const noise = [') c9 v0 p! P9 q+ S/ c# \\6 r', ': j# r# j( e) l1 z', '6 H; N" g1 T# x! F', '7 m9 A6 L. m1 k4 X! _', '! C3 ^4 a5 w% S1 Q R6 Z+ \\- l', '8 {# m/ \\1 r; \\) m% t'];
    const text = [
      `主要指标${noise[0]}`,
      `指标${noise[1]}`,
      `${noise[2]} | 2020年`,
      `| 2025年${noise[3]}`,
      `| 属性${noise[4]}`,
      '|',
      `绿道长度(公里)${noise[5]}`,
      `${noise[0]} | 120`,
      `| >200${noise[1]}`,
      `| 预期性${noise[2]}`,
      '|',
    ].join('\n');
    expect(read(text)).toEqual([['', '绿道长度', '公里', '120', '>200', 'expected']]);
  });

  it('leaves ordinary text with a few ASCII letters alone', () => {
    const plan = parsePlanText('1.推进5G基站建设。\n牵头单位:区工信局\n2.建设A级景区。\n牵头单位:区文旅局');
    expect(plan.tasks.map((t) => t.title)).toEqual(['推进5G基站建设', '建设A级景区']);
  });
});

describe('noise beside the document', () => {
  it("a site's news list (a headline ending in its date) is noise, not tasks", () => {
    const plan = parsePlanText('- 春耕备耕有序推进05-01\n- 新建村级服务站04-28\n1.推进高标准农田建设。\n牵头单位:县农业农村局');
    expect(plan.tasks.map((t) => t.title)).toEqual(['推进高标准农田建设']);
    expect(plan.unplaced.filter((u) => u.reason === '网站新闻列表')).toHaveLength(2);
  });
});

describe('the 属性 column under other names', () => {
  const table = (header: string[]): string =>
    ['表1 主要指标', ...header, '地区生产总值', '亿元', '300', '450', '预期性', '森林覆盖率', '%', '60', '≥62', '约束性', '二、主要任务'].join('\n');

  it('指标类型 and 约束/预期 name it; a 类型 column holding only 约束性/预期性 is it', () => {
    const want = [
      ['', '地区生产总值', '亿元', '300', '450', 'expected'],
      ['', '森林覆盖率', '%', '60', '≥62', 'binding'],
    ];
    expect(read(table(['指标内容', '单位', '基期年', '目标年', '指标类型']))).toEqual(want);
    expect(read(table(['评价指标', '单位', '2020年现状', '2025年目标', '约束/预期']))).toEqual(want);
    expect(read(table(['主要指标', '单位', '现状值', '规划值', '类型']))).toEqual(want);
  });
});
