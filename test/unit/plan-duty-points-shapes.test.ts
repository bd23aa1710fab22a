// Shapes the unseen pages of heldout124–129 showed the importer misreading: a notice whose 工作职责 points each open
// with the unit that does them and a verb of any kind (保障, 确保, 发布), and a table flattened with every cell's bar on
// a line of its own, no 序号, a task column word the reader knows only by its parts, a unit cell listing one unit a
// line, and a unit cell that says the units are still to be decided. Made-up pages in those shapes; none is one of
// the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

const rows = clauseRows(/[,,。;;]/);

describe('a notice that shares its work out in numbered points', () => {
  const notice = (points: string[]): string =>
    [
      '各镇人民政府,县政府各工作部门:',
      '经县政府研究,决定于9月18日开展消防应急演练。现将有关事项通知如下:',
      '一、演练时间',
      '9月18日上午9时至10时。',
      '二、工作职责',
      ...points,
      '三、工作要求',
      '各镇、各部门要高度重视,确保演练顺利进行。',
      '某县人民政府办公室',
      '2024年9月10日',
    ].join('\n');

  it('reads each point opened by its units as a task, whatever verb follows them', () => {
    const text = notice(['1.县消防救援大队保障演练现场安全;', '2.县供电公司确保演练期间供电正常;', '3.县融媒体中心、县教育局发布演练公告。']);
    const read = rows(text).filter((r) => r[1].length > 0);
    expect(read).toEqual([
      ['县消防救援大队保障演练现场安全', ['县消防救援大队'], []],
      ['县供电公司确保演练期间供电正常', ['县供电公司'], []],
      ['县融媒体中心、县教育局发布演练公告', ['县融媒体中心'], ['县教育局']],
    ]);
  });

  it('still sets aside a notice whose points only ask the recipients to act', () => {
    const text = notice(['1.高度重视,精心组织;', '2.加强宣传,营造氛围;', '3.及时报送工作情况。']);
    expect(rows(text).filter((r) => r[1].length > 0)).toEqual([]);
  });
});

describe('a table with every bar on a line of its own and no 序号', () => {
  const cells = (texts: string[]): string[] => texts.flatMap((t) => (t === '' ? ['|'] : [...t.split('\n'), '|']));
  const table = (rowsOfCells: string[][]): string =>
    ['某市近期重点工作责任分解表', ...cells(['工作目标任务', '完成时间', '牵头部门', '配合部门', '']), ...rowsOfCells.flatMap((r) => cells([...r, '']))].join('\n');

  it('reads the rows by counting cells, a cell of one unit a line as a list, and a to-be-decided cell as nobody', () => {
    const text = table([
      ['制定年度工作计划,保证经费投入。', '年内', '市应急局\n市财政局', '市建设局'],
      ['启动风险普查工程。', '年内', '市应急局', '市发改委、市财政局'],
      ['收集普查基础数据。', '9月底前', '市应急局', '按市政府办通知另行确定'],
      ['新增监测站点。', '年内', '市应急局', ''],
    ]);
    expect(rows(text)).toEqual([
      ['制定年度工作计划', ['市应急局', '市财政局'], ['市建设局']],
      ['启动风险普查工程', ['市应急局'], ['市发改委', '市财政局']],
      ['收集普查基础数据', ['市应急局'], []],
      ['新增监测站点', ['市应急局'], []],
    ]);
  });

  it('keeps the deadline column as deadlines', () => {
    const text = table([
      ['启动风险普查工程。', '年内', '市应急局', '市发改委'],
      ['收集普查基础数据。', '9月底前', '市应急局', '市统计局'],
      ['新增监测站点。', '年内', '市应急局', ''],
    ]);
    expect(parsePlanText(text).tasks.map((t) => t.deadlineText)).toEqual(['年内', '9月底前', '年内']);
  });
});

describe('a division of work in unit-led paragraphs', () => {
  it('reads two paragraphs opened by their units under a 工作分工 heading as two tasks', () => {
    const text = [
      '一、工作目标',
      '全面清理整治林区秩序。',
      '二、工作分工',
      '县林业执法大队、县林业站负责清理整治非法占用林地行为。',
      '局办公室负责宣传工作。',
      '三、工作步骤',
      '专项行动分三个阶段进行。',
    ].join('\n');
    expect(rows(text).filter((r) => r[1].length > 0)).toEqual([
      ['县林业执法大队、县林业站负责清理整治非法占用林地行为', ['县林业执法大队'], ['县林业站']],
      ['局办公室负责宣传工作', ['局办公室'], []],
    ]);
  });

  it('does not take the next run-on article’s unit as a co-lead', () => {
    const text = '按照以下分工负责监督管理工作:(一)市卫生健康委负责医疗机构的监督管理,(二)市教育局负责各类学校的监督管理,(三)市商务局负责集贸市场的监督管理。';
    const leads = parsePlanText(text).tasks.map((t) => t.leads);
    expect(leads.every((l) => l.every((n) => !/^[((]/.test(n)))).toBe(true);
  });
});

describe('news reports', () => {
  it('reads `X局会发布…` as X doing it, not as a unit named X局会', () => {
    const text = ['县财政局负责审核项目资金,县农业局会发布下一年的项目申报指南。', '县农业局会组织专家评审项目。'].join('\n');
    const leads = parsePlanText(text).tasks.flatMap((t) => t.leads);
    expect(leads).not.toContain('县农业局会');
  });

  it('takes a credit line `(X供稿)` at the end of a report for no task and no unit', () => {
    const text = ['某县禁毒办对各乡镇开展季度考核。一要加强管控;二要扩大宣传。(某县禁毒办供稿)'].join('\n');
    const names = parsePlanText(text).tasks.flatMap((t) => [...t.leads, ...t.participants]);
    expect(names.some((n) => /供稿|^[((]/.test(n))).toBe(false);
  });

  it('keeps a closing bracket that gives the work to a unit, though it ends in 报送', () => {
    const text = ['1.按月报送统计数据。(县统计局牵头报送)', '2.按季度汇总分析。(县发改局牵头报送)'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['县统计局'], ['县发改局']]);
  });
});

describe('an emergency plan’s working groups', () => {
  it('reads a group’s `组成单位:` line as its units, the first leading by inference', () => {
    const text = [
      '十四、震害损失评估',
      '组成单位:市地震局、市建设局、市民政局',
      '主要职责:调查地震破坏情况,进行震害经济损失评估。',
      '十五、接受援助',
      '组成单位:市民政局、市外事办、市红十字会',
      '主要职责:做好国内外社会各界提供的救援物资的接收和安排工作。',
    ].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred])).toEqual([
      ['震害损失评估', ['市地震局'], ['市建设局', '市民政局'], true],
      ['接受援助', ['市民政局'], ['市外事办', '市红十字会'], true],
    ]);
  });

  it('keeps 会 in a 村委会 or 协会 that opens its sentence', () => {
    const text = ['1.各村委会要加强护村队员的管理。', '2.县个体劳动者协会要组织会员开展培训。'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => t.leads)).toEqual([['各村委会'], ['县个体劳动者协会']]);
  });
});
