// A division of duties with no numbers and no colons: each paragraph opened by its unit and its verb
// (`县财政局负责…。` / `县环保局要加强…。`). Three in a row are the items, each led by the unit that opens it.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const PAGE = [
  '某县美丽乡村建设部门职责分工',
  '为推进美丽乡村建设,现将各部门职责明确如下。',
  '县农业农村局负责全县美丽乡村建设的统筹协调,制定年度计划并组织考核。',
  '县交通运输局要加快农村公路提档升级,指导各乡镇做好道路养护。',
  '县卫生健康局负责农村改厕的技术指导和粪污处理的督促检查。',
  '县财政局负责落实专项资金,监督资金使用。',
];

describe('paragraphs each opened by the unit that does the work', () => {
  it('reads each as a task led by its unit', () => {
    const tasks = parsePlanText(PAGE.join('\n')).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([['县农业农村局'], ['县交通运输局'], ['县卫生健康局'], ['县财政局']]);
  });

  it('reads them the same with a blank line between the paragraphs', () => {
    const tasks = parsePlanText(PAGE.join('\n\n')).tasks;
    expect(tasks.map((t) => t.leads)).toEqual([['县农业农村局'], ['县交通运输局'], ['县卫生健康局'], ['县财政局']]);
  });

  it('leaves two such sentences in a preamble alone', () => {
    const plan = parsePlanText([...PAGE.slice(0, 2), PAGE[2], PAGE[3], '一、重点任务', '1.开展村庄清洁行动。(牵头单位:县农业农村局)'].join('\n'));
    expect(plan.tasks.map((t) => t.title)).toEqual(['开展村庄清洁行动']);
  });
});
