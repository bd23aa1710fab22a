// Shapes of issue 15 (brief H-fix3-spaced, held-out 783, 785): a spaced progress table with group rows between its
// rows, and a `a | b |` table whose unit column names each unit's head. Each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { withoutHeadNames } from '../../shared/plan/unit-head-cells.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a spaced table, one row per line, with group rows between the rows', () => {
  const text = [
    '某县2024年政府工作报告重点任务前三季度落实情况表',
    '发布时间:2024-10-20',
    '序号 重点任务 责任单位 前三季度推进情况',
    '一、年度主要目标',
    '1 粮食播种面积稳定在80万亩。 县农业农村局 已完成夏粮播种。',
    '2 城镇新增就业3000人。 县人社局',
    '县就业服务中心',
    '各乡镇',
    '城镇新增就业2480人。',
    '3 单位生产总值能耗下降2%。 县发展改革局 能耗同比下降1.6%。',
    '二、重点工作',
    '(一)持续抓好项目建设',
    '4 新开工重大项目20个。 县发展改革局',
    '县住建局',
    '已新开工17个。',
    '(二)全力改善民生',
    '5 改造老旧小区12个。 县住建局 已开工10个,完工6个。',
    '6 新建社区养老服务站5个。 县民政局 已建成3个。',
  ].join('\n');

  it('reads every numbered row as a task, the units on lines of their own as the same cell, the group rows as groups', () => {
    expect(rows(text)).toEqual([
      ['粮食播种面积稳定在80万亩', ['县农业农村局'], []],
      ['城镇新增就业3000人', ['县人社局'], ['县就业服务中心', '各乡镇']],
      ['单位生产总值能耗下降2%', ['县发展改革局'], []],
      ['新开工重大项目20个', ['县发展改革局'], ['县住建局']],
      ['改造老旧小区12个', ['县住建局'], []],
      ['新建社区养老服务站5个', ['县民政局'], []],
    ]);
  });

  it('reads groups whose rows count again from 1', () => {
    const restart = [
      '序号 工作目标 责任单位 推进情况',
      '一、经济发展',
      '1 培育规上企业10家。 区经信局 已培育6家。',
      '2 引进外资项目3个。 区商务局 已引进1个。',
      '二、社会事业',
      '1 新建幼儿园2所。 区教育局 主体完工。',
      '2 建成全民健身中心。 区文体局 正在装修。',
    ].join('\n');
    expect(rows(restart)).toEqual([
      ['培育规上企业10家', ['区经信局'], []],
      ['引进外资项目3个', ['区商务局'], []],
      ['新建幼儿园2所', ['区教育局'], []],
      ['建成全民健身中心', ['区文体局'], []],
    ]);
  });
});

describe('a `a | b |` table: spaces inside header cells, a group column printed once, units with their heads', () => {
  const text = [
    '某市2021年十件民生实事落实情况',
    '类别 | 序号 | 民生实事 | 分管 副市长 | 牵头单位及 主要负责人 | 进展情况 |',
    '一、提升教育质量 | 1 | 新增公办学位5000个。 | 李明华 | 市教育局 欧阳平 | 已新增4100个。 |',
    '2 | 建成中小学食堂10个。 | 李明华 | 市教育局 欧阳平 | 已建成8个。 |',
    '3 | 为农村学校配备校车30辆。 | 赵国强 | 市交通运输局 钟晓 | 已配备。 |',
    '4 | 完成学校安防设施改造40所。 | 赵国强 | 市公安局 邝文彬 | 已完成35所。 |',
  ].join('\n');

  it('reads each row as a task led by the unit, the person after it left out', () => {
    expect(rows(text)).toEqual([
      ['新增公办学位5000个', ['市教育局'], []],
      ['建成中小学食堂10个', ['市教育局'], []],
      ['为农村学校配备校车30辆', ['市交通运输局'], []],
      ['完成学校安防设施改造40所', ['市公安局'], []],
    ]);
  });

  it('takes the person off each unit of the cell, spaced or in brackets', () => {
    expect(withoutHeadNames('市教育局 欧阳平')).toBe('市教育局');
    expect(withoutHeadNames('县水利局 钟晓、县农业农村局 邝文彬')).toBe('县水利局、县农业农村局');
    expect(withoutHeadNames('区财政局(欧阳平)')).toBe('区财政局');
    expect(withoutHeadNames('各乡镇')).toBe('各乡镇');
  });
});
