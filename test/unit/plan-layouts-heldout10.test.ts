// Layouts the tenth held-out batch of task documents (361-366 of the real-document corpus, issue 15,
// brief H-heldout10: task lists and progress tables) showed when scored before any change: general
// rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';

/** Each task's title up to its first comma, leads and participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('a progress table whose task column is named for the target it counts (任务项目指标, 项目指标)', () => {
  it('reads its rows as tasks rather than leaving the table unplaced', () => {
    const text = [
      '某县一季度为民办实事进展表',
      '序号 | 任务项目指标 | 责任单位 | 进展比例 |',
      '1 | 新建城区公共停车位800个。 | 县城管局 | 35% |',
      '2 | 改造农村危旧桥梁12座。 | 县交通运输局 | 50% |',
      '3 | 为新生儿免费开展听力筛查。 | 县卫生健康局 | 25% |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建城区公共停车位800个', ['县城管局'], []],
      ['改造农村危旧桥梁12座', ['县交通运输局'], []],
      ['为新生儿免费开展听力筛查', ['县卫生健康局'], []],
    ]);
  });
});

describe('a one-cell-per-line 任务清单 with a 完成进展 column and (一)(二) 主要任务 cells merged down over numbered rows', () => {
  const text = [
    '某市2024年消防安全集中整治工作任务清单',
    '主要任务 |',
    '重点工作和要求 |',
    '责任单位 |',
    '完成时限 |',
    '完成进展 |',
    '(一)健全工作机制。 |',
    '1.建立消防安全联席会议制度,明确各成员单位职责。 |',
    '市消防救援支队 |',
    '3月底前 |',
    '|',
    '2.制定年度消防安全检查计划,报市政府备案。 |',
    '市应急管理局、市住建局 |',
    '4月10日前 |',
    '|',
    '|',
    '(二)排查整治隐患。 |',
    '3.开展高层建筑消防设施专项检查。 |',
    '市住建局 |',
    '6月底前 |',
    '|',
    '|',
  ].join('\n');

  it('keeps 完成进展 in the header and starts a new group at (二), so every row keeps its unit cell', () => {
    expect(rows(text)).toEqual([
      ['建立消防安全联席会议制度', ['市消防救援支队'], []],
      ['制定年度消防安全检查计划', ['市应急管理局'], ['市住建局']],
      ['开展高层建筑消防设施专项检查', ['市住建局'], []],
    ]);
    // 完成进展 is a header word, not a heading merged across the table.
    expect(parsePlanText(text).sections.map((s) => s.title)).toEqual(['健全工作机制', '排查整治隐患']);
  });
});

describe('a bordered `| a | b |` task list', () => {
  const text = (last: string): string =>
    [
      '某区2024年安全生产重点工作任务清单',
      '| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |',
      '| 一、压实安全责任 | (一)落实属地责任 | 1.召开街道安全生产例会,每季度至少一次。 | 各街道办事处 | 全年 |',
      '| 2.开展安全生产责任制考核。 | 区应急管理局 | 12月底前 | ||',
      '| (二)落实行业监管责任 | 3.制定行业领域安全检查计划。 | 区交通运输局、区住建局、区市场监管局按职责分工负责 | 3月底前 | |',
      last,
    ].join('\n');

  it('reads a cell listing units that share the work `按职责分工负责` as the unit cell, all of them leading', () => {
    expect(rows(text('| 4.组织开展危险化学品专项整治。 | 区应急管理局 | 6月底前 | ||'))[2]).toEqual(['制定行业领域安全检查计划', ['区交通运输局', '区住建局', '区市场监管局'], []]);
  });

  it("keeps the table's last row as a task when the page cut it before its bar, each row titled by its numbered 措施", () => {
    const tasks = parsePlanText(text('| 4.组织开展危险化学品企业专项整治,重点检查储罐区')).tasks;
    expect(tasks.map((t) => t.title.slice(0, 10))).toEqual(['召开街道安全生产例会', '开展安全生产责任制考', '制定行业领域安全检查', '组织开展危险化学品企']);
  });
});

describe('unit names', () => {
  it('reads a place (or group of places, with its note) and, after a space, a body with no place of its own as one unit', () => {
    expect(splitUnitList('各乡镇(街道) 安委会')).toEqual(['各乡镇(街道)安委会']);
    expect(splitUnitList('县教体局 各相关乡镇政府')).toEqual(['县教体局', '各相关乡镇政府']);
  });

  it('reads a bare 单位/部门 after a group of units of one kind as more of that group', () => {
    expect(splitUnitList('县直有关部门、单位,各镇人民政府')).toEqual(['县直有关部门、单位', '各镇人民政府']);
    expect(splitUnitList('区财政局、区审计局')).toEqual(['区财政局', '区审计局']);
  });
});

describe('a work-points list and after it the table that assigns the points', () => {
  const text = (points: string[]): string =>
    [
      '某局2024年法治政府建设工作要点',
      '一、工作要点',
      ...points,
      '二、重点任务分解',
      '重点任务 | 工作内容 | 负责科室 |',
      '规范执法 | 全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。 | 执法监督科 |',
      '普法宣传 | 落实“谁执法谁普法”责任制,开展法律进社区活动不少于四次。 | 办公室 |',
      '复议应诉 | 依法办理行政复议和应诉案件,按时提交答辩材料。 | 法规科 |',
    ].join('\n');
  const points = [
    '1.规范行政执法。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。',
    '2.加强普法宣传。落实“谁执法谁普法”责任制,开展法律进社区活动不少于四次。',
    '3.做好合法性审查。局办公室对拟出台的规范性文件逐件进行合法性审查。',
    '4.办好复议应诉。依法办理行政复议和应诉案件,按时提交答辩材料。',
  ];

  it('reads the rows as the tasks, and the point no row restates as a task of its own with no unit', () => {
    expect(rows(text(points))).toEqual([
      ['规范执法', ['执法监督科'], []],
      ['普法宣传', ['办公室'], []],
      ['复议应诉', ['法规科'], []],
      ['做好合法性审查', [], []],
    ]);
  });

  it('adds nothing when the numbered lines are no points the table restates (a notice’s requirements)', () => {
    const notice = ['1.提高认识。各科室要高度重视,把任务落到实处。', '2.加强督办。办公室每季度通报一次进展。'];
    expect(rows(text(notice)).map((r) => r[0])).toEqual(['规范执法', '普法宣传', '复议应诉']);
  });
});
