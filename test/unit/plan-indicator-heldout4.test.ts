// Indicator tables in the shapes of the fourth held-out batch (issue 15 §7, documents 181+): a law
// database's repost with a bar in front of every cell and no row marks, a header whose 指标 spans the row
// numbers, group rows carrying their own 权重; and an action plan's table one cell per paragraph with two
// dated target columns, a 领域 group printed over several cells, notes between the rows and rows short of
// the cells a merge or a blank dropped. Made-up examples in those shapes.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitGluedUnits } from '../../shared/plan/unit-names.js';

type Read = [string, string, string, string, string, string | null, string];
const read = (text: string): Read[] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.baseline.text, i.target.text, i.attribute, i.owner]);

// `指 标` spans the number and the name; `2020年` / `目 标` is one header cell over two lines; a lone `|`
// is an empty cell and `| | 3` an empty 责任部门 cell and then row 3; group rows carry a weight.
const BAR_LED = [
  '附表2',
  '某市“十三五”就业增收考核指标',
  '指 标',
  '| 权重',
  '| 单位',
  '| 2020年',
  '目 标',
  '| 责任部门',
  '| 一、收入指标(2项)',
  '| 40',
  '|',
  '|',
  '| | 1',
  '| 城镇常住居民人均可支配收入',
  '| 20',
  '| 元',
  '| 52000',
  '| | 2',
  '| 农村常住居民人均可支配收入',
  '| 20',
  '| 元',
  '| 26000',
  '| 市农业农村局',
  '| 二、就业指标(2项)',
  '| 60',
  '|',
  '|',
  '| | 3',
  '| 城镇新增就业人数*',
  '| 3',
  '| 万人',
  '| 12',
  '| 市人社局',
  '| 4',
  '| 农村劳动力转移就业人数',
  '| 5',
  '| %',
  '| 8',
  '| 市人社局',
  '|',
  '第 [1] [2] 页 共[3]页',
].join('\n');

describe('bar-led cells with no row marks', () => {
  it('reads one cell per bar, numbers the rows although the header has no 序号, and keeps group rows out', () => {
    expect(read(BAR_LED)).toEqual([
      ['收入指标(2项)', '城镇常住居民人均可支配收入', '元', '', '52000', null, ''],
      ['收入指标(2项)', '农村常住居民人均可支配收入', '元', '', '26000', null, '市农业农村局'],
      ['就业指标(2项)', '城镇新增就业人数*', '万人', '', '12', null, '市人社局'],
      ['就业指标(2项)', '农村劳动力转移就业人数', '%', '', '8', null, '市人社局'],
    ]);
  });

  it('takes every line of the table along, the wrapped header line too', () => {
    const plan = parsePlanText(BAR_LED);
    expect(plan.tasks).toEqual([]);
    expect(plan.unplaced.filter((u) => u.text.includes('目 标') || u.text.includes('|'))).toEqual([]);
  });
});

// 领域 / 序号 / 指标 / 基期水平 / 2025年目标值 / 2035年目标值 / 指标性质, one cell per paragraph: a 领域 printed
// as `(一)` / its name / a sub-group before row 1, a `说明:` note after a row, 倡导性 rows with no values, a
// `实现` printed once for both target columns, a row with no baseline cell.
const ACTION_PLAN = [
  '一、总体要求',
  '',
  '到2035年,全民健身公共服务体系更加完善。',
  '',
  '二、主要指标',
  '',
  '某省全民健身行动主要指标',
  '',
  '领域',
  '',
  '序号',
  '',
  '指标',
  '',
  '基期水平',
  '',
  '2025年目标值',
  '',
  '2035年目标值',
  '',
  '指标性质',
  '',
  '(一)',
  '',
  '全民健身普及',
  '',
  '结果性指标',
  '',
  '1',
  '',
  '经常参加体育锻炼人数比例(%)',
  '',
  '37.2',
  '',
  '≥40',
  '',
  '≥45',
  '',
  '预期性',
  '',
  '说明:经常参加体育锻炼是指每周参加体育锻炼3次及以上、每次30分钟及以上。',
  '',
  '个人倡导性指标',
  '',
  '2',
  '',
  '每天进行中等强度运动30分钟',
  '',
  '倡导性',
  '',
  '政府工作指标',
  '',
  '3',
  '',
  '建立全民健身赛事活动品牌体系',
  '',
  '实现',
  '',
  '约束性',
  '',
  '4',
  '',
  '乡镇健身广场覆盖率(%)',
  '',
  '90',
  '',
  '100',
  '',
  '预期性',
].join('\n');

describe('a 序号 table one cell per paragraph with two dated target columns', () => {
  it('takes the later target column, the group printed over several cells, and the short rows', () => {
    expect(read(ACTION_PLAN)).toEqual([
      ['全民健身普及 / 结果性指标', '经常参加体育锻炼人数比例', '%', '37.2', '≥45', 'expected', ''],
      ['个人倡导性指标', '每天进行中等强度运动30分钟', '', '', '', 'advocated', ''],
      ['政府工作指标', '建立全民健身赛事活动品牌体系', '', '', '实现', 'binding', ''],
      ['政府工作指标', '乡镇健身广场覆盖率', '%', '90', '100', 'expected', ''],
    ]);
  });

  it('does not take the numbered heading that names the table for a task', () => {
    const plan = parsePlanText(ACTION_PLAN);
    expect(plan.tasks).toEqual([]);
    expect((plan.sections ?? []).map((s) => s.title)).not.toContain('主要指标');
  });
});

describe('unit groups run together', () => {
  it('cuts 各地各部门 into its two groups', () => {
    expect(splitGluedUnits('各地各部门', new Set())).toEqual(['各地', '各部门']);
    expect(splitGluedUnits('市教育局', new Set())).toEqual(['市教育局']);
  });
});

// A document library's text of a table with no row numbers: caption, header and rows run over a few
// lines broken anywhere (inside `6.` / `35`, after `>`), wide spaces lost to `?`, the 类别 words between
// the rows, a `[18]` five-year figure, numbered notes after `注:`.
const RUN_ON = [
  '附件1 某市2025年主要发展目标 类别 指? 标2020年2025年 经济? 发展 人均地区生产总值(万元) 6.',
  '',
  '35 9.10 出口额(亿美元) 210.5',
  '',
  '400 三次产业结构 6.1:45.2:48.7 5.0:42.0:53.0 资源? 环境 单位地区生产总值能耗降低(%) ― [18] 森林覆盖率(%) 58.2 >',
  '',
  '60 社会? 事业 城镇调查失业率(%) 4.5 <5.5 注:',
  '1、地区生产总值按2020年价格计算.',
  '2、[ ]内为累计数.',
].join('\n');

describe('a table run into a few lines with no row numbers', () => {
  it('reads name and figures after name and figures, the words between them as the 类别', () => {
    expect(read(RUN_ON).map(([c, n, u, b, t]) => [c, n, u, b, t])).toEqual([
      ['经济发展', '人均地区生产总值', '万元', '6.35', '9.10'],
      ['经济发展', '出口额', '亿美元', '210.5', '400'],
      ['经济发展', '三次产业结构', '', '6.1:45.2:48.7', '5.0:42.0:53.0'],
      ['资源环境', '单位地区生产总值能耗降低', '%', '―', '[18](累计)'],
      ['资源环境', '森林覆盖率', '%', '58.2', '>60'],
      ['社会事业', '城镇调查失业率', '%', '4.5', '<5.5'],
    ]);
  });

  it('keeps the numbered notes after 注: out of the tasks', () => {
    expect(parsePlanText(RUN_ON).tasks).toEqual([]);
  });
});

describe('a table run into a few lines, with a 属性 column', () => {
  it('takes the 属性 word after each row\'s figures', () => {
    const text = [
      '附件1 某县主要发展目标 类别 指? 标 2020年 2025年 属性 经济? 发展 地区生产总值(亿元) 300',
      '',
      '500 预期性 人均地区生产总值(万元) 6.1 8.0 预期性 资源? 环境 森林覆盖率(%) 60 62 约束性',
    ].join('\n');
    expect(read(text).map(([c, n, , b, t, a]) => [c, n, b, t, a])).toEqual([
      ['经济发展', '地区生产总值', '300', '500', 'expected'],
      ['经济发展', '人均地区生产总值', '6.1', '8.0', 'expected'],
      ['资源环境', '森林覆盖率', '60', '62', 'binding'],
    ]);
  });
});

describe('a caption that is a header word', () => {
  it('reads `主要指标` above `序号 / 指标 / …` as the caption, also with the header repeated after a page break', () => {
    const text = ['主要指标', '序号', '指标', '单位', '2025年', '属性', '1', '地区生产总值', '亿元', '500', '预期性', '2', '森林覆盖率', '%', '62', '约束性', '- 5 -', '序号', '指标', '单位', '2025年', '属性', '3', '城镇化率', '%', '60', '预期性'].join('\n');
    expect(read(text).map(([, n, u, , t]) => [n, u, t])).toEqual([
      ['地区生产总值', '亿元', '500'],
      ['森林覆盖率', '%', '62'],
      ['城镇化率', '%', '60'],
    ]);
  });
});

describe('numbered group rows in a table with no 类别 column', () => {
  it('reads `1. 网络规模` before a name as the group, and Mbps as a unit', () => {
    const text = ['某市网络发展时间表', '指标 |', '单位 |', '2020 年 |', '2025 年 |', '1. 网络规模 |', '千兆用户 |', '万户 |', '12 |', '40 |', '2. 网络能力 |', '城市接入能力 |', 'Mbps |', '100 |', '1000 |', '农村接入能力 |', 'Mbps |', '50 |', '500 |'].join('\n');
    expect(read(text).map(([c, n, u, b, t]) => [c, n, u, b, t])).toEqual([
      ['网络规模', '千兆用户', '万户', '12', '40'],
      ['网络能力', '城市接入能力', 'Mbps', '100', '1000'],
      ['网络能力', '农村接入能力', 'Mbps', '50', '500'],
    ]);
  });
});
