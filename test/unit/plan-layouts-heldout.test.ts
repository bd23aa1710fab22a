// Layouts the held-out documents 61-70 of the real-document corpus (issue 15, brief T) showed after they
// were scored: general rules, each in a small made-up document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText, splitRunOnItems } from '../../shared/plan/document.js';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe("a document's own rule on who leads, in more wordings", () => {
  it('首位单位为牵头单位, written in a bracket after the first unit, is a rule and not part of the name', () => {
    const text = '1.生产总值增长7%。\n责任单位:县发改局(首位单位为牵头单位,下同)、县财政局\n2.节俭办一切事业。\n责任单位:县财政局、县审计局';
    expect(rows(text)).toEqual([
      ['生产总值增长7%', ['县发改局'], ['县财政局'], false],
      ['节俭办一切事业', ['县财政局'], ['县审计局'], false],
    ]);
  });

  it('排序第一单位为牵头单位 in the notice; a closing bracket of units only is the responsibility list', () => {
    const text = '请各部门(责任单位中排序第一单位为牵头单位)按照职责认真落实。\n1.区属GDP增长12%。(区发改局)\n2.加快企业上市步伐。(区发改局、金融办)\n3.建设城市公园(含口袋公园)。';
    expect(rows(text).slice(0, 2)).toEqual([
      ['区属GDP增长12%', ['区发改局'], [], false],
      ['加快企业上市步伐', ['区发改局'], ['区金融办'], false],
    ]);
    // A bracket that is not a list of units stays in the task.
    expect(parsePlanText(text).tasks[2]?.leads).toEqual([]);
  });

  it('列第一位为牵头单位 does not undo A、B分别牵头', () => {
    const text = '1.固定资产投资增长10%。\n责任单位:市发改委、市经信局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n2.城乡居民收入增速领先。\n责任单位:市人力社保局、市农业农村局分别牵头';
    expect(rows(text)).toEqual([
      ['固定资产投资增长10%', ['市发改委'], ['市经信局'], false],
      ['城乡居民收入增速领先', ['市人力社保局', '市农业农村局'], [], false],
    ]);
  });
});

describe('other shapes of responsibility', () => {
  it('部门分工:X牵头,各地、各部门配合 — and the same line under the next item is not dropped as a repeat', () => {
    const text = '1.地区生产总值增长6%以上。\n分管省领导:张三\n部门分工:省发展改革委牵头,各地、各部门配合。\n2.固定资产投资增长8%左右。\n分管省领导:张三\n部门分工:省发展改革委牵头,各地、各部门配合。';
    expect(rows(text)).toEqual([
      ['地区生产总值增长6%以上', ['省发展改革委'], ['各地', '各部门'], false],
      ['固定资产投资增长8%左右', ['省发展改革委'], ['各地', '各部门'], false],
    ]);
  });

  it('items numbered with the small full stop (1﹒) are items', () => {
    const text = '1﹒全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n2﹒一般公共预算收入增长7%左右。\n牵头责任单位:省财政厅。';
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['全省生产总值增长7%以上', ['省发展改革委']],
      ['一般公共预算收入增长7%左右', ['省财政厅']],
    ]);
  });
});

describe('a page run into one paragraph, numbering restarting under each group', () => {
  it('cuts at every run of numbers and at the group headings that follow one another', () => {
    const line = { line: 1, text: '责任分解 一、张三县长牵头重点工作 1.生产总值增长7%。 责任单位:县发改局 2.节俭办事。 责任单位:县财政局 二、李四副县长牵头重点工作 1.集体学法。 责任单位:县司法局 2.深化改革。 责任单位:县资规局' };
    expect(splitRunOnItems(line).map((l) => l.text.slice(0, 6))).toEqual(['责任分解', '一、张三县长', '1.生产总值', '2.节俭办事', '二、李四副县', '1.集体学法', '2.深化改革']);
  });
});

describe('a table whose cells are separated by spaces', () => {
  it('splits the unit cells after the task at spaces, and reads an unnumbered row under a merged 序号', () => {
    const text = '序号 工作任务 责任部门 备注\n1 健全组织机构,做到人员稳定。 基教科 各区教育局、 市局直属单位\n2 列入年度考核内容,严格考核奖惩。 人秘科 各区教育局\n完成年度创建目标任务。 各科室\n3 开展无烟单位创建。 体卫艺科 各区教育局';
    expect(rows(text).map(([title, leads]) => [title, leads])).toEqual([
      ['健全组织机构,做到人员稳定', ['基教科']],
      ['列入年度考核内容,严格考核奖惩', ['人秘科']],
      ['完成年度创建目标任务', ['各科室']],
      ['开展无烟单位创建', ['体卫艺科']],
    ]);
  });
});

describe('honest reports', () => {
  it('lists the notice lines a table-sourced plan does not import, ends the table at the signature, reads a Chinese-numeral date', () => {
    const plan = parsePlanText('关于印发2022年任务分解表的通知\n各部门:\n现将任务分解表印发给你们。\n序号\n工作任务\n牵头单位\n1\n建设公园。\n区园林局\n县人民政府\n二〇二二年三月一日');
    expect(plan.tasks.map((t) => [t.title, t.leads])).toEqual([['建设公园', ['区园林局']]]);
    expect(plan.issuedOn).toBe('2022-03-01');
    expect(plan.unplaced.filter((u) => u.kind === 'skipped').map((u) => u.line)).toEqual([2, 3]);
  });

  it('a Chinese-numeral date inside a run-on paragraph is the signature date', () => {
    expect(parsePlanText('各部门:现将情况表印发给你们。附件:项目情况表二○○九年五月十四日主题词:经济管理').issuedOn).toBe('2009-05-14');
  });

  it('a document with only 部门分工 wording does not say it names no unit', () => {
    const plan = parsePlanText('1.建设公园。\n部门分工:按有关规定办理。');
    expect((plan.notes ?? []).join('')).not.toContain('文件中没有找到任何责任单位');
  });
});

describe('a flattened table whose task column is headed with a qualifier (held-out documents, 2026-11-29)', () => {
  it('主 要 工 作 任 务, letter-spaced, is the task column: its rows are tasks, not the heading’s text', () => {
    const text = [
      '2022年政府工作报告重点工作责任分解', '一、未来五年主要工作任务',
      '序号', '主 要 工 作 任 务', '责任单位',
      '1', '坚持创新驱动发展,建设高水平创新型城市。', '市科技局',
      '2', '坚持产业强市,构建现代化产业体系。', '市经信局',
      '3', '坚持城乡融合,推进共同富裕。', '市农业农村局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['坚持创新驱动发展,建设高水平创新型城市', ['市科技局'], [], true],
      ['坚持产业强市,构建现代化产业体系', ['市经信局'], [], true],
      ['坚持城乡融合,推进共同富裕', ['市农业农村局'], [], true],
    ]);
  });
});
