// Table header words read by their parts (shared/plan/table-rows.ts, guessHeaderRole): tables word their
// columns in endless variants, and a word missing from the list cost its column its role.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { headerRoles } from '../../shared/plan/table-rows.js';

const flat = (header: string[]): string =>
  ['某市重点工作任务分解表', ...header, '1', '新建城市公园3处。', '市园林局', '市财政局、市住建局', '2024年底前', '2', '改造绿道10公里。', '市交通局', '市园林局', '2024年6月底前'].join('\n');

describe('header words not in the list', () => {
  it('reads the role from the word’s parts', () => {
    // 主要责任单位 names the lead (heldout8: as `主要责任单位:A、B` does in a line), not a bare list.
    expect(headerRoles(['编号', '工作事项', '主要责任单位', '协同责任单位', '办结时限'])).toEqual(['seq', 'task', 'lead', 'participant', 'deadline']);
    // 主管单位 is the responsible column, as `主管部门:` is a bare list's label (role-words.ts); beside 协管单位 its
    // whole cell leads (the import below).
    expect(headerRoles(['序号', '细化措施', '主管单位', '协管单位', '完成期限'])).toEqual(['seq', 'content', 'responsibility', 'participant', 'deadline']);
    expect(headerRoles(['序号', '改革事项', '牵头责任领导', '责任单位及责任人', '时间安排'])).toEqual(['seq', 'task', 'other', 'responsibility', 'deadline']);
  });

  it('imports a table whose header has three unknown words in a row', () => {
    const plan = parsePlanText(flat(['序号', '细化措施', '主管单位', '协管单位', '完成期限']));
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred, t.deadlineText])).toEqual([
      ['新建城市公园3处', ['市园林局'], ['市财政局', '市住建局'], false, '2024年底前'],
      ['改造绿道10公里', ['市交通局'], ['市园林局'], false, '2024年6月底前'],
    ]);
  });

  it('a 主要责任单位 column beside a 协同责任单位 one names the lead outright', () => {
    const plan = parsePlanText(flat(['编号', '工作事项', '主要责任单位', '协同责任单位', '办结时限']));
    expect(plan.tasks[0]).toMatchObject({ leads: ['市园林局'], participants: ['市财政局', '市住建局'], isLeadInferred: false });
  });

  it('a group cell inside a table that looks like a header word does not start a new table', () => {
    const text = ['某县重点工作任务分解表', '序号', '类别', '工作任务', '责任单位', '完成时限', '1', '旅游项目', '建设游客中心1个。', '县文旅局', '年底前', '2', '重点工作', '开展招商活动3次。', '县商务局', '年底前'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['建设游客中心1个', '开展招商活动3次']);
  });
});

describe('a space-separated table', () => {
  it('takes header words read by their parts', () => {
    const text = ['某市重点工作任务分解表', '序号  细化措施  主管单位  协管单位  完成期限', '1  新建城市公园3处。  市园林局  市财政局、市住建局  2024年底前'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([['新建城市公园3处', ['市园林局'], ['市财政局', '市住建局']]]);
  });
});
