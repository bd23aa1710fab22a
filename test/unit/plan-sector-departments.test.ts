// A department named by its line of work (`教育部门:负责…`) leads the duty written after its colon; a field word of
// the same length (`主管部门:`, `实施单位:`) still names no unit. Made-up documents.
import { describe, expect, it } from 'vitest';
import { isSectorDepartment } from '../../shared/plan/sector-departments.js';
import { clauseLeads } from '../helpers/plan-rows.js';

const rows = clauseLeads(/[,,。;]/);

describe('sector departments before a colon', () => {
  it('reads `教育部门:负责…` items as led by that department, beside longer names', () => {
    const text = [
      '某县校园周边环境整治职责分工',
      '1.教育部门:负责督促学校落实门卫值守制度;对整改不到位的学校予以通报。',
      '2.交通运输部门:负责校车运营线路的审定和安全检查。',
      '3.公安部门:负责上下学高峰时段的护学岗设置。',
      '4.市场监督管理部门:负责校园周边流动摊点的食品安全检查。',
      '5.卫生部门:负责学校传染病防控的业务指导。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责督促学校落实门卫值守制度', ['教育部门']],
      ['负责校车运营线路的审定和安全检查', ['交通运输部门']],
      ['负责上下学高峰时段的护学岗设置', ['公安部门']],
      ['负责校园周边流动摊点的食品安全检查', ['市场监督管理部门']],
      ['负责学校传染病防控的业务指导', ['卫生部门']],
    ]);
  });

  it('tells sector departments from field words of the same length', () => {
    expect(['财政部门', '县民政部门', '各级税务部门', '水利部门'].every(isSectorDepartment)).toBe(true);
    expect(['主管部门', '责任部门', '实施单位', '建设单位', '职能部门', '有关部门', '文化'].some(isSectorDepartment)).toBe(false);
  });

  it('keeps a field line `主管部门:` from leading an item', () => {
    const text = ['1.新建污水管网12公里。', '主管部门:县住建局', '2.改造老旧供水管道8公里。', '主管部门:县水务局'].join('\n');
    expect(rows(text).map(([title, leads]) => [title, leads.includes('主管部门')])).toEqual([
      ['新建污水管网12公里', false],
      ['改造老旧供水管道8公里', false],
    ]);
  });
});
