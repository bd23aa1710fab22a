// A Word table whose header names no unit column, read as the text reader reads the same rows printed with bars
// (shared/plan/word-table-as-text.ts): the same page gives the same units as text and as the issuer's .docx.
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument, parsePlanText } from '../../shared/plan/document.js';
import { makeRealisticDocx, type RealBlock } from '../helpers/realistic-docx.js';

const readDocx = async (blocks: RealBlock[]) => parsePlanDocument((await readPlanFile(makeRealisticDocx(blocks), '推进情况.docx')).doc);
const units = (plan: { tasks: { title: string; leads: string[]; participants: string[] }[] }) => plan.tasks.map((t) => [t.title, t.leads, t.participants]);

const ROWS = [
  ['序号', '重点任务', '推进情况'],
  ['1', '实施城区排水管网改造,新建雨污分流管网15公里。(责任单位:县水利局、县住建局)', '已完成8公里。'],
  ['2', '推进农贸市场提升改造,年内完成4个。(责任单位:县商务局)', '1.已完成设计。\n2.已开工2个。'],
  ['3', '新建城市书房3家,延长开放时间。(责任单位:县文广旅体局、县财政局、各乡镇)', '已选址。'],
];

describe('a Word table with the units in a bracket closing each task cell', () => {
  it('reads each row’s bracket as its units, as the same rows printed with bars are read', async () => {
    const word = await readDocx(['某县2025年民生实事推进情况', { table: ROWS }]);
    const text = parsePlanText(['某县2025年民生实事推进情况', ...ROWS.map((r) => `${r.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`)].join('\n'));
    expect(units(word)).toEqual([
      ['实施城区排水管网改造,新建雨污分流管网15公里', ['县水利局'], ['县住建局']],
      ['推进农贸市场提升改造,年内完成4个', ['县商务局'], []],
      ['新建城市书房3家,延长开放时间', ['县文广旅体局'], ['县财政局', '各乡镇']],
    ]);
    expect(units(word)).toEqual(units(text));
  });

  it('keeps the progress column as the office’s own column, and reads no task from a progress cell’s points', async () => {
    const word = await readDocx([{ table: ROWS }]);
    expect(word.tasks).toHaveLength(3);
    expect(word.extraColumns).toEqual(['推进情况']);
    expect(word.tasks[1]?.extra?.['推进情况']).toContain('已开工2个');
  });

  it('leaves a table with a unit column to the cell reader, and a table used for layout to the body reader', async () => {
    const plain = await readDocx([
      {
        table: [
          ['序号', '工作任务', '牵头单位', '配合单位'],
          ['1', '完成老旧小区改造12个', '县住建局', '县财政局'],
        ],
      },
    ]);
    expect(units(plain)).toEqual([['完成老旧小区改造12个', ['县住建局'], ['县财政局']]]);
    const layout = await readDocx([{ table: [['一、重点任务'], ['1.完成老旧小区改造12个。(牵头单位:县住建局;配合单位:县财政局)']] }]);
    expect(units(layout)).toEqual([['完成老旧小区改造12个', ['县住建局'], ['县财政局']]]);
  });
});
