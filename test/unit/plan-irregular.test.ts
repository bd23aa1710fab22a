// Fixtures for every irregularity domain.md lists. Full-width punctuation is written as \u escapes so
// the fixtures say exactly which characters a real document carries.
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/plan/deadline.js';
import { parsePlanText } from '../../shared/plan/document.js';
import { parseTarget } from '../../shared/plan/target.js';

const FW = { lp: '\uff08', rp: '\uff09', colon: '\uff1a', semi: '\uff1b', comma: '\uff0c', lb: '\uff3b', rb: '\uff3d' };

describe('responsibility forms in the body', () => {
  it('reads full-width brackets and colons, 〔〕 and [] brackets, spaced labels', () => {
    const text = [
      '某市质量提升实施方案',
      '一、重点任务',
      `(一)加强标准建设。制定标准。${FW.lp}牵头单位${FW.colon}市市场监管局${FW.semi}配合单位${FW.colon}市发改委、市财政局${FW.rp}`,
      `(二)加强计量建设。建立标准。${FW.lb}责任单位${FW.colon}市计量所、市工信局${FW.rb}`,
      '(三)加强认证。推广认证。〔牵 头 单 位:市商务局;协 办 单 位:市农业农村局〕',
      '(四)加强品牌。培育品牌。(主办:市文广旅局;协办:市文化馆)',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.leads, t.participants, t.isLeadInferred])).toEqual([
      [['市市场监管局'], ['市发改委', '市财政局'], false],
      [['市计量所'], ['市工信局'], true],
      [['市商务局'], ['市农业农村局'], false],
      [['市文广旅局'], ['市文化馆'], false],
    ]);
    expect(plan.tasks[0]?.content).toBe('制定标准。');
  });

  it('keeps several leads, group names with 、 inside brackets, and drops a trailing 等', () => {
    const text = [
      '一、主要任务',
      '1.推进质量强县。(牵头单位:市质监局,各县区政府;配合单位:各县(市、区)人民政府、市直有关单位等)',
      '2.推进示范创建。(责任单位:各县、市、区政府,市发改委等)',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks[0]?.leads).toEqual(['市质监局', '各县区政府']);
    expect(plan.tasks[0]?.participants).toEqual(['各县(市、区)人民政府', '市直有关单位']);
    expect(plan.tasks[1]?.leads).toEqual(['各县、市、区政府']);
    expect(plan.tasks[1]?.participants).toEqual(['市发改委']);
  });

  it('reads `X牵头,Y配合`, labels on their own line, and an attribute inside the clause', () => {
    const text = [
      '一、重点工作',
      '(一)提升工程质量。推行质量终身责任制。(市住建局牵头,市交通局、市水务局配合)',
      '(二)提升服务质量。开展满意度测评。',
      '牵头单位:市商务局',
      '配合单位:市文广旅局',
      '(三)空气质量优良天数比例达到90%。(预期性指标,牵头单位:市生态环境局;责任单位:各县区政府)',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.leads, t.participants])).toEqual([
      [['市住建局'], ['市交通局', '市水务局']],
      [['市商务局'], ['市文广旅局']],
      [['市生态环境局'], ['各县区政府']],
    ]);
  });

  it('applies a carry-forward note to the tasks after it and lists the note', () => {
    const text = [
      '一、重点任务',
      '以下各项任务均需各县市区落实,不再逐一列出。',
      '1.加强监管。开展抽查。(牵头单位:市市场监管局)',
      '2.加强执法。开展打假。(牵头单位:市公安局)',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.every((t) => t.participants.includes('各县市区'))).toBe(true);
    expect(plan.unplaced.some((u) => u.line === 2 && u.reason.includes('结转说明'))).toBe(true);
  });

  it('lists a task without a lead when its siblings have one', () => {
    const plan = parsePlanText(['一、任务', '1.甲任务。(牵头单位:市财政局)', '2.乙任务。没有写责任单位。'].join('\n'));
    expect(plan.tasks).toHaveLength(2);
    expect(plan.unplaced.some((u) => u.line === 3 && u.reason.includes('没有找到牵头单位'))).toBe(true);
  });
});

describe('numbering', () => {
  it('keeps paths unique when 1. restarts under every (一), and nests (1) under 1.', () => {
    const text = [
      '一、主要任务',
      '(一)第一组',
      '1.任务甲。(牵头单位:市甲局)',
      '2.任务乙。(牵头单位:市乙局)',
      '(二)第二组',
      '1.任务丙。(牵头单位:市丙局)',
      '(1)子项一。(牵头单位:市丁局)',
      '(2)子项二。(牵头单位:市戊局)',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.path)).toEqual(['1/1/1', '1/1/2', '1/2/1', '1/2/1/1', '1/2/1/2']);
    expect(plan.tasks[3]?.level).toBe(4);
    expect(new Set(plan.tasks.map((t) => t.section)).size).toBe(3);
  });

  it('does not take a decimal at the start of a line for a heading', () => {
    const plan = parsePlanText(['一、任务', '1.提升产值。', '1.5亿元以上的项目纳入统计。', '2.其他。'].join('\n'));
    expect(plan.tasks.map((t) => t.title)).toEqual(['提升产值', '其他']);
    expect(plan.tasks[0]?.content).toContain('1.5亿元');
  });
});

describe('flattened tables', () => {
  it('rebuilds a table written one cell per line with no marker, with merged (missing) leading cells', () => {
    const text = [
      '附件:任务分解表',
      '序号',
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '建设质量基础设施',
      '市市场监管局',
      '市发改委、市财政局',
      '2020年底前',
      '2',
      '推进标准化',
      '市市场监管局',
      '市工信局',
      '长期坚持',
      '开展对标达标',
      '市工信局',
      '市商务局',
      '每年12月底',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.taskSource).toBe('table');
    expect(plan.tasks.map((t) => [t.path, t.leads, t.participants, t.deadlineText])).toEqual([
      ['1', ['市市场监管局'], ['市发改委', '市财政局'], '2020年底前'],
      ['2/1', ['市市场监管局'], ['市工信局'], '长期坚持'],
      ['2/2', ['市工信局'], ['市商务局'], '每年12月底'],
    ]);
    expect(plan.tasks[0]?.deadline?.date).toBe('2020-12-31');
    expect(plan.tasks[1]?.deadline?.isOngoing).toBe(true);
    expect(plan.tasks[2]?.deadline?.recurrence).toEqual({ every: 'year', month: 12, day: 31 });
  });

  it('reads `a | b | c` rows, header in any order', () => {
    const text = [
      '完成时限 | 牵头单位 | 工作任务 | 序号 | 配合单位',
      '2021年6月 | 市教育局 | 建设质量教育基地 | 1 | 市人社局',
      '到2025年 | 市财政局 | 落实经费保障 | 2 | ',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.code, t.title, t.leads, t.participants, t.deadline?.date])).toEqual([
      ['1', '建设质量教育基地', ['市教育局'], ['市人社局'], '2021-06-30'],
      ['2', '落实经费保障', ['市财政局'], [], '2025-12-31'],
    ]);
  });

  it('lists a page header spliced into a `cell |` table instead of placing it', () => {
    const text = [
      '工作任务 |',
      '主要内容 |',
      '责任部门 |',
      '1.甲任务 |',
      '甲内容 |',
      '— 3 —',
      '湛江市人民政府公报',
      '牵头部门:市甲局;参与部门:市乙局。 |',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]?.leads).toEqual(['市甲局']);
    expect(plan.unplaced.map((u) => u.line)).toEqual(expect.arrayContaining([6, 7]));
  });
});

describe('deadlines and targets', () => {
  it('parses deadline texts into a date, a recurrence or ongoing', () => {
    expect(parseDeadline('2020年底前').date).toBe('2020-12-31');
    expect(parseDeadline('到2025年').date).toBe('2025-12-31');
    expect(parseDeadline('2019年6月底前完成方案,2020年底前全面完成').date).toBe('2020-12-31');
    expect(parseDeadline('2021年上半年').date).toBe('2021-06-30');
    expect(parseDeadline('每年12月底').recurrence).toEqual({ every: 'year', month: 12, day: 31 });
    expect(parseDeadline('每季度末月30日前').recurrence).toEqual({ every: 'quarter', day: 30 });
    expect(parseDeadline('长期坚持')).toMatchObject({ date: null, isOngoing: true });
    expect(parseDeadline('持续推进').isOngoing).toBe(true);
    expect(parseDeadline('明年7月', 2019).date).toBe('2020-07-31');
    expect(parseDeadline('明年7月')).toMatchObject({ date: null, isOngoing: false });
  });

  it('parses targets into comparator and bounds', () => {
    expect(parseTarget('≥97')).toMatchObject({ comparator: '>=', low: 97, high: null });
    expect(parseTarget('>98')).toMatchObject({ comparator: '>', low: 98 });
    expect(parseTarget('\uff1e98')).toMatchObject({ comparator: '>', low: 98 });
    expect(parseTarget('<0。29')).toMatchObject({ comparator: '<', high: 0.29 });
    expect(parseTarget('5家以上')).toMatchObject({ comparator: '>=', low: 5, unit: '家' });
    expect(parseTarget('1-2个')).toMatchObject({ comparator: 'range', low: 1, high: 2, unit: '个' });
    expect(parseTarget('—')).toMatchObject({ isNone: true, comparator: null });
    expect(parseTarget('/')).toMatchObject({ isNone: true });
    expect(parseTarget('\uff19\uff15%')).toMatchObject({ comparator: '=', low: 95, unit: '%' });
    expect(parseTarget('不低于90%')).toMatchObject({ comparator: '>=', low: 90 });
    expect(parseTarget('e 1')).toMatchObject({ comparator: null, isNone: false });
  });
});
