// Shapes of issue 15 (brief H-fix5-duties, held-out 1085, 1104, 1105): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { parseLeadVerbForm } from '../../shared/plan/lead-verbs.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

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
  it('reads a last assignment line the page cut before its verb (`——由X会同有关部门和A`) as the item’s', () => {
    const cut = ['某县目标任务分解', '一、约束性指标', '1、农村自来水普及率达到95%。', '——由县水利局会同有关部门和各乡镇组织落实。', '2、城镇污水处理率达到90%。', '——由县生态环境局会同有关部门和各乡镇'];
    expect(rows(cut.join('\n'))).toEqual([
      ['农村自来水普及率达到95%', ['县水利局'], ['各乡镇']],
      ['城镇污水处理率达到90%', ['县生态环境局'], ['各乡镇']],
    ]);
  });
  it('keeps `由X会同Y负责` as co-leads (one verb for both)', () => {
    expect(parseLeadVerbForm('由县教育局会同县财政局负责')?.leads).toEqual(['县教育局', '县财政局']);
  });
});

describe('a section paragraph whose sentences each open with the unit that is to act (`X部门要……。Y部门要……。`)', () => {
  it('reads each unit-subject sentence as a task led by its unit, and a sibling paragraph’s lone one too', () => {
    const text = [
      '四、保障措施',
      '(一)强化协同配合,形成工作合力。各乡镇要把人居环境整治列入重要议事日程,主要领导亲自抓。卫生健康部门要做好病媒生物防制,加强技术指导。交通运输部门要抓好农村公路沿线环境整治。教育部门要组织中小学开展卫生健康教育。',
      '(二)加大资金投入,保障工作经费。财政部门要统筹安排整治资金,及时足额拨付。要加强资金监管,提高使用效益。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['各乡镇要把人居环境整治列入重要议事日程', ['各乡镇'], []],
      ['卫生健康部门要做好病媒生物防制', ['卫生健康部门'], []],
      ['交通运输部门要抓好农村公路沿线环境整治', ['交通运输部门'], []],
      ['教育部门要组织中小学开展卫生健康教育', ['教育部门'], []],
      ['财政部门要统筹安排整治资金', ['财政部门'], []],
    ]);
  });
  it('leaves a preamble whose `各地各部门要…` sentences name no unit as text', () => {
    const text = [
      '五、重点工作',
      '(一)提高认识。各地要高度重视,切实加强领导。各部门要密切配合,形成合力。有关部门要加强督查。',
      '(二)按时报送。各地于每月底前报送进展情况。',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['提高认识', '按时报送']);
  });
  it('leaves a titled item whose body line shares out its work as one task', () => {
    const text = [
      '三、做好评估准备',
      '(一)编写好专项工作报告。',
      '县住建局负责编写污水处理专题报告;县生态环境局会同县水利局负责编写水源保护专题报告;县城管局负责编写垃圾处理专题报告。',
      '(二)汇总整理评估材料。',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['编写好专项工作报告', '汇总整理评估材料']);
  });
});

describe('a division of work as `;`-clauses, each opened by its unit and 负责 (`明确分工。A部门负责…;B部门负责会同C…`)', () => {
  it('reads each clause as a task led by its unit, 会同 giving the named participants', () => {
    const text = [
      '一、加强宣传引导。各地要广泛宣传改革的意义。',
      '二、落实部门责任,明确分工。住建部门负责推进管网改造有关工作;财政部门负责会同有关部门落实奖补资金;水利部门负责完善计量设施,会同农业农村部门开展用水管理。',
    ].join('\n');
    expect(rows(text).filter((r) => r[1].length > 0)).toEqual([
      ['住建部门负责推进管网改造有关工作', ['住建部门'], []],
      ['财政部门负责会同有关部门落实奖补资金', ['财政部门'], []],
      ['水利部门负责完善计量设施', ['水利部门'], ['农业农村部门']],
    ]);
  });
});
