// Layouts the fifth held-out batch of task documents (201-211 of the real-document corpus, issue 15,
// brief H7) showed when scored before any change: general rules, each in a small made-up document of
// the shape real ones have.
import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../shared/plan/unit-names.js';
import { roleOfHeader } from '../../shared/plan/table-rows.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('a table flattened one cell per line with long numbered task cells', () => {
  it('reads the rows after a group row when the task cells are whole paragraphs', () => {
    const long = '加快建设城市公园体系,新建口袋公园五个、社区公园三个,改造提升老旧公园两个,完善园内照明、座椅、步道和公厕等设施,全年新增绿地面积二十公顷以上。';
    const text = [
      '年度重点工作分解表', '', '主要工作任务', '', '牵头单位', '', '责任单位', '',
      '一、建设宜居城区', '', `1.${long}`, '', '区园林局', '', '区住建局、各街道', '',
      `2.${long.replace('公园', '绿道')}`, '', '区交通局', '', '区园林局', '',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['区园林局'], ['区住建局', '各街道']],
      [['区交通局'], ['区园林局']],
    ]);
  });
});

describe('a `cell |` table in traditional script', () => {
  it('reads the header words after folding their script', () => {
    // A page mostly in traditional script is read as its simplified original (main's conversion); a header
    // in traditional script on an otherwise simplified page is still a header.
    expect(['序號', '項目名稱', '責任單位', '牽頭單位', '完成時限'].map((w) => roleOfHeader(w))).toEqual(['seq', 'task', 'responsibility', 'lead', 'deadline']);
    const text = ['序號 |', '項目名稱 |', '建設地點 |', '建設時間 |', '責任單位 |', '|', '1 |', '新建社区公园 |', '甲街道 |', '2024 |', '园林局 |', '|', '2 |', '改造老旧小区 |', '乙镇 |', '2024 |', '住建局 |', '|'].join('\n');
    expect(rows(text)).toEqual([
      ['新建社区公园', ['园林局'], []],
      ['改造老旧小区', ['住建局'], []],
    ]);
  });

  it('keeps an amount inside a row as the row\'s cell, not the next 序号', () => {
    const text = ['序号 |', '项目名称 |', '投资金额(万元) |', '责任单位 |', '|', '1 |', '新建社区公园 |', '300 |', '园林局 |', '|', '2 |', '改造老旧小区 |', '1360 |', '住建局 |', '|'].join('\n');
    expect(rows(text)).toEqual([
      ['新建社区公园', ['园林局'], []],
      ['改造老旧小区', ['住建局'], []],
    ]);
  });
});

describe('a table row printed as a form', () => {
  it('reads header words alone on their lines, each followed by its cell', () => {
    const text = ['工作任务', '新建口袋公园五个,改造绿道十公里。', '责任单位', '园林局、交通局', '配合单位', '各街道', '完成时限', '年底前'].join('\n');
    expect(rows(text)).toEqual([['新建口袋公园五个,改造绿道十公里', ['园林局', '交通局'], ['各街道']]]);
  });
});

describe('places named once before one department each', () => {
  it('gives every place the department the last one names', () => {
    expect(splitUnitList('甲山市、乙水市、丙川州发展改革部门')).toEqual(['甲山市发展改革部门', '乙水市发展改革部门', '丙川州发展改革部门']);
  });

  it('leaves a unit written under a shared 市 whole', () => {
    expect(splitUnitList('甲山市、市市场监管局')).toEqual(['甲山市', '市市场监管局']);
  });

  it('keeps 各区、县(市)政府 one group', () => {
    expect(splitUnitList('市财政局等有关部门,各区、县(市)政府及开发区管委会')).toEqual(['市财政局', '各区、县(市)政府', '开发区管委会']);
  });
});

describe('a heading that names the lead', () => {
  it('leads every task under it, with the 协同单位 line as participants', () => {
    const text = [
      '一、张三副省长负责的工作',
      '(一)省审计厅牵头的工作',
      '1.全面加强审计监督。',
      '协同单位:省直各部门和各市人民政府。',
      '2.推进审计整改。',
      '协同单位:省财政厅、省发展改革委等省直有关部门和各市人民政府。',
      '(二)省统计局牵头的工作',
      '1.开展经济普查。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['全面加强审计监督', ['省审计厅'], ['省直各部门', '各市人民政府']],
      ['推进审计整改', ['省审计厅'], ['省财政厅', '省发展改革委', '各市人民政府']],
      ['开展经济普查', ['省统计局'], []],
    ]);
  });
});

describe('items numbered with the single characters ⑴ and ⒈', () => {
  it('reads ⑴ as (1) and ⒈ as 1., each item a task with its label lines', () => {
    const text = ['一、主要指标', '⑴义务教育巩固率达到97%。', '责任单位:省教育厅。', '⑵耕地保有量保持在6000万亩。', '牵头单位:省自然资源厅。', '责任单位:省农业农村厅。'].join('\n');
    expect(rows(text)).toEqual([
      ['义务教育巩固率达到97%', ['省教育厅'], []],
      ['耕地保有量保持在6000万亩', ['省自然资源厅'], ['省农业农村厅']],
    ]);
    expect(rows(['⒈新建公园。(牵头单位:区园林局)', '⒉改造绿道。(牵头单位:区交通局)'].join('\n')).map((r) => r[1])).toEqual([['区园林局'], ['区交通局']]);
  });
});

describe('a shared-work list with its own note', () => {
  it('reads `A、B,C按职责分工负责,下同` as three co-leads, the note no unit', () => {
    const text = '(一)新建城际铁路。(责任单位:自治区发展改革委、财政厅,甲铁路公司,各市人民政府按职责分工负责,下同。以下各项任务均涉及各市人民政府,不再列出)';
    expect(rows(text)).toEqual([['新建城际铁路', ['自治区发展改革委', '财政厅', '甲铁路公司', '各市人民政府'], []]]);
  });
});
