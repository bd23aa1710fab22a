// Shapes of issue 15 (brief H-fix5-sentences, sentences closed by their own bracket): each in a small made-up
// document of the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('one-sentence lines under a sub-heading, each closed by its own bracket, the last cut by the page', () => {
  const head = [
    '某市人民政府办公厅关于落实发展规划主要目标任务分工的通知',
    '各区人民政府,市政府各部门:',
    '为做好规划实施工作,现将主要目标和任务分解如下。',
    '一、主要目标和任务分工安排',
    '(一)预期性指标',
    '森林覆盖率提高到百分之四十五。(市林业局牵头)',
    '城镇污水集中处理率达到百分之九十五。(市水务局、市住建局、市环保局等部门按职责分工负责)',
  ];

  it('reads each line as a task of its own, the short cut line too', () => {
    expect(rows([...head, '万元产值能耗'].join('\n'))).toEqual([
      ['森林覆盖率提高到百分之四十五', ['市林业局'], []],
      ['城镇污水集中处理率达到百分之九十五', ['市水务局', '市住建局', '市环保局'], []],
      ['万元产值能耗', [], []],
    ]);
  });

  it('keeps a short last line that is a unit, not a cut measure, out of the tasks', () => {
    const tasks = parsePlanText([...head, '某市人民政府办公厅'].join('\n')).tasks;
    expect(tasks.map((t) => t.title)).not.toContain('某市人民政府办公厅');
  });
});
