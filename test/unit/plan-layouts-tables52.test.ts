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
