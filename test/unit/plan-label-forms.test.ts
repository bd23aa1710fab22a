// Responsibility written in forms the layout list implies but the corpus met rarely: labels in lenticular
// brackets later on a line, and a closing bracket listing a unit with a collective (各街道).
import { describe, expect, it } from 'vitest';
import { titleRowsInferred as rows } from '../helpers/plan-rows.js';

describe('labels in brackets', () => {
  it('reads 【牵头单位】X 【配合单位】Y on one line, after the task or on a line of its own', () => {
    const text = [
      '某县2025年重点工作任务',
      '1.新建停车场3处。【牵头单位】县城管局【配合单位】县交警大队',
      '2.新建口袋公园5个。',
      '【牵头单位】县园林局 【配合单位】各乡镇',
      '3.改造供水管网10公里。[牵头单位]县水务局 [配合单位]县住建局、县财政局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建停车场3处', ['县城管局'], ['县交警大队'], false],
      ['新建口袋公园5个', ['县园林局'], ['各乡镇'], false],
      ['改造供水管网10公里', ['县水务局'], ['县住建局', '县财政局'], false],
    ]);
  });

  it('keeps a unit’s own mark in brackets a mark', () => {
    const text = ['某县2025年重点工作任务', '1.新建停车场3处。', '责任单位:县发改局[牵头]、县城管局'].join('\n');
    expect(rows(text)).toEqual([['新建停车场3处', ['县发改局'], ['县城管局'], false]]);
  });
});

describe('a closing bracket of units', () => {
  it('reads a unit followed by a collective (各街道, 相关部门) as a bare list', () => {
    const text = ['某区2025年重点工作任务', '1.建设智慧社区10个(区民政局、各街道)', '2.推进数字政府建设(区大数据局、区级相关部门)。', '3.建设口袋公园(含街角绿地)'].join('\n');
    expect(rows(text)).toEqual([
      ['建设智慧社区10个', ['区民政局'], ['各街道'], true],
      ['推进数字政府建设', ['区大数据局'], ['区级相关部门'], true],
      ['建设口袋公园(含街角绿地)', [], [], false],
    ]);
  });
});

describe('a progress report item', () => {
  it('reads the bracket closing the task line though a 进展情况 line follows; labels after it still win', () => {
    const text = [
      '关于重点工作任务进展情况的通报',
      '1.新建公办幼儿园2所。(县教体局)',
      '进展情况:1所已完工,1所主体封顶。',
      '2.新建学校2所(县教体局、县发改局)',
      '牵头单位:县教体局',
      '配合单位:县财政局',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建公办幼儿园2所', ['县教体局'], [], true],
      ['新建学校2所(县教体局、县发改局)', ['县教体局'], ['县财政局'], false],
    ]);
  });
});

describe('items grouped under the unit that leads them', () => {
  it('a heading that is a unit alone, or a unit with 牵头 or its own 配合 bracket, leads the items under it', () => {
    const text = [
      '某县2024年政府工作报告重点任务分工',
      '一、县发改局',
      '1.争取中央预算内投资项目10个。',
      '2.推进重点项目建设。',
      '二、县住建局(配合单位:各乡镇)',
      '3.改造老旧小区5个。',
      '三、县教体局牵头',
      '4.新建幼儿园2所。',
      '5.新建学校1所。(县发改局)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['争取中央预算内投资项目10个', ['县发改局'], [], false],
      ['推进重点项目建设', ['县发改局'], [], false],
      ['改造老旧小区5个', ['县住建局'], ['各乡镇'], false],
      ['新建幼儿园2所', ['县教体局'], [], false],
      ['新建学校1所', ['县发改局'], [], true],
    ]);
  });

  it('a heading sentence that merely ends like a unit (…工作格局) is no unit', () => {
    const text = ['某市质量发展规划', '第一,贯彻质量强市战略,构筑大质量工作格局', '(一)完善质量工作机制。(市质监局)', '(二)加强质量文化建设。'].join('\n');
    expect(rows(text).map((r) => r[1])).not.toContainEqual(['贯彻质量强市战略,构筑大质量工作格局']);
  });
});

describe('units carrying their own role marks, with no label', () => {
  it('reads the marks on the task’s last line or after its sentence, and leaves a labelled list to the label', () => {
    const text = [
      '某区2024年重点工作任务',
      '1.新建学校2所。',
      '区教育局(牵头单位)、区财政局(配合单位)',
      '2.新建公园3处。区园林局(牵头)、各街道(配合)',
      '3.改造道路5条。',
      '责任单位:区交通局(牵头单位)、区城管局(配合单位)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建学校2所', ['区教育局'], ['区财政局'], false],
      ['新建公园3处', ['区园林局'], ['各街道'], false],
      ['改造道路5条', ['区交通局'], ['区城管局'], false],
    ]);
  });
});
