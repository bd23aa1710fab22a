// Table shapes the sixteenth held-out batch (501-505 of the real-document corpus, issue 15, brief H-tables16)
// showed when scored before any change. General rules, each in a small made-up table of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a lead marked by a sign before its name in a unit cell', () => {
  const table = (cells: string[]): string =>
    ['某县年度目标责任分解表', '', '序号', '', '目标任务', '', '责任单位', '', ...cells.flatMap((c) => [c, ''])].join('\n');

  it('takes a filled sign (▲, ★, ●) as the lead and strips it from the name', () => {
    const text = table(['1', '农业增加值增长百分之四', '★县农业农村局,县水利局,各乡镇', '2', '新建城市绿道二十公里', '●县住建局,县自然资源局', '3', '引进亿元以上项目六个', '▲县商务局,各部门']);
    expect(rows(text)).toEqual([
      ['农业增加值增长百分之四', ['县农业农村局'], ['县水利局', '各乡镇']],
      ['新建城市绿道二十公里', ['县住建局'], ['县自然资源局']],
      ['引进亿元以上项目六个', ['县商务局'], ['各部门']],
    ]);
  });

  it('leads the marked unit even when it is not the first, and reads a list signed alike as bullets', () => {
    const text = table(['1', '农业增加值增长百分之四', '县水利局,※县农业农村局', '2', '新建城市绿道二十公里', '●县住建局,●县自然资源局']);
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['县农业农村局'], ['县水利局']],
      [['县住建局'], ['县自然资源局']],
    ]);
    expect(tasks.map((t) => t.isLeadInferred)).toEqual([false, true]);
  });
});

describe('a `cell` / `|` table: a role phrase closing a unit cell, the last row cut', () => {
  const text = [
    '序号', '|', '工作任务', '|', '责任单位', '|',
    '1', '|', '建设青年创业园区。', '|', '市人社局、市财政局、市妇联协助落实', '|',
    '2', '|', '推进老旧小区改造。', '|', '市住建局、各区政府', '|',
    '3', '|', '完善城乡公交网络。', '|', '市交通局', '|',
    '4', '|', '实施全民健身', // the page ends here: no bar closes the row
  ].join('\n');

  it('takes the role phrase off the last unit; the first unit leads by inference', () => {
    expect(rows(text)[0]).toEqual(['建设青年创业园区', ['市人社局'], ['市财政局', '市妇联']]);
  });

  it('keeps the row cut after its number as a task with no units', () => {
    expect(rows(text)[3]).toEqual(['实施全民健身', [], []]);
  });
});

describe('units run together with no separator in a `|` row\'s 责任单位 cell', () => {
  const text = [
    '序号 | 目标任务 | 责任单位 | 完成情况 |',
    '1 | 举办全民健身赛事二十场。 | 县体育局县委宣传部云溪湖旅游度假区东山镇 | 已举办五场 |',
    '2 | 建设城市书房十家。 | 县体育局青山新城云溪湖旅游度假区西河街道 | 建成两家 |',
    '3 | 修缮文物保护单位三处。 | 县体育局 | 完成方案 |',
  ].join('\n');

  it('cuts the run where each unit ends; the first leads by inference', () => {
    expect(rows(text)[0]).toEqual(['举办全民健身赛事二十场', ['县体育局'], ['县委宣传部', '云溪湖旅游度假区', '东山镇']]);
  });

  it('cuts out a name the table gives in another cell, a piece before it ending in no unit word being a unit too', () => {
    expect(rows(text)[1]).toEqual(['建设城市书房十家', ['县体育局'], ['青山新城', '云溪湖旅游度假区', '西河街道']]);
  });

  it('keeps one unit whole when its tail names no unit of its own (住房和城乡建设局, 教育局教研室)', () => {
    const one = ['序号 | 目标任务 | 责任单位 |', '1 | 改造农村危房三百户。 | 县住房和城乡建设局 |', '2 | 开展教师培训。 | 县教育局教研室 |', '3 | 建设产业园。 | 某某产业集聚区管委会 |'].join('\n');
    expect(rows(one).map((r) => r[1])).toEqual([['县住房和城乡建设局'], ['县教育局教研室'], ['某某产业集聚区管委会']]);
  });
});

describe('one cell per line: unknown words open the header, later cells numbered 1.…2.…', () => {
  const text = [
    '某区住建局第三季度重点工作推进情况', '',
    '工作项', '', '重点任务内容', '', '牵头责任单位', '', '三季度工作任务', '', '三季度推进情况', '', '办结状态', '',
    '1', '', '推进老旧小区改造,完成十个小区外立面整治。', '', '区房管中心及各街道办事处', '',
    '1.完成设计招标。2.启动五个小区施工', '', '1.招标已完成。2.三个小区开工', '', '推进中', '',
    '2', '', '开展燃气安全专项检查。', '', '区燃气办', '',
    '检查经营单位二十家', '', '1.检查二十二家。2.整改隐患九处', '', '已办结',
  ].join('\n');

  it('takes the unknown words before the known ones as the first columns, and reads each row from its number', () => {
    expect(rows(text)).toEqual([
      ['推进老旧小区改造', ['区房管中心', '各街道办事处'], []],
      ['开展燃气安全专项检查', ['区燃气办'], []],
    ]);
  });

  it('keeps a column named for one quarter\'s share of the work aside: its `1.` cells are no title', () => {
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['推进老旧小区改造,完成十个小区外立面整治', '开展燃气安全专项检查']);
  });
});

describe('a space-parted table of nine columns, header words with spaces inside, a unit cell over lines', () => {
  const text = [
    '某县2025年重点工作进展情况表',
    '序号 2025年重点工作 牵头  领导 牵头     责任单位 主体     责任单位 配合     责任单位 工作评价 2025年7-9月份进展情况 2025年10-12月份工作安排',
    '12 新建城乡供水管网八十公里。 周  明   李晓梅 县水利局 各乡镇',
    '县城投公司',
    '县直有关单位 序时推进 完成管网四十公里 完成剩余管网铺设',
    '15 改造提升农贸市场三个。 李晓梅 县商务局 县市场监管局 有关乡镇 已完成 三个市场均已完工 开展运营评估',
  ].join('\n');

  it('reads the header as nine columns and each row\'s units by their run', () => {
    expect(rows(text).map(([title, leads, participants]) => [title, leads, [...participants].sort()])).toEqual([
      ['新建城乡供水管网八十公里', ['县水利局'], ['各乡镇', '县城投公司', '县直有关单位'].sort()],
      ['改造提升农贸市场三个', ['县商务局'], ['县市场监管局', '有关乡镇'].sort()],
    ]);
  });

  it('takes every line of a row over several lines as the table\'s own', () => {
    expect(parsePlanText(text).unplaced.map((u) => u.line)).toEqual([]);
  });
});
