// Closing brackets that say who answers in more than one sentence (issue 15, layouts 2 and 5): the departments
// a verb names lead and a bare 责任单位 list after them takes part; a carry-forward note whose units come before
// its 以下 (`各项措施均需X、Y落实,以下不再列出`) keeps the task's own units and carries X、Y to every later task.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const plan = (first: string): ReturnType<typeof parsePlanText>['tasks'] =>
  parsePlanText(['某县2025年优化营商环境若干措施', '一、提升办事效率', `1.压减审批时限。${first}`, '2.推行告知承诺制。(县司法局负责)'].join('\n')).tasks;

describe('a verb sentence, then a bare 责任单位 list, in one bracket', () => {
  it('gives the lead to the departments the verb names and a part to the listed places', () => {
    const [first] = plan('〔县政务服务中心、县自然资源局、县住建局等按职责分工负责。责任单位:各乡镇人民政府、县经济开发区管委会〕');
    expect(first).toMatchObject({
      leads: ['县政务服务中心', '县自然资源局', '县住建局'],
      participants: ['各乡镇人民政府', '县经济开发区管委会'],
      isLeadInferred: false,
    });
  });

  it('reads X牵头 before the list the same way', () => {
    const [first] = plan('(县政务服务中心牵头;责任单位:各乡镇人民政府)');
    expect(first).toMatchObject({ leads: ['县政务服务中心'], participants: ['各乡镇人民政府'] });
  });

  it('leaves a bracket with only the list a bare list, first unit inferred', () => {
    const [first] = plan('(责任单位:县政务服务中心、各乡镇人民政府)');
    expect(first).toMatchObject({ leads: ['县政务服务中心'], participants: ['各乡镇人民政府'], isLeadInferred: true });
  });
});

describe('a carry-forward note that names its units before 以下', () => {
  it('keeps the co-leads of the bracket and carries the named units to the later tasks', () => {
    const [first, second] = plan('(县发展改革局、县财政局等有关部门按职责分工负责,各项措施均需各乡镇人民政府、县经济开发区管委会落实,以下不再列出)');
    expect(first).toMatchObject({ leads: ['县发展改革局', '县财政局'], participants: ['各乡镇人民政府', '县经济开发区管委会'] });
    expect(second).toMatchObject({ leads: ['县司法局'], participants: ['各乡镇人民政府', '县经济开发区管委会'] });
  });
});
