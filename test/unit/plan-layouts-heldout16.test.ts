// Table shapes the sixteenth held-out batch (501-505 of the real-document corpus, issue 15, brief H-tables16)
// showed when scored before any change. General rules, each in a small made-up table of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('a lead marked by a sign before its name in a unit cell', () => {
  const table = (cells: string[]): string =>
    ['某县年度目标责任分解表', '', '序号', '', '目标任务', '', '责任单位', '', ...cells.flatMap((c) => [c, ''])].join('\n');

  it('takes a filled sign (▲, ★, ●) as the lead and strips it from the name', () => {
    const text = table(['1', '农业增加值增长百分之四', '★县农业农村局,县水利局,各乡镇', '2', '新建城市绿道二十公里', '●县住建局,县自然资源局', '3', '引进亿元以上项目六个', '▲县商务局,各部门']);
    expect(rows(text)).toEqual([
      ['农业增加值增长百分之四', ['县农业农村局'], ['县水利局', '各乡镇']],
      ['新建城市绿道二十公里', ['县住建局'], ['县自然资源局']],
      ['引进亿元以上项目六个', ['县商务局'], ['各部门']],
    ]);
  });

  it('leads the marked unit even when it is not the first, and reads a list signed alike as bullets', () => {
    const text = table(['1', '农业增加值增长百分之四', '县水利局,※县农业农村局', '2', '新建城市绿道二十公里', '●县住建局,●县自然资源局']);
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['县农业农村局'], ['县水利局']],
      [['县住建局'], ['县自然资源局']],
    ]);
    expect(tasks.map((t) => t.isLeadInferred)).toEqual([false, true]);
  });
});

describe('a `cell` / `|` table: a role phrase closing a unit cell, the last row cut', () => {
  const text = [
    '序号', '|', '工作任务', '|', '责任单位', '|',
    '1', '|', '建设青年创业园区。', '|', '市人社局、市财政局、市妇联协助落实', '|',
    '2', '|', '推进老旧小区改造。', '|', '市住建局、各区政府', '|',
    '3', '|', '完善城乡公交网络。', '|', '市交通局', '|',
    '4', '|', '实施全民健身', // the page ends here: no bar closes the row
  ].join('\n');

  it('takes the role phrase off the last unit; the first unit leads by inference', () => {
    expect(rows(text)[0]).toEqual(['建设青年创业园区', ['市人社局'], ['市财政局', '市妇联']]);
  });

  it('keeps the row cut after its number as a task with no units', () => {
    expect(rows(text)[3]).toEqual(['实施全民健身', [], []]);
  });
});
