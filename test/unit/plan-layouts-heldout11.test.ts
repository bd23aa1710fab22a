// Layouts the eleventh held-out batch of task documents (401-406 of the real-document corpus, issue 15,
// brief H-heldout11) showed when scored before any change: prose-shaped assignments. General rules,
// each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a 分工清单 run into one paragraph, continued from an earlier page, units as a sentence of role verbs', () => {
  const text = [
    '某省推进全民健身的重点任务分工',
    '(上接第二版)',
    '序号工作任务责任单位7建设社区健身设施。每年新建一批健身步道。省体育局、省住房城乡建设厅牵头;省财政厅配合;各市县人民政府落实8开展群众赛事活动。办好全省运动会。省体育局牵头;省教育厅、省总工会配合;各市县人民政府落实9加强科学健身指导。培养社会体育指导员。省卫生健康委、省体育局牵头;省科协配合;各市县人民政府落实',
  ].join('\n');

  it('reads every row from its own number, the verbs saying who leads and who takes part', () => {
    expect(rows(text)).toEqual([
      ['建设社区健身设施', ['省体育局', '省住房城乡建设厅'], ['省财政厅', '各市县人民政府']],
      ['开展群众赛事活动', ['省体育局'], ['省教育厅', '省总工会', '各市县人民政府']],
      ['加强科学健身指导', ['省卫生健康委', '省体育局'], ['省科协', '各市县人民政府']],
    ]);
  });
});

describe('units in a bracket on their own line under each item, no role word', () => {
  it('keeps the line when two items print the same units: it is each item\'s, not a repeated line', () => {
    const text = [
      '某区重点工作分解',
      '1.新增城镇就业八千人。',
      '(区人社局,各街道)',
      '2.开展创业培训五百人次。',
      '(区人社局,各街道)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新增城镇就业八千人', ['区人社局'], ['各街道']],
      ['开展创业培训五百人次', ['区人社局'], ['各街道']],
    ]);
  });

  it('keeps `各县(市)、区人民政府` one group: a level\'s own bracket does not part it', () => {
    const text = ['某市重点工作分解', '1.农村居民人均可支配收入增长百分之八。', '(市农业农村局,各县(市)、区人民政府)'].join('\n');
    expect(rows(text)).toEqual([['农村居民人均可支配收入增长百分之八', ['市农业农村局'], ['各县(市)、区人民政府']]]);
  });
});

describe('a level or a place written once before a run of departments', () => {
  it('gives the level to each short name after the first (县交通局、农委、卫生院)', () => {
    const text = ['某县工作方案', '1.整治农村公路沿线环境。', '(县交通局、农委、卫生院)'].join('\n');
    expect(rows(text)).toEqual([['整治农村公路沿线环境', ['县交通局'], ['县农委', '县卫生院']]]);
  });

  it('gives a township\'s 乡 to its stations (由乡农技站承办,乡兽医站、派出所、工商所配合)', () => {
    const text = ['某乡工作方案', '一、治理农药残留', '由乡农技站承办,乡兽医站、派出所、工商所配合。', '治理工作目标:蔬菜抽检合格率达到百分之九十八。'].join('\n');
    expect(rows(text)).toEqual([['治理农药残留', ['乡农技站'], ['乡兽医站', '乡派出所', '乡工商所']]]);
  });

  it('gives a place to the second of two bureaus that differ in their first character (温州国税局、地税局)', () => {
    const text = ['某市工作分解', '1.地方财政收入增长百分之十。', '(市财政局,温州国税局、地税局)'].join('\n');
    expect(rows(text)).toEqual([['地方财政收入增长百分之十', ['市财政局'], ['温州国税局', '温州地税局']]]);
  });

  it('leaves alone a name after one written without a level, a group, and a short form the well-known list covers', () => {
    const text = ['某县工作方案', '1.推进项目建设。(县财政局牵头,各乡镇、住建局、某某公路局、养护站配合)'].join('\n');
    expect(rows(text)).toEqual([['推进项目建设', ['县财政局'], ['各乡镇', '住建局', '某某公路局', '养护站']]]);
  });
});

describe('role verbs the reader did not list', () => {
  it('reads 牵头 with any two-character verb after it as 牵头 (X牵头办理, X牵头开展)', () => {
    const text = ['某区方案', '1.建立项目推介清单。(区商务局牵头办理)', '2.组织银企对接活动。(区金融办牵头开展,区财政局配合)'].join('\n');
    expect(rows(text)).toEqual([
      ['建立项目推介清单', ['区商务局'], []],
      ['组织银企对接活动', ['区金融办'], ['区财政局']],
    ]);
  });

  it('reads 按职责分工 with any two-character verb after it as 按职责分工负责, `等省有关部门` no unit', () => {
    const text = ['某省方案', '1.推动重点领域项目市场化运作。(省交通运输厅、省水利厅等省有关部门和各地级以上市人民政府按职责分工推进)'].join('\n');
    expect(rows(text)).toEqual([['推动重点领域项目市场化运作', ['省交通运输厅', '省水利厅', '各地级以上市人民政府'], []]]);
  });
});

describe('units as the subject of an item\'s sentences', () => {
  it('reads the units an item opens with, before its predicate, as a bare list (the first leads); later sentences that open so add a co-lead', () => {
    const text = [
      '某县创建卫生县城工作计划',
      '1、督导组要按照实施方案开展检查。爱卫办负责编印宣传手册,每月通报一次。',
      '2、区广播电台、电视台继续办好卫生专栏。',
      '3、由宣传部牵头,各乡镇配合,组织一次知识竞赛。',
      '4、水务局在河道保洁方面加强管理。',
      '5、城区、周边地区要设置宣传牌。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['督导组要按照实施方案开展检查', ['督导组', '爱卫办'], []],
      ['区广播电台、电视台继续办好卫生专栏', ['区广播电台'], ['区电视台']],
      ['组织一次知识竞赛', ['宣传部'], ['各乡镇']],
      ['水务局在河道保洁方面加强管理', ['水务局'], []],
      ['城区、周边地区要设置宣传牌', [], []],
    ]);
  });
});

describe('bare brackets of one unit in a run-on list', () => {
  it('reads a working group\'s name and a unit after 改扩建 work as the items\' units', () => {
    const text = ['某市行动', '1.东湖水库移民安置(东湖水库移民安置工作领导小组)2.改扩建城南学校及城北初级中学(教育体育局)3.井盖整治项目(区城管局)'].join('\n');
    expect(rows(text)).toEqual([
      ['东湖水库移民安置', ['东湖水库移民安置工作领导小组'], []],
      ['改扩建城南学校及城北初级中学', ['教育体育局'], []],
      ['井盖整治项目', ['区城管局'], []],
    ]);
  });
});

describe('an assignment under its heading that a PDF\'s line width broke in a name', () => {
  it('reads the line and the end of its sentence on the next line as one assignment', () => {
    const text = [
      '某镇方案',
      '一、治理河道垃圾',
      '由镇综合执法队承办,镇农业服务中心、水利站、派出所、卫生',
      '院配合。',
      '治理工作目标:河道保洁率达到百分之百。',
    ].join('\n');
    expect(rows(text)).toEqual([['治理河道垃圾', ['镇综合执法队'], ['镇农业服务中心', '镇水利站', '镇派出所', '镇卫生院']]]);
  });
});

describe('the same run-on 分工清单, its edges', () => {
  it('ends the table at the document\'s 印发 line and starts a row at a quote after the number', () => {
    const text = [
      '某市重点任务分工',
      '序号工作任务责任单位3“一网通办”提质扩面。市政务服务中心牵头;市数据局配合4推进“证照分离”改革。市市场监管局牵头',
      '某市人民政府办公室 2023年5月6日印发',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['“一网通办”提质扩面', ['市政务服务中心'], ['市数据局']],
      ['推进“证照分离”改革', ['市市场监管局'], []],
    ]);
  });
});

describe('units as the subject, of other kinds', () => {
  it('reads a 管委会 and a bank\'s branch opening an item as its leads', () => {
    const text = ['某县工作计划', '1.县高新区管委会负责建设标准化厂房。', '2.人民银行某某支行要提升开户效率。'].join('\n');
    expect(rows(text)).toEqual([
      ['县高新区管委会负责建设标准化厂房', ['县高新区管委会'], []],
      ['人民银行某某支行要提升开户效率', ['人民银行某某支行'], []],
    ]);
  });
});
