// A two-level table header flattened one cell per line (issue 15, layout 3): the spanning 责任单位 cell
// gives its place to the 牵头/配合 sub-columns printed after the first header row.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('a flattened two-level header', () => {
  it('lines the rows up with the sub-columns under 责任单位', () => {
    const text = [
      '附件',
      '重点工作任务分解表',
      '序号',
      '重点任务',
      '责任单位',
      '完成时限',
      '牵头单位',
      '配合单位',
      '1',
      '新建口袋公园5个。',
      '区园林局',
      '各街道',
      '2023年12月底前',
      '2',
      '改造绿道10公里。',
      '区交通局',
      '区园林局、各街道',
      '长期坚持',
    ].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.title, t.leads, t.participants, t.deadlineText])).toEqual([
      ['新建口袋公园5个', ['区园林局'], ['各街道'], '2023年12月底前'],
      ['改造绿道10公里', ['区交通局'], ['区园林局', '各街道'], '长期坚持'],
    ]);
  });
});
