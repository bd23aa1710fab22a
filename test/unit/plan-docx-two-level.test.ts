// A .docx table whose header has two levels: 责任单位 spanning 牵头单位 | 配合单位 in the row below, the
// other header cells merged down over both rows. The lower row names the columns; it is no task.
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument } from '../../shared/plan/document.js';
import { makeDocx } from '../helpers/plan-files.js';

describe('a two-level header in a .docx table', () => {
  it('reads 牵头单位 and 配合单位 under a spanning 责任单位, with the data after the second header row', async () => {
    const down = (text: string) => ({ text, vMerge: 'restart' as const });
    const below = { text: '', vMerge: 'continue' as const };
    const bytes = makeDocx([
      '某市重点工作任务分解表',
      [
        [down('序号'), down('工作任务'), { text: '责任单位', span: 2 }, down('完成时限')],
        [below, below, '牵头单位', '配合单位', below],
        ['1', '新建城市公园3处。', '市园林局', '市财政局\n市住建局', '2024年底前'],
        ['2', '改造老旧小区12个。', '市住建局', '各区政府', '2024年6月底前'],
      ],
    ]);
    const { doc } = await readPlanFile(Buffer.from(bytes), 'plan.docx');
    expect(parsePlanDocument(doc).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred, t.deadlineText])).toEqual([
      ['新建城市公园3处', ['市园林局'], ['市财政局', '市住建局'], false, '2024年底前'],
      ['改造老旧小区12个', ['市住建局'], ['各区政府'], false, '2024年6月底前'],
    ]);
  });
});
