// Table shapes the eighteenth held-out batch (541-545 of the real-document corpus, issue 15, brief H-tables18)
// showed when scored before any change. General rules, each in a small made-up table of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a one-cell-per-line table whose group column is printed on each group\'s first row only', () => {
  const text = [
    '某市年度民生工作责任分解表', '',
    '类别', '', '序号', '', '工作事项', '', '配合单位', '', '牵头单位', '',
    '经济指标', '', '1', '', '全市财政收入增长百分之五。', '', '市税务局、市统计局', '', '市财政局', '',
    '2', '', '实际利用外资保持稳定。', '', '市发改委', '', '市商务局', '',
    '3', '', '新增城镇就业一万二千人。', '', '市财政局、各县区', '', '市人社局', '',
    '城乡建设', '', '4', '', '改造城镇老旧小区四十个。', '', '市财政局', '', '市住建局', '',
    '5', '', '新建农村公路一百公里。', '', '各县区', '', '市交通局', '',
  ].join('\n');

  it('starts each row at its number; the group name is no column and no row', () => {
    expect(rows(text)).toEqual([
      ['全市财政收入增长百分之五', ['市财政局'], ['市税务局', '市统计局']],
      ['实际利用外资保持稳定', ['市商务局'], ['市发改委']],
      ['新增城镇就业一万二千人', ['市人社局'], ['市财政局', '各县区']],
      ['改造城镇老旧小区四十个', ['市住建局'], ['市财政局']],
      ['新建农村公路一百公里', ['市交通局'], ['各县区']],
    ]);
  });
});

describe('a space-separated table whose header names neither the task nor the units', () => {
  const text = [
    '某县前三季度民生项目推进情况', '',
    '序号 评价指标 计 量 全年目标 实际完成 完成比例 备  注',
    '1 新建乡镇养老服务中心 个 6 5 83.3% 县民政局',
    '2 改造农村危房 户 420 431 102.6% 县住建局',
    '新建农村饮水工程 处 12 12 100.0%',
    '3 城区停车泊位建设工程 新增公共停车泊位二千个 2000 1650 82.5% 县城管局、县公安局',
    '新增充电桩三百个 300 310 103.3%',
    '4 发放困难群众临时救助金 万元 800 760 95.0% 县民政局',
    '5 培训新型职业农民 人 1500 1620 108.0% 县农业农村局',
  ].join('\n');

  it('reads the first cell as the task and the last as its units; unnumbered targets keep the item\'s units', () => {
    expect(rows(text)).toEqual([
      ['新建乡镇养老服务中心', ['县民政局'], []],
      ['改造农村危房', ['县住建局'], []],
      ['新建农村饮水工程', ['县住建局'], []],
      ['新增公共停车泊位二千个', ['县城管局'], ['县公安局']],
      ['新增充电桩三百个', ['县城管局'], ['县公安局']],
      ['发放困难群众临时救助金', ['县民政局'], []],
      ['培训新型职业农民', ['县农业农村局'], []],
    ]);
  });
});

describe('a blank-line-parted table with no 序号, joined header words and cells over several lines', () => {
  const text = [
    '某县教育局重点工作推进情况', '',
    '重点工作', '', '工作内容及完成要求', '', '推进措施、工作进展、完成成效', '', '下步打算', '', '责任单位', '', '督办方式', '', '',
    '校园安全', '', '完善校园安全防控体系,实现中小学封闭化管理全覆盖,配齐专职保安人员。', '',
    '东城片区:完成八所学校围墙改造;', '西城片区:安装视频监控二百路。', '',
    '继续推进封闭化管理。', '', '西城片区:年底前全部完成', '',
    '县教育局', '县公安局', '', '0000-1234567', '',
  ].join('\n');

  it('reads the row: a unit cell one unit a line, the first leading; the category kept apart from the task text', () => {
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([['校园安全', ['县教育局'], ['县公安局']]]);
    expect(tasks[0]?.content).toContain('完善校园安全防控体系');
  });
});
