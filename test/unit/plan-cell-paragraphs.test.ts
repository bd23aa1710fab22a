// A unit cell written one unit per paragraph (issue 15, .docx/.xlsx tables): each line is a unit, also
// when some end in words the light tail check does not know (高新园(邹区镇), 妇联, 各镇(街道), 开发区).
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument } from '../../shared/plan/document.js';
import { splitDepartmentNames } from '../../shared/plan/department-names.js';
import { makeDocx } from '../helpers/plan-files.js';

describe('a unit cell with one unit per paragraph', () => {
  it('splits at each line', () => {
    expect(splitDepartmentNames('区财政局\n高新园(邹区镇)\n区妇联\n各镇(街道)')).toEqual(['区财政局', '高新园(邹区镇)', '区妇联', '各镇(街道)']);
    expect(splitDepartmentNames('各镇人民政府\n某某经济开发区')).toEqual(['各镇人民政府', '某某经济开发区']);
  });

  it('keeps a cell whose lines are sentences as it is', () => {
    expect(splitDepartmentNames('区财政局牵头。\n各街道配合;')).not.toEqual(['区财政局牵头', '各街道配合']);
  });

  it('reads such a cell of a .docx table as several units', async () => {
    const bytes = makeDocx([
      '重点工作任务分解表',
      [
        ['序号', '重点任务', '责任单位', '完成时限'],
        ['1', '新建口袋公园5个。', '区园林局\n某某经济开发区\n各镇(街道)', '2023年12月底前'],
      ],
    ]);
    const { doc } = await readPlanFile(Buffer.from(bytes), 'plan.docx');
    const [task] = parsePlanDocument(doc).tasks;
    expect([task?.leads, task?.participants]).toEqual([['区园林局'], ['某某经济开发区', '各镇(街道)']]);
  });
});
