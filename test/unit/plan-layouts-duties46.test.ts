// Shapes of issue 15 (brief H-fix5-duties, held-out 1085, 1104, 1105): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { parseLeadVerbForm } from '../../shared/plan/lead-verbs.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

describe('a notice whose body is the breakdown itself, each target followed by its `——由X会同…组织落实` line', () => {
  const text = [
    '各乡镇人民政府,县政府各部门:',
    '为组织实施好《某县乡村振兴规划》,确保完成各项目标,县政府决定将主要目标任务分解落实到各部门。现就有关事项通知如下:',
    '一、分解原则',
    '突出重点,责任明确,便于操作。',
    '二、任务分解',
    '1、农村自来水普及率达到95%。',
    '——由县水利局会同有关部门和各乡镇组织落实。',
    '2、建成高标准农田五万亩。',
    '——由县农业农村局会同县财政局和各乡镇组织落实。',
    '3、村庄生活垃圾收运处置体系覆盖率达到100%。',
    '——由县住建局和各乡镇组织落实。',
  ].join('\n');
  it('reads the targets as tasks, not as the notice’s own requirements', () => {
    expect(rows(text)).toEqual([
      ['农村自来水普及率达到95%', ['县水利局'], ['各乡镇']],
      ['建成高标准农田五万亩', ['县农业农村局'], ['县财政局', '各乡镇']],
      ['村庄生活垃圾收运处置体系覆盖率达到100%', ['县住建局', '各乡镇'], []],
    ]);
  });
  it('reads `——由X会同有关部门和A组织落实` under an item of a plan with no notice the same way', () => {
    const plain = ['某县目标任务分解', '一、约束性指标', '1、农村自来水普及率达到95%。', '——由县水利局会同有关部门和各乡镇组织落实。', '2、建成高标准农田五万亩。', '——由县农业农村局会同县财政局组织落实。'];
    expect(rows(plain.join('\n'))).toEqual([
      ['农村自来水普及率达到95%', ['县水利局'], ['各乡镇']],
      ['建成高标准农田五万亩', ['县农业农村局'], ['县财政局']],
    ]);
  });
  it('keeps `由X会同Y负责` as co-leads (one verb for both)', () => {
    expect(parseLeadVerbForm('由县教育局会同县财政局负责')?.leads).toEqual(['县教育局', '县财政局']);
  });
});
