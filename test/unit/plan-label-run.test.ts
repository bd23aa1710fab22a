// Label lines after an item are read as one run even when a line with no label follows them (issue 15,
// layouts 1 and 6): the page's 印发 line or a page number after the last task must not cut the 牵头 line off.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('a run of label lines followed by a line with no label', () => {
  it('keeps the 牵头 line of the last task before the 印发 line', () => {
    const text = [
      '一、重点任务',
      '1.新建口袋公园5个。',
      '牵头单位:区园林局',
      '2.改造绿道10公里。',
      '(1)改造滨河绿道6公里;',
      '(2)改造环山绿道4公里。',
      '牵头单位:区园林局',
      '责任单位:区交通局、各街道',
      '某某区人民政府办公室 2023年3月1日印发',
    ].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['新建口袋公园5个', ['区园林局'], []],
      ['改造滨河绿道6公里', ['区园林局'], ['区交通局', '各街道']],
      ['改造环山绿道4公里', ['区园林局'], ['区交通局', '各街道']],
    ]);
  });

  it('reads the unlabelled sentence of the last task before the 印发 line', () => {
    const text = ['一、重点任务', '1.新建口袋公园5个。区园林局牵头。', '2.改造绿道10公里。区交通局牵头,区园林局、江南镇配合。', '某某区人民政府办公室 2023年3月1日印发'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区园林局'], []],
      [['区交通局'], ['区园林局', '江南镇']],
    ]);
  });
});
