// Layouts the sixth held-out batch of task documents (241-246 of the real-document corpus, issue 15,
// brief H9) showed when scored before any change: general rules, each in a small made-up document of
// the shape real ones have.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { guessHeaderRole } from '../../shared/plan/header-guess.js';
import { foldTraditionalLine } from '../../shared/plan/script-fold.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

describe('a space-separated table whose header names its task column for the decomposition', () => {
  it('reads `重点工作任务分解` and `任务清单` as the task column', () => {
    expect(['重点工作任务分解', '工作任务清单', '任务分解'].map((w) => guessHeaderRole(w))).toEqual(['task', 'task', 'task']);
  });

  it('reads the rows when one header word is unknown to the reader (`监督方式`)', () => {
    const text = [
      '2024年度园区重点工作任务分解一览表',
      '序号 重点工作任务分解 责任领导 责任部门 完成期限 监督方式',
      '1 新建口袋公园五个,改造提升老旧公园两个。 张三 建设局 持续推进 党工委、管委会',
      '2 完善园区路网,打通断头路三条。 李四、张三 交通局、建设局 年底前 党工委、管委会',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['建设局'], []],
      [['交通局'], ['建设局']],
    ]);
  });

  it('still takes no sentence for a header: unknown words must be short bare words', () => {
    const text = ['序号 重点工作任务分解 责任部门 请各单位于每月底前报送进展情况', '1 新建口袋公园五个。 建设局'].join('\n');
    expect(parsePlanText(text).tasks.some((t) => t.leads.includes('建设局') && t.title.startsWith('新建口袋公园'))).toBe(false);
  });
});

describe('a leader named before the lead unit: `由张三副市长负责,X牵头,Y配合,…`', () => {
  it('reads the units and leaves the official out', () => {
    const text = [
      '1、城市绿道建设事宜',
      '由张三副市长负责,市园林局牵头,市交通局、市财政局配合,尽快完成绿道规划,按程序报批后组织实施。',
      '2、老旧小区改造项目',
      '由李四副市长负责,市住建局牵头,相关部门配合,细化分工、落实责任,年内完成改造任务。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城市绿道建设事宜', ['市园林局'], ['市交通局', '市财政局']],
      ['老旧小区改造项目', ['市住建局'], ['相关部门']],
    ]);
  });

  it('reads the post before the name too, and keeps a unit named after a post (`市长热线办`)', () => {
    const text = [
      '1、城市绿道建设事宜',
      '由副市长张三负责,市园林局牵头,市交通局配合,尽快完成绿道规划。',
      '2、热线整合项目',
      '由市长热线办负责,市数据局配合,年内完成整合。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['城市绿道建设事宜', ['市园林局'], ['市交通局']],
      ['热线整合项目', ['市长热线办'], ['市数据局']],
    ]);
  });
});

describe('a space-separated row whose long unit cell names towns beside departments', () => {
  it('keeps the lead, the list and the deadline in their own columns', () => {
    const text = [
      '重点工作任务分解表',
      '序号 主要工作任务 牵头单位 责任单位 完成时限',
      '1 新建成公办中小学、幼儿园7所。 教育局 发改局、住建局、财政局、规划和自然资源分局、甲城街道、乙北街道、丙山镇、丁水镇 2024年6月',
      '2 改造提升老旧小区十个。 住建局 财政局、甲城街道 年底前',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['教育局'], ['发改局', '住建局', '财政局', '规划和自然资源分局', '甲城街道', '乙北街道', '丙山镇', '丁水镇']],
      [['住建局'], ['财政局', '甲城街道']],
    ]);
  });
});

describe('a group heading whose bracket names the group\'s leads, over items with units of their own', () => {
  const text = [
    '具体分工如下:',
    '一、整治提升村容村貌(县农业局、县住建局牵头)',
    '1.提升村庄公共环境。清理乱堆乱放。(责任单位:县农业局、县住建局、各镇街)',
    '2.加强乡村建筑风貌引导。(责任单位:县规划局)',
    '3.推进卫生镇街创建工作,深入开展城乡环境卫生整洁行动。',
    '二、推进厕所革命(县卫健委牵头)',
    '4.改造农村户厕五千户。(责任单位:县卫健委、县财政局)',
    '5.建设公厕二十座。(责任单位:县城管局)',
  ].join('\n');

  it('makes the heading the items\' section and keeps every item a task', () => {
    expect(rows(text).map((r) => r[0])).toEqual(['提升村庄公共环境', '加强乡村建筑风貌引导', '推进卫生镇街创建工作,深入开展城乡环境卫生整洁行动', '改造农村户厕五千户', '建设公厕二十座']);
  });

  it('lets the heading decide the leads an item lists, and gives its units to an item with none', () => {
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['县农业局', '县住建局'], ['各镇街']],
      [['县规划局'], []],
      [['县农业局', '县住建局'], []],
      [['县卫健委'], ['县财政局']],
      [['县城管局'], []],
    ]);
  });
});

describe('an assignment opening the item\'s paragraph without 由', () => {
  it('reads `张三副市长负责,X牵头,Y配合,…` and `X负责,…` as the assignment', () => {
    const text = [
      '1.老旧小区改造。',
      '市住建局负责,全面推进老旧小区改造工作,年内完成十个。',
      '2.城市绿道建设。',
      '张三副市长负责,市园林局牵头,市交通局配合,尽快完成绿道规划。',
      '3.口袋公园建设。',
      '市园林局牵头,各区政府配合,新建口袋公园五个。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['老旧小区改造', ['市住建局'], []],
      ['城市绿道建设', ['市园林局'], ['市交通局']],
      ['口袋公园建设', ['市园林局'], ['各区政府']],
    ]);
  });

  it('keeps the last item\'s clause on its own numbered line to that item', () => {
    const text = ['1.推进农业现代化。县农业局负责全县农业技术推广,年内完成十个示范点。', '2.推进林业发展。县林业局负责,县财政局配合。'].join('\n');
    expect(rows(text)).toEqual([
      // The first item's sentence opens with its unit (fallback57's last step reads it).
      ['推进农业现代化', ['县农业局'], []],
      ['推进林业发展', ['县林业局'], ['县财政局']],
    ]);
  });
});

describe('the same role-marked unit line under two items', () => {
  it('keeps the second `X(牵头单位)` line as its item\'s, not as a repeated line', () => {
    const text = ['1.推动发展', '(1)推进县职业中专扩容提升。', '县教育局(牵头单位)', '(2)新建口袋公园五个。', '县园林局(牵头单位)、县财政局(配合单位)', '(3)减免幼儿保教费。', '县教育局(牵头单位)'].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['县教育局'], []],
      [['县园林局'], ['县财政局']],
      [['县教育局'], []],
    ]);
  });
});

describe('forms a 繁體 mirror writes that the variant table lacks', () => {
  it('folds 淨, 洩, 溼, 鑑, 嶽, 勳, 説, 閲, 敍 and 籤 to their simplified forms', () => {
    expect(foldTraditionalLine('淨化市場,防止洩漏,溼地保護,借鑑經驗,南嶽,勳章,説明,閲讀,敍事,籤約')).toBe('净化市场,防止泄漏,湿地保护,借鉴经验,南岳,勋章,说明,阅读,叙事,签约');
  });
});

describe('one `(X负责)` bracket after each sentence of an item', () => {
  it('makes the units co-leads, none taken by inference', () => {
    const text = ['一、年度重点任务', '1.实施标准宣贯专项行动。完善标准管理制度。(区卫健委负责)严格落实农药残留限量标准。(区农业农村局负责)', '2.开展放心消费行动。培育示范街区五条。(区市场监管局负责)'].join('\n');
    const tasks = parsePlanText(text).tasks;
    expect(tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['区卫健委', '区农业农村局'], [], false],
      [['区市场监管局'], [], true],
    ]);
  });
});

describe('a group\'s leads on a label line under its heading, over items with units of their own', () => {
  it('reads the heading as the section, as with a bracket in the heading line', () => {
    const text = [
      '一、整治提升村容村貌', '牵头单位:县农业局',
      '1.提升村庄公共环境。(责任单位:县农业局、县住建局、各镇街)', '2.加强乡村建筑风貌引导。(责任单位:县规划局)', '3.推进卫生镇街创建工作。',
      '二、推进厕所革命', '牵头单位:县卫健委',
      '4.改造农村户厕五千户。(责任单位:县卫健委、县财政局)', '5.建设公厕二十座。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['提升村庄公共环境', ['县农业局'], ['县住建局', '各镇街']],
      ['加强乡村建筑风貌引导', ['县规划局'], []],
      ['推进卫生镇街创建工作', ['县农业局'], []],
      ['改造农村户厕五千户', ['县卫健委'], ['县财政局']],
      ['建设公厕二十座', ['县卫健委'], []],
    ]);
  });
});

describe('a `cell |` table whose header comes again after a page break, under a row one cell short', () => {
  it('takes the repeated header words out instead of filling the short row with them', () => {
    const header = ['序号 |', '工作任务 |', '牵头单位 |', '配合单位 |', '完成时限 |'];
    const text = [
      ...header,
      '1 |', '新建口袋公园五个。 |', '区园林局 |', '区财政局 |', '年底前 |',
      '2 |', '改造绿道十公里。 |', '区交通局 |', '持续推进 |',
      '- 2 -',
      ...header,
      '3 |', '建设公厕二十座。 |', '区城管局 |', '各街道 |', '6月底前 |',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['区园林局'], ['区财政局']],
      [['区交通局'], []],
      [['区城管局'], ['各街道']],
    ]);
  });
});

describe('work listed by a group of units before a colon', () => {
  it('reads `市直各有关单位:…` as the unit-first shape', () => {
    expect(rows(['1.市直各有关单位:加强应急预案管理。', '2.区园林局:新建口袋公园5个。'].join('\n'))).toEqual([
      ['加强应急预案管理', ['市直各有关单位'], []],
      ['新建口袋公园5个', ['区园林局'], []],
    ]);
  });
});
