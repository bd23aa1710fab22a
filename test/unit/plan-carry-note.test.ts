// A carry-forward note inside a labelled bracket (issue 15, layout 5): the note is no unit of the list it
// follows; its unit joins this task and every later one.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

describe('a carry-forward note inside a labelled bracket', () => {
  it('keeps the note out of the lead list and carries its unit on', () => {
    const tasks = parsePlanText(
      [
        '一、重点任务',
        '1.新建口袋公园5个(牵头单位:区园林局;以下均需各县市区落实,不再逐一列出)。',
        '2.改造绿道10公里(牵头单位:区交通局;责任单位:区园林局)。',
      ].join('\n'),
    ).tasks;
    expect(tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['区园林局'], ['各县市区']],
      [['区交通局'], ['区园林局', '各县市区']],
    ]);
  });
});
