// A table whose cells are separated by spaces (issue 15, layout 4): a long run of unit cells after the
// task's sentence is split at its spaces when every piece is a unit list or a deadline.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('a space-separated table with long unit cells', () => {
  it('splits the lead, the participants and the deadline', () => {
    const tasks = parsePlanText(
      [
        '序号 重点任务 牵头单位 配合单位 完成时限',
        '1 制定实施准入清单。 市生态环境局、市市场监管局 市发展和改革局、市工业和信息化局、市自然资源局、各县(市、区)人民政府 年底前完成',
        '2 新建口袋公园5个。 区园林局 各街道 长期坚持',
      ].join('\n'),
    ).tasks;
    expect(tasks.map((t) => [t.leads, t.participants, t.deadlineText])).toEqual([
      [['市生态环境局', '市市场监管局'], ['市发展和改革局', '市工业和信息化局', '市自然资源局', '各县(市、区)人民政府'], '年底前完成'],
      [['区园林局'], ['各街道'], '长期坚持'],
    ]);
  });
});
