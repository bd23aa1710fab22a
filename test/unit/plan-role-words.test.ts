// One vocabulary of role words for table headers and line labels (shared/plan/role-words.ts, issue 15): another
// office's word for a role reads the same as a header and as a label. Made-up tables and tasks.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('column headers in other offices\' words', () => {
  it('reads 责任牵头单位 | 协作处室 as the lead and helper columns', () => {
    const text = '序号 | 工作任务 | 责任牵头单位 | 协作处室\n1 | 建成智慧停车平台 | 市城管局 | 市公安局、市数据局\n2 | 改造背街小巷20条 | 市住建局 | 市城管局';
    expect(read(text)).toEqual([
      ['建成智慧停车平台', ['市城管局'], ['市公安局', '市数据局']],
      ['改造背街小巷20条', ['市住建局'], ['市城管局']],
    ]);
  });

  it('reads 承担单位 and 主管部门 as the responsible column, the first unit leading', () => {
    for (const word of ['承担单位', '主管部门', '执行单位', '具体实施单位']) {
      const text = `序号 | 重点任务 | ${word} | 完成时限\n1 | 建成智慧停车平台 | 市城管局、市公安局 | 2026年6月\n2 | 改造背街小巷20条 | 市住建局 | 2026年12月`;
      expect(read(text), word).toEqual([
        ['建成智慧停车平台', ['市城管局'], ['市公安局']],
        ['改造背街小巷20条', ['市住建局'], []],
      ]);
    }
  });

  it('reads an indicator table\'s 落实单位 column as who answers for the indicator', () => {
    const text = '主要指标\n序号 | 指标名称 | 单位 | 2025年目标 | 落实单位\n1 | 城市生活垃圾分类覆盖率 | % | 95 | 市城管局';
    const indicator = parsePlanText(text).indicators?.[0];
    expect(indicator?.name).toContain('垃圾分类');
    expect(indicator?.owner ?? '').toContain('市城管局');
  });
});

describe('labels in other offices\' words', () => {
  it('reads 第一责任单位 and 协管单位 labels', () => {
    const text = '1.建成智慧停车平台。\n第一责任单位:市城管局\n协管单位:市公安局\n2.改造背街小巷20条。\n第一责任单位:市住建局\n协管单位:市城管局';
    expect(read(text)).toEqual([
      ['建成智慧停车平台', ['市城管局'], ['市公安局']],
      ['改造背街小巷20条', ['市住建局'], ['市城管局']],
    ]);
  });

  it('reads a row printed as a form whose units are under 责任科室', () => {
    const text = '具体任务\n建成智慧停车平台,完成主城区接入。\n责任科室\n市政科、信息科\n完成时限\n2026年6月底';
    expect(read(text).map(([, leads, participants]) => [leads, participants])).toEqual([[['市政科'], ['信息科']]]);
  });

  it('reads every role word in the label\'s other forms: 【X】, X为, X(部门):', () => {
    for (const [word, leads, participants] of [
      ['承担单位', ['市城管局'], ['市公安局']],
      ['实施单位', ['市城管局'], ['市公安局']],
      ['主管部门', ['市城管局'], ['市公安局']],
      ['协作处室', [], ['市城管局', '市公安局']],
    ] as const) {
      for (const form of [`\n【${word}】市城管局、市公安局`, `${word}(部门):市城管局、市公安局`]) {
        const text = `1.建成智慧停车平台。${form}\n2.改造背街小巷20条。${form}`;
        expect(read(text)[0], form).toEqual(['建成智慧停车平台', leads, participants]);
      }
    }
    expect(read('1.建成智慧停车平台,承担单位为市城管局。\n2.改造背街小巷20条,承担单位为市住建局。')).toEqual([
      ['建成智慧停车平台', ['市城管局'], []],
      ['改造背街小巷20条', ['市住建局'], []],
    ]);
  });
});

