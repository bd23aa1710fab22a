// A task table a document site ran into text (issue 15 §4, held-out doc 182): its header words end a
// line that also holds a note and the attachment's caption, and each row is `N、` the task's sentences,
// then after the last sentence end the 牵头 and 配合 lists parted by spaces only. Made-up example.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const TEXT = [
  '注:',
  '1、数据按2020年价格计算.',
  '2、指标以统计部门口径为准. 附件2 某市推进都市圈建设主要任务责任分工方案 主要任务 建设重点 牵头部门 配合部门',
  '一、促进交通互联',
  '(一)建设轨道交通网',
  '1、推进城际铁路建设,争取列入国家规划. 市发改委、市交通局 市直有关部门',
  '2、加快市域快线建设.市住建局 市直有关部门,甲县、乙县政府',
  '3、完善换乘枢纽.推进公交一体化 . 市交通局、市公安局 相关县政府',
  '4、推进丙县 两站',
].join('\n');

describe('a task table whose rows run their unit lists after the task with spaces', () => {
  it('reads the lead and participant lists after the last sentence end, groups and a cut-off row', () => {
    const plan = parsePlanText(TEXT);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['推进城际铁路建设,争取列入国家规划.', ['市发改委', '市交通局'], ['市直有关部门']],
      ['加快市域快线建设.', ['市住建局'], ['市直有关部门', '甲县政府', '乙县政府']],
      ['完善换乘枢纽.推进公交一体化 .', ['市交通局', '市公安局'], ['相关县政府']],
      ['推进丙县 两站', [], []],
    ]);
  });
});
