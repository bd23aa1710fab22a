// Flattened tables (issue 15, layout 3): a unit cell wrapped over two lines, and the document's 版记
// (`…办公室 2023年3月1日印发`) right after the last row.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const table = (rows: string[][], after: string[] = []): string =>
  ['重点工作任务分解表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', ...rows.flat(), ...after].join('\n');

describe('a flattened table', () => {
  it('joins a unit list that ends in 、 with the line after it', () => {
    const tasks = parsePlanText(
      table([
        ['1', '新建口袋公园5个。', '区园林局', '区住建局、区财政局、', '各街道办事处', '2023年12月底前'],
        ['2', '改造绿道10公里。', '区交通局', '区园林局', '长期坚持'],
      ]),
    ).tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区园林局'], ['区住建局', '区财政局', '各街道办事处']],
      [['区交通局'], ['区园林局']],
    ]);
  });

  it('ends at the 印发 line of the document, which is no cell of the last row', () => {
    const tasks = parsePlanText(
      table(
        [
          ['1', '新建口袋公园5个。', '区园林局', '各街道', '2023年12月底前'],
          ['2', '改造绿道10公里。', '区交通局', '长期坚持'],
        ],
        ['某某区人民政府办公室 2023年3月1日印发'],
      ),
    ).tasks;
    expect(tasks.map((t) => [t.leads, t.participants, t.deadlineText])).toEqual([
      [['区园林局'], ['各街道'], '2023年12月底前'],
      [['区交通局'], [], '长期坚持'],
    ]);
  });
});

describe('a flattened row one cell short', () => {
  it('leaves the empty cell to 配合, not to 牵头, when two leads share the lead cell', () => {
    const tasks = parsePlanText(
      table([
        ['1', '新建口袋公园5个。', '区园林局、区住建局', '2023年12月底前'],
        ['2', '改造绿道10公里。', '区交通局', '各街道', '长期坚持'],
      ]),
    ).tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区园林局', '区住建局'], []],
      [['区交通局'], ['各街道']],
    ]);
  });
});
