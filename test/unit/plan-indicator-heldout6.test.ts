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

describe('rows whose merged and empty cells the page dropped', () => {
  const TEXT = [
    '某县文化馆2024年度整体绩效目标表 | |||||||',
    '一级指标 | 二级指标 | 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 |',
    '产出指标 | 数量指标 | 公益讲座场次 | 定量 | 24 | 场 | 该指标考察全年举办公益讲座的场次 | 未完成酌情扣分 | |',
    '质量指标 | 讲座满员率 | 定量 | 90 | % | 该指标考察每场讲座的到场人数 | 未完成酌情扣分 | ||',
    '时效指标 | 活动安排 | 定量 | 按季安排 | 该指标考察活动安排是否及时 | 未完成酌情扣分 | |||',
    '效益指标 | 社会效益指标 | 群众文化需求 | 定性 | 基本满足 | % | 该指标考察群众文化需求满足程度 | 未完成酌情扣分 | |',
  ].join('\n');

  it('puts each cell under the column its kind fits, the merged 一级指标 left empty', () => {
    expect(read(TEXT)).toEqual([
      ['产出指标数量指标', '公益讲座场次', '场', '24'],
      ['质量指标', '讲座满员率', '%', '90'],
      ['时效指标', '活动安排', '', '按季安排'],
      ['效益指标社会效益指标', '群众文化需求', '%', '基本满足'],
    ]);
  });

  it('leaves a short row that reads well from the left as it is', () => {
    // A template row with no figures (名称 | 单位, the value cells empty): nothing is misplaced from the left.
    expect(fitShortRow(['人口规模', '万人'], ['name', 'unit', 'baseline', 'target'], null)).toBeNull();
    // A figure where the unit column stands, a unit where the value stands: placed anew.
    expect(fitShortRow(['讲座满员率', '90', '%'], ['category', 'name', 'target', 'unit'], null)).toEqual(['', '讲座满员率', '90', '%']);
  });
});
