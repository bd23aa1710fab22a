// Tables of heldout50/51 (1164, 1183, 1162; brief H-fix7-tables52): made-up tables in each shape.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。;;]/)[0] ?? '', t.leads, t.participants]);

/** One cell per line, a blank line between cells, as a web page's table often reaches us. */
const spaced = (cells: string[]): string => cells.join('\n\n');

describe('a one-cell-per-paragraph table whose merged 类别 column is never printed in its rows', () => {
  const header = ['序号', '任务', '类别', '工 作 内 容', '牵头', '单位', '配合单位', '完成', '时限'];
  const text = [
    '某市人民政府办公室关于印发“十二五”重点工作分解的通知',
    '',
    '  重点工作分解之二:城乡建设',
    '',
    spaced([
      ...header,
      '41', '完善城区主干路网', '建设局', '9个乡镇、街道', '2013年',
      '42', '推进老旧小区改造', '建设局', '相关部门', '2014年',
      '43', '新建公共停车场十处', '建设局', '公安局等相关部门,9个乡镇、街道', '2012年',
      '44', '改造城区背街小巷三十条', '建设局', '9个乡镇、街道', '2013年',
      ...header,
      '45', '实施雨污分流改造工程', '水务局', '建设局', '2015年',
      '46', '建成城市数字化管理平台', '城管局', '信息中心', '2013年',
    ]),
  ].join('\n');

  it('joins the header words split over two paragraphs and fits each five-cell row to the columns printed', () => {
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['完善城区主干路网', ['建设局']],
      ['推进老旧小区改造', ['建设局']],
      ['新建公共停车场十处', ['建设局']],
      ['改造城区背街小巷三十条', ['建设局']],
      ['实施雨污分流改造工程', ['水务局']],
      ['建成城市数字化管理平台', ['城管局']],
    ]);
    expect(rows(text)[2]?.[2]).toContain('公安局等相关部门');
  });
});

describe('a `cell |` table whose header wraps onto a second line, its rows printed with empty cells after their last', () => {
  const text = [
    '某县2031年1-6月民生实事项目进展情况 | ||||||',
    '序号 | 项目名称 | 责任单位 | 年度目标 | 1- 6月 完成情况 |',
    '完成比例 | 备注 | |',
    '1 | 新建城乡公交候车亭 | 县交通运输局 | 120座 | 80座 | 67% | ||',
    '2 | 改造农村危房 | 县住建局 | 600户 | 210户 | 35% | 受雨季影响,部分乡镇施工暂停,县住建局已督促各施工单位增加人手,确保年底前全部完工。 | |',
    '3 | 开展适龄妇女免费体检 | 县卫健局 | 5000人 | 5200人 | 104% | ||',
    '4 | 新建社区养老服务设施 | 县民政局 | 12个 | 3个 | 25% | 因用地手续办理滞后,已完成选址八处,正在开展前期设计。 | |',
    '5 | 新增城镇就业岗位 | 县人社局 | 3000人 | 1800人 | 60% | ||',
  ].join('\n');

  it('reads the second line as the header\'s last columns and titles each row by its project cell', () => {
    expect(rows(text)).toEqual([
      ['新建城乡公交候车亭', ['县交通运输局'], []],
      ['改造农村危房', ['县住建局'], []],
      ['开展适龄妇女免费体检', ['县卫健局'], []],
      ['新建社区养老服务设施', ['县民政局'], []],
      ['新增城镇就业岗位', ['县人社局'], []],
    ]);
  });
});
