// Responsibility clauses phrased the many ways offices write them (issue 15): each case a made-up task
// with its clause, read for its lead and participant sets. The ones marked "new" were misread before
// (2026-11-30, branch lead); the others hold what was read already.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const TASK = '1.推进工程建设项目审批提速。';
const cases: [string, string, string[], string[]][] = [
  ['new: 由X牵头,会同A、B推进', '由区住建局牵头,会同区资规分局、区行政审批局推进。', ['区住建局'], ['区资规分局', '区行政审批局']],
  ['new: X为责任单位,Y为配合单位', '(区住建局为责任单位,区城管局为配合单位)', ['区住建局'], ['区城管局']],
  ['new: (X,Y配合): the list before the helpers leads', '(区住建局,区城管局、区交警大队配合)', ['区住建局'], ['区城管局', '区交警大队']],
  ['new: (责任单位:A、B,A牵头)', '(责任单位:区住建局、区城管局,区城管局牵头)', ['区城管局'], ['区住建局']],
  ['new: (X牵头;配合单位:Y)', '(区住建局牵头;配合单位:区城管局)', ['区住建局'], ['区城管局']],
  ['new: ——X牵头,Y配合', '——区住建局牵头,区城管局配合', ['区住建局'], ['区城管局']],
  ['new: (X为责任单位) alone: X leads, not a unit named "X为责任单位"', '(区住建局为责任单位)', ['区住建局'], []],
  ['new: X牵头,A、B按职责配合', '区住建局牵头,区城管局、区交警大队按职责配合。', ['区住建局'], ['区城管局', '区交警大队']],
  ['new: X负总责,A配合', '区住建局负总责,区城管局配合。', ['区住建局'], ['区城管局']],
  ['new: (X负总责)', '(区住建局负总责)', ['区住建局'], []],
  ['new: X为主,A配合', '区住建局为主,区城管局配合。', ['区住建局'], ['区城管局']],
  ['new: X牵头组织,A具体实施', '区住建局牵头组织,区城管局具体实施。', ['区住建局'], ['区城管局']],
  ['new: X牵头,A、B等按照职责分工抓好落实', '区住建局牵头,区城管局、区交警大队等按照职责分工抓好落实。', ['区住建局'], ['区城管局', '区交警大队']],
  ['X牵头,A、B等按职责分工负责', '区住建局牵头,区城管局、区交警大队等按职责分工负责。', ['区住建局'], ['区城管局', '区交警大队']],
  ['X会同Y负责', '区住建局会同区城管局负责。', ['区住建局', '区城管局'], []],
  ['(X牵头,各区政府负责落实)', '(区住建局牵头,各街道负责落实)', ['区住建局'], ['各街道']],
  ['(牵头:X;配合:Y)', '(牵头:区住建局;配合:区城管局)', ['区住建局'], ['区城管局']],
  ['责任单位:X(牵头)、Y', '责任单位:区住建局(牵头)、区城管局', ['区住建局'], ['区城管局']],
  ['X牵头抓总,Y具体实施', '区住建局牵头抓总,区城管局具体实施。', ['区住建局'], ['区城管局']],
];

describe('responsibility clauses phrased other ways', () => {
  for (const [name, clause, leads, participants] of cases) {
    it(name, () => {
      const task = parsePlanText(`${TASK}${clause}`).tasks[0];
      expect([task?.leads, task?.participants]).toEqual([leads, participants]);
    });
  }
});

describe('a dash that opens the item\'s assignment on the line under it', () => {
  it('is the item\'s assignment, not a bullet of its own', () => {
    const text = ['一、优化营商环境', '1.推行企业开办一日办结。', '——区市场监管局牵头,区税务局、区人社局配合。', '2.清理规范涉企收费。', '——区发改委牵头。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['推行企业开办一日办结', ['区市场监管局'], ['区税务局', '区人社局']],
      ['清理规范涉企收费', ['区发改委'], []],
    ]);
  });

  it('keeps a dash bullet that says what is to be done a task', () => {
    const text = ['一、优化营商环境', '——推行企业开办一日办结;', '——清理规范涉企收费。(区发改委牵头)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual(['推行企业开办一日办结', '清理规范涉企收费']);
  });
});

describe('units written beside the item with no label or verb', () => {
  it('reads `1.【X】work` as the units before the work', () => {
    const text = ['1.【区发改局】推进重大项目建设。', '2.【区住建局、区城管局】推进老旧小区改造。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['推进重大项目建设', ['区发改局'], []],
      ['推进老旧小区改造', ['区住建局', '区城管局'], []],
    ]);
  });

  it('reads units alone after the sentence and a space as a bare list (the first leads, inferred)', () => {
    const text = ['1.推进重大项目建设。 区发改局', '2.推进老旧小区改造。 区住建局、区城管局'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred])).toEqual([
      ['推进重大项目建设', ['区发改局'], [], true],
      ['推进老旧小区改造', ['区住建局'], ['区城管局'], true],
    ]);
  });
});

describe('the document\'s rule that the first unit listed leads, in other words', () => {
  for (const rule of ['第一个单位为牵头单位', '首个单位为牵头单位', '排第一位的单位牵头', '列第一的单位负责牵头']) {
    it(`reads 「${rule}」: the first unit leads, stated, not inferred`, () => {
      const text = [`现将方案印发给你们(责任单位中${rule},下同)。`, '1.推进重大项目建设。', '责任单位:区发改局、区财政局'].join('\n');
      expect(parsePlanText(text).tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([[['区发改局'], ['区财政局'], false]]);
    });
  }
});

describe('a lead verb with the helpers after it and no verb of their own', () => {
  it('reads `责任单位:X牵头,A、B` and `(X牵头,A、B)`: the units after the lead take part', () => {
    for (const text of ['1.推进重大项目建设。\n责任单位:区发改局牵头,区财政局、区住建局', '1.推进重大项目建设。(区发改局牵头,区财政局、区住建局)']) {
      expect(parsePlanText(text).tasks.map((t) => [t.leads, t.participants])).toEqual([[['区发改局'], ['区财政局', '区住建局']]]);
    }
  });

  it('keeps a closing bracket with two labels out of the title (`…建设(牵头单位:X;责任单位:Y)。`)', () => {
    expect(parsePlanText('1.推进重大项目建设(牵头单位:区发改局;责任单位:区财政局)。').tasks.map((t) => t.title)).toEqual(['推进重大项目建设']);
  });
});
