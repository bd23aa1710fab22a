// Indicator tables in shapes the layout matrix found unread (issue 15, layout 7): a 序号 table one cell
// per line with category rows and numbering that restarts under each; a space-separated table whose header
// words are spaced out as well (`指  标`, `属  性`) and whose category rows sit between the rows.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (lines: string[]): string[] =>
  (parsePlanText(lines.join('\n')).indicators ?? []).map((i) => `${i.category}|${i.name}|${i.unit}|${i.baseline.text}|${i.target.text}`);

describe('indicator tables', () => {
  it('reads a 序号 table one cell per line whose numbering restarts under each category row', () => {
    const got = read([
      '专栏1 主要指标',
      '序号', '指标', '单位', '2020年', '2025年', '属性',
      '一、经济发展',
      '1', '地区生产总值增速', '%', '6', '7', '预期性',
      '2', '研发经费投入强度', '%', '2.1', '2.5', '预期性',
      '二、民生福祉',
      '1', '城镇新增就业', '万人', '3', '3.5', '预期性',
      '二、重点任务',
    ]);
    expect(got).toEqual(['经济发展|地区生产总值增速|%|6|7', '经济发展|研发经费投入强度|%|2.1|2.5', '民生福祉|城镇新增就业|万人|3|3.5']);
  });

  it('reads a space-separated table with spaced-out header words and category rows', () => {
    const got = read([
      '专栏1 主要指标',
      '指  标  单位  2020年  2025年  属  性',
      '一、经济发展',
      '1.地区生产总值增速  %  6  7  预期性',
      '二、民生福祉',
      '1.城镇新增就业  万人  3  3.5  预期性',
      '2.学前教育毛入园率  %  90  95  约束性',
    ]);
    expect(got).toEqual(['经济发展|地区生产总值增速|%|6|7', '民生福祉|城镇新增就业|万人|3|3.5', '民生福祉|学前教育毛入园率|%|90|95']);
  });
});
