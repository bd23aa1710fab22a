// Layouts the fourth round of the real-document corpus (issue 15, brief T) taught the importer: things a
// page glued together or broke apart. Each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitGluedHeader } from '../../shared/plan/flattened-forms.js';
import { splitGluedUnits } from '../../shared/plan/unit-names.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('a header glued into one run', () => {
  it('is cut back into its words only when every piece is a header word', () => {
    expect(splitGluedHeader('实事内容工作任务责任单位进展情况')).toEqual(['实事内容', '工作任务', '责任单位', '进展情况']);
    expect(splitGluedHeader('序号项目名称主要内容区政府分管领导牵头单位配合单位')).toEqual(['序号', '项目名称', '主要内容', '区政府分管领导', '牵头单位', '配合单位']);
    expect(splitGluedHeader('各单位要按照工作任务落实责任')).toBeNull();
    expect(splitGluedHeader('工作任务责任单位')).toBeNull();
  });

  it('reads the table under it, a glued second header row left out, a short row fitted by content', () => {
    const text = '实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n教育惠民新建幼儿园3所,年内投入使用。\n\n区教育局,各镇街\n\n完成选址。已开工。主体完工。已投入使用。';
    expect(rows(text)).toEqual([['教育惠民新建幼儿园3所,年内投入使用', ['区教育局'], ['各镇街'], true]]);
  });
});

describe('a unit cell printed vertically, one or two characters a line', () => {
  it('joins the fragments back into the unit when together they make one', () => {
    const text = '牵头单位\n\n目 标 任 务\n\n责 任 单 位\n\n市政\n\n府办\n\n公厅\n\n办理人大代表建议和政协提案,按期办结率100%\n\n市直各单位\n\n市发\n\n改委\n\n完成年度投资计划\n\n各区县';
    expect(rows(text)).toEqual([
      ['办理人大代表建议和政协提案,按期办结率100%', ['市政府办公厅'], ['市直各单位'], false],
      ['完成年度投资计划', ['市发改委'], ['各区县'], false],
    ]);
  });
});

describe('two units glued with no separator', () => {
  it('are cut where both halves are units the document names on its own, or the second opens with its level', () => {
    const known = new Set(['文化宣传股', '文化馆']);
    expect(splitGluedUnits('文化宣传股文化馆', known)).toEqual(['文化宣传股', '文化馆']);
    expect(splitGluedUnits('区教育局区财政局', new Set())).toEqual(['区教育局', '区财政局']);
    expect(splitGluedUnits('市委市政府', new Set())).toEqual(['市委', '市政府']);
    // One unit with a sub-unit, or an office of a government: no level after the cut, stays whole.
    expect(splitGluedUnits('市公安局交警支队', new Set(['市公安局']))).toEqual(['市公安局交警支队']);
    expect(splitGluedUnits('市政府办公室', new Set(['市政府']))).toEqual(['市政府办公室']);
  });

  it('in a table, the unit glued to an inferred lead joins the other units', () => {
    const text = '序号\n工作任务\n责任单位\n1\n免费开放服务人次增长15%。\n文化宣传股\n文化馆\n2\n开展文化下乡演出100场。\n文化宣传股文化馆';
    expect(rows(text)).toEqual([
      ['免费开放服务人次增长15%', ['文化宣传股'], ['文化馆'], true],
      ['开展文化下乡演出100场', ['文化宣传股'], ['文化馆'], true],
    ]);
  });
});

describe('a header split by spaces is not a glued header', () => {
  it('a space-separated table keeps its rows (序号 工作任务 责任部门 备注)', () => {
    const plan = parsePlanText('序号 工作任务 责任部门 备注\n1 健全组织机构,做到人员稳定。 基教科 各区教育局\n2 列入年度考核内容,严格考核奖惩。 人秘科 各区教育局');
    expect(plan.tasks.map((t) => t.title)).toEqual(['健全组织机构,做到人员稳定', '列入年度考核内容,严格考核奖惩']);
  });
});

describe('a whole table run into one text with no separators', () => {
  it('reads rows by their numbers and the units after each sentence, passing over the leader named before them', () => {
    const text = '1、2022年民生实事分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1新建公园新建口袋公园5个。全区新增绿地10公顷。王小明园林局各街道城投公司2改造道路改造背街小巷20条。李强住建局各街\n2、道交通局3老旧小区改造改造小区12个。张菁民政局';
    expect(rows(text).map(([title, leads, participants]) => [title.slice(0, 4), leads, participants])).toEqual([
      ['新建公园', ['园林局'], ['各街道', '城投公司']],
      ['改造道路', ['住建局'], ['各街道', '交通局']],
      ['老旧小区', ['民政局'], []],
    ]);
  });

  it('without a leader column, takes only names of three characters or more after a sentence', () => {
    const text = '序号项目名称主要内容牵头单位配合单位1新建公园新建口袋公园5个。园林局各街道城投公司2改造道路改造背街小巷20条。住建局交通局';
    expect(rows(text).map(([, leads, participants]) => [leads, participants])).toEqual([
      [['园林局'], ['各街道', '城投公司']],
      [['住建局'], ['交通局']],
    ]);
  });
});

describe('a glued table whose rows carry figures and no sentence end', () => {
  it('reads the header past a year (2009年计划投资), the task before the figures and the lead before the leaders', () => {
    const text = '附件序号项目名称建设阶段总投资2009年计划投资项目业主牵头协调部门牵头区领导合计 7089078737500 1景区项目加快建设43000020000市兴城公司区建设局王天刚郭代辉2交易中心项目加快建设3200003000聚和农业公司区农发局宋凯';
    expect(rows(text).map(([title, leads, participants]) => [title, leads, participants])).toEqual([
      ['景区项目加快建设', ['区建设局'], []],
      ['交易中心项目加快建设', ['区农发局'], []],
    ]);
  });
});
