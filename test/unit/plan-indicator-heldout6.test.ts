// Indicator tables in the shapes of the sixth held-out batch (issue 15 §7, documents 261+): a department's
// 绩效目标表 pasted as `a | b | c |` rows — header words a form marks as required (`*指标值`), a 指标值类型
// column of 定量/定性 and a 评(扣)分标准 column, 一级/二级/三级指标 with the upper levels merged down, rows
// padded with empty cells at the end. Made-up examples in those shapes.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { indicatorRoles } from '../../shared/plan/indicator-roles.js';
import { fitShortRow } from '../../shared/plan/indicator-fit-row.js';

type Read = [string, string, string, string];
const read = (text: string): Read[] => (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.target.text]);

describe('header words of a 绩效目标表', () => {
  it('reads a header whose required cells carry a star, with 指标值类型 and 评(扣)分标准 as notes', () => {
    expect(indicatorRoles(['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准', '备注'])).toEqual([
      'category',
      'category',
      'name',
      'note',
      'target',
      'unit',
      'note',
      'note',
      'note',
    ]);
  });
});

describe('header words a plan may use for the same columns', () => {
  it('reads 维度/方面 and 目标层/准则层 as groups, 指标层 as the name', () => {
    expect(indicatorRoles(['维度', '指标', '单位', '2020年', '2025年', '属性'])?.[0]).toBe('category');
    expect(indicatorRoles(['方面', '指标名称', '现状值', '目标值'])?.[0]).toBe('category');
    expect(indicatorRoles(['目标层', '准则层', '指标层', '单位', '现状值', '目标值'])).toEqual(['category', 'category', 'name', 'unit', 'baseline', 'target']);
  });

  it('reads 基线值, 现有基础 and 基年 as the baseline, a dated 预期/规划 column as a year, 数值 and 期末值 as the target', () => {
    expect(indicatorRoles(['领域', '指标名称', '单位', '基线值', '2025年规划', '指标属性'])).toEqual(['category', 'name', 'unit', 'baseline', 'target', 'attribute']);
    expect(indicatorRoles(['指标', '现有基础', '2025年预期'])).toEqual(['name', 'baseline', 'target']);
    // 2035年远景 past the plan period's end is the outlook, kept as a note.
    expect(indicatorRoles(['指标', '单位', '2020年', '2025年预期', '2035年远景', '属性'])).toEqual(['name', 'unit', 'baseline', 'target', 'note', 'attribute']);
    expect(indicatorRoles(['指标', '单位', '数值'])).toEqual(['name', 'unit', 'target']);
    expect(indicatorRoles(['指标', '基年', '期末值'])).toEqual(['name', 'baseline', 'target']);
  });

  it('keeps a cumulative column (2021—2025年累计, 五年累计) as a note', () => {
    expect(indicatorRoles(['指标', '2020年', '2025年', '2021—2025年累计', '属性'])).toEqual(['name', 'baseline', 'target', 'note', 'attribute']);
    expect(indicatorRoles(['指标', '2020年', '2025年', '五年累计'])).toEqual(['name', 'baseline', 'target', 'note']);
  });

  it('reads such a table as a person does', () => {
    const TEXT = ['专栏1 某县“十四五”主要指标', '维度  指标  单位  基线值  2025年规划  属性', '经济发展  地区生产总值  亿元  320  450  预期性', '民生福祉  城镇调查失业率  %  4.8  <5.5  预期性'].join('\n');
    expect(read(TEXT)).toEqual([
      ['经济发展', '地区生产总值', '亿元', '450'],
      ['民生福祉', '城镇调查失业率', '%', '<5.5'],
    ]);
  });
});

describe('rows whose merged and empty cells the page dropped', () => {
  const TEXT = [
    '某县文化馆2024年度整体绩效目标表 | |||||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |',
    '产出指标 | 数量指标 | 公益讲座场次 | 定量 | 24 | 场 | 该指标考察全年举办公益讲座的场次 | 未完成酌情扣分 | |',
    '质量指标 | 讲座满员率 | 定量 | 90 | % | 该指标考察每场讲座的到场人数 | 未完成酌情扣分 | ||',
    '时效指标 | 活动安排 | 定量 | 按季安排 | 该指标考察活动安排是否及时 | 未完成酌情扣分 | |||',
    '效益指标 | 社会效益指标 | 群众文化需求 | 定性 | 基本满足 | % | 该指标考察群众文化需求满足程度 | 未完成酌情扣分 | |',
  ].join('\n');

  it('puts each cell under the column its kind fits, the merged 一级指标 carried down', () => {
    // Since the seventh batch the form's own group words say which level a lone group cell is (质量指标 is a
    // second level): the 一级指标 merged down from the row above is carried, not left empty.
    expect(read(TEXT)).toEqual([
      ['产出指标 / 数量指标', '公益讲座场次', '场', '24'],
      ['产出指标 / 质量指标', '讲座满员率', '%', '90'],
      ['产出指标 / 时效指标', '活动安排', '', '按季安排'],
      ['效益指标 / 社会效益指标', '群众文化需求', '%', '基本满足'],
    ]);
  });

  it('leaves a short row that reads well from the left as it is', () => {
    // A template row with no figures (名称 | 单位, the value cells empty): nothing is misplaced from the left.
    expect(fitShortRow(['人口规模', '万人'], ['name', 'unit', 'baseline', 'target'], [])).toBeNull();
    // A figure where the unit column stands, a unit where the value stands: placed anew.
    expect(fitShortRow(['讲座满员率', '90', '%'], ['category', 'name', 'target', 'unit'], [])).toEqual(['', '讲座满员率', '90', '%']);
  });
});

describe('a name cell merged over sub-rows named only 总量 and 比重', () => {
  // One cell per line under 类别 | 指标 | 单位 | 2020年 | 2025年: `研发投入` over `总量` and `比重` rows.
  const TEXT = [
    '某市科技创新主要指标',
    '类别', '指标', '单位', '2020年', '2025年',
    '创新投入', '科技人员数', '万人', '3.2', '4.5',
    '研发投入', '总量', '亿元', '120', '200',
    '比重', '%', '2.1', '2.8',
    '高新技术企业数', '家', '800', '1500',
    '二、重点任务',
  ].join('\n');

  it('names the rows after the cell (研发投入总量, 研发投入比重) and keeps the 类别 above them', () => {
    expect(read(TEXT)).toEqual([
      ['创新投入', '科技人员数', '万人', '4.5'],
      ['创新投入', '研发投入总量', '亿元', '200'],
      ['创新投入', '研发投入比重', '%', '2.8'],
      ['创新投入', '高新技术企业数', '家', '1500'],
    ]);
  });
});

describe('units at the end of a glued row', () => {
  // A table copied as one run of text: `序号.名称单位权重目标值` with nothing between the cells.
  const TEXT =
    '某县发展水平监测指标体系监测指标单位权重目标值一、经济发展1.人均地区生产总值元4.0≥600002.城乡居民收入比以农为11.5≤2.23.单位地区生产总值能耗吨标准煤/万元3.0≤0.54.工业用水重复利用率%2.0≥90';

  it('takes a ratio\'s base (以农为1) and a unit per unit (吨标准煤/万元) as the unit, not as part of the name', () => {
    expect(read(TEXT)).toEqual([
      ['经济发展', '人均地区生产总值', '元', '≥60000'],
      ['经济发展', '城乡居民收入比', '以农为1', '≤2.2'],
      ['经济发展', '单位地区生产总值能耗', '吨标准煤/万元', '≤0.5'],
      ['经济发展', '工业用水重复利用率', '%', '≥90'],
    ]);
  });
});

describe('a cumulative target printed with its sign', () => {
  it('reads 〔-13.5〕 in a year column as the five-year figure, sign kept', () => {
    const TEXT = ['专栏1 某市主要指标', '| 指标 | 2020年 | 2025年 | 属性 |', '| 单位生产总值能耗降低(%) | — | 〔-13.5〕 | 约束性 |', '| 森林覆盖率(%) | 40 | 42 | 约束性 |'].join('\n');
    const energy = (parsePlanText(TEXT).indicators ?? [])[0];
    expect(energy?.name).toBe('单位生产总值能耗降低');
    expect(energy?.target.low).toBe(-13.5);
    expect(energy?.target.text).toContain('累计');
  });
});
