// Tables of heldout50/51 (1164, 1183, 1162; brief H-fix7-tables52): made-up tables in each shape.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;;]/);

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
    expect(rows(text)[2]?.[2]).toEqual(['公安局', '9个乡镇、街道']);
  });
});

describe('a 相关责任部门 cell: `A、B等相关部门,12个街道、镇`', () => {
  const text = [
    '某区人民政府办公室关于印发重点工作分解的通知',
    '',
    spaced([
      '序号', '具体内容', '牵头部门', '相关责任部门', '完成时间',
      '1', '推进社区卫生服务中心标准化建设', '卫健委', '发改委、财政局等相关部门,12个街道、镇', '2032年',
      '2', '完善养老服务设施布局', '民政局', '12个街道、镇', '2033年',
      '3', '扩大公共体育场地开放', '体育局', '教育局等有关单位', '2032年',
    ]),
  ].join('\n');

  it('drops `等相关部门` after a unit and keeps a count over two kinds of place one group', () => {
    expect(rows(text)).toEqual([
      ['推进社区卫生服务中心标准化建设', ['卫健委'], ['发改委', '财政局', '12个街道、镇']],
      ['完善养老服务设施布局', ['民政局'], ['12个街道、镇']],
      ['扩大公共体育场地开放', ['体育局'], ['教育局']],
    ]);
  });
});

describe('`项目` / `类别` as two columns of their own: no text column after them', () => {
  const text = [
    '某区2034年重点项目责任表',
    '',
    spaced(['序号', '项目', '类别', '责任单位', '1', '建设城东污水处理厂', '基础设施', '区住建局', '2', '改造西街农贸市场', '民生保障', '区商务局', '3', '新建区图书馆分馆', '文化设施', '区文旅局']),
  ].join('\n');

  it('keeps 项目 the task column and 类别 a column of its own', () => {
    expect(rows(text)).toEqual([
      ['建设城东污水处理厂', ['区住建局'], []],
      ['改造西街农贸市场', ['区商务局'], []],
      ['新建区图书馆分馆', ['区文旅局'], []],
    ]);
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

describe('a scoring table one cell per paragraph: item, numbered scoring sentences, then the unit alone', () => {
  const text = [
    '模范机关创建责任分工',
    '',
    '附件3',
    '',
    spaced([
      '考核项目', '考核内容', '评分标准', '责任处室',
      '压实主体责任',
      '(6分)',
      '1.每季度召开专题会议研究模范机关创建工作,听取各支部情况汇报,3分。未按季度召开的,每次扣1分。',
      '2.制定年度创建工作要点并分解到各处室,3分。未制定要点的扣2分,未分解落实的扣1分。 3.建立工作台账,定期通报进展,2分。',
      '机关党办',
      '二、强化 作风建设 (20分)',
      '1.深入 整治形式主义(10分)',
      '1.精简会议文件,全年发文数量同比下降百分之十以上,4分。未达到目标的,每下降不足一个百分点扣0.5分。',
      '2.规范督查检查考核事项,严格执行年度计划和审批制度,3 分,未按计划开展的,每次扣1分。',
      '人事处',
      '2.改进 调查研究(8分)',
      '1.领导班子成员每年深入基层调研不少于',
    ]),
  ].join('\n');

  it('reads each item as a task led by the unit cell after its sentences, the cut last row without a unit', () => {
    expect(rows(text)).toEqual([
      ['压实主体责任', ['机关党办'], []],
      ['深入 整治形式主义', ['人事处'], []],
      ['改进 调查研究', [], []],
    ]);
  });
});
