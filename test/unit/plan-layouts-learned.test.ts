// Rules the held-out rounds added, written again with other content (the layout matrix's `learned-` layouts
// pour the corpus's tasks into them): where a rule had only held for the names of the page it came from,
// these made-up documents of the same shapes failed before the change.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { splitShiItems } from '../../shared/plan/shi-items.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';
import { titleRows as rows } from '../helpers/plan-rows.js';

const head = ['某区2024年重点工作任务', '一、推动高质量发展'];

describe('a lead marked inside a bracketed list of units', () => {
  it('reads `(A、X(牵头)、B)` at the end of an item: the mark decides, the rest take part', () => {
    const text = [...head, '1.新建口袋公园5个(区住建局、区园林局(牵头)、江南镇)。', '2.改造老旧小区10个(区住建局(牵头))。'].join('\n');
    expect(rows(text)).toEqual([
      ['新建口袋公园5个', ['区园林局'], ['区住建局', '江南镇']],
      ['改造老旧小区10个', ['区住建局'], []],
    ]);
  });

  it('reads a star after the lead inside the bracket', () => {
    const text = ['某区重点任务(加*号为牵头部门)', '一、推动高质量发展', '1.实施河道清淤工程(区水务局*、区财政局、各街道)。'].join('\n');
    expect(rows(text)).toEqual([['实施河道清淤工程', ['区水务局'], ['区财政局', '各街道']]]);
  });
});

describe('units with their own role marks as the last line of an item', () => {
  it('reads towns among them, and the last item before the 印发 line', () => {
    const text = [
      ...head,
      '1.建设美丽乡村示范村3个。',
      '区农业农村局(牵头单位)、江南镇(配合单位)、凤山镇(配合单位)',
      '2.新建老年大学。',
      '区民政局(牵头单位)',
      '某区人民政府办公室 2024年3月1日印发',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建设美丽乡村示范村3个', ['区农业农村局'], ['江南镇', '凤山镇']],
      ['新建老年大学', ['区民政局'], []],
    ]);
  });
});

describe('a bare list of units in a closing bracket', () => {
  it('takes short names, towns and zones beside one plain unit as units', () => {
    const text = [...head, '1.征收残疾人就业保障金(县残联、县税务局)', '2.实施工业园区改造(县工信局、城东经济开发区、江南镇)'].join('\n');
    const read = parsePlanText(text).tasks.map((t) => [t.leads, t.participants, t.isLeadInferred]);
    expect(read).toEqual([
      [['县残联'], ['县税务局'], true],
      [['县工信局'], ['城东经济开发区', '江南镇'], true],
    ]);
  });
});

describe('一是…;二是… items inside a paragraph', () => {
  it('cuts the paragraph when the parts name units of any kind (a 股, a 馆)', () => {
    const parts = splitShiItems({ line: 3, text: '一是开放两馆一站(文化股牵头,文化馆、图书馆配合);二是举办全民健身运动会(体育股牵头)。' });
    expect(parts.map((p) => p.text)).toEqual(['①开放两馆一站(文化股牵头,文化馆、图书馆配合)。', '②举办全民健身运动会(体育股牵头)。']);
  });
});

describe('a table one cell per line whose task cells are numbered paragraphs', () => {
  const long = (what: string): string => `${what},建立健全工作台账,定期调度推进,按季度报送工作进展,确保各项措施落地见效。`;
  it('keeps group rows apart from the row above and reads a unit cell printed whole on its line', () => {
    const text = [
      '年度重点任务清单', '重点任务', '牵头单位', '配合单位',
      '一、推动经济发展', `1.${long('加快产业园区建设')}`, '区发改局', '区财政局、区自然资源局',
      `2.${long('推进重大项目攻坚')}`, '区发改局、区工信局',
      '二、改善民生福祉', `3.${long('新建公办幼儿园三所')}`, '区教育局', '区住建局、区财政局、江南镇',
      `4.${long('新增婴幼儿托位五百个')}`, '区卫健局',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title.slice(0, 8), t.leads, t.participants])).toEqual([
      ['加快产业园区建设', ['区发改局'], ['区财政局', '区自然资源局']],
      ['推进重大项目攻坚', ['区发改局', '区工信局'], []],
      ['新建公办幼儿园三', ['区教育局'], ['区住建局', '区财政局', '江南镇']],
      ['新增婴幼儿托位五', ['区卫健局'], []],
    ]);
    expect((plan.sections ?? []).map((s) => s.title)).toEqual(['推动经济发展', '改善民生福祉']);
  });
});

describe('a task-first table one cell per line with a deadline column', () => {
  it('reads a `二、…` cell between numbered rows as a group row, not as the row above’s text', () => {
    const text = [
      '年度重点任务清单', '重点任务', '牵头单位', '配合单位', '完成时限',
      '一、推动经济发展', '1.加快产业园区建设。', '区发改局', '区财政局', '6月底前',
      '二、改善民生福祉', '2.新建公办幼儿园三所。', '区教育局', '区住建局', '年底前',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([
      ['加快产业园区建设', ['区发改局'], ['区财政局']],
      ['新建公办幼儿园三所', ['区教育局'], ['区住建局']],
    ]);
    expect((plan.sections ?? []).map((s) => s.title)).toEqual(['推动经济发展', '改善民生福祉']);
  });
});

describe('`|` rows under a merged 牵头单位 cell', () => {
  it('shares the lead with a row that printed nothing after its deadline, when rows follow it', () => {
    const text = [
      '序号 | 工作任务 | 配合单位 | 完成时限 | 牵头单位 |',
      '1 | 新建口袋公园5个。 | 区住建局 | 6月底前 | 区园林局 |',
      '2 | 改造绿道10公里。 |  | 年底前 |',
      '3 | 补植行道树500株。 | 各街道 | 年底前 |',
      '4 | 新建农贸市场1个。 | 区市场监管局 | 年底前 | 区商务局 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['新建口袋公园5个', ['区园林局'], ['区住建局']],
      ['改造绿道10公里', ['区园林局'], []],
      ['补植行道树500株', ['区园林局'], ['各街道']],
      ['新建农贸市场1个', ['区商务局'], ['区市场监管局']],
    ]);
  });
});

describe('a page saved whole from a government site', () => {
  it('lists the related-links list and the site footer as noise, not as tasks and labels', () => {
    const text = [
      ...head,
      '1.新建口袋公园5个。',
      '牵头单位:区园林局',
      '相关文章',
      '1.关于印发2023年安全生产工作要点的通知',
      '2. 区政府办公室关于做好防汛工作的通知(2023-05-12)',
      '主办单位:区人民政府办公室 承办单位:区大数据中心',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => [t.title, t.leads, t.participants])).toEqual([['新建口袋公园5个', ['区园林局'], []]]);
    expect(plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.reason)).toEqual(['网页按钮或页脚', '网站列出的其他文件', '网站列出的其他文件', '网站版权信息']);
  });

  it('keeps numbered items after a 相关 heading that are tasks, not document titles', () => {
    const text = [...head, '(一)相关配套工作', '1.完善配套设施。(区住建局)', '2.编制专项规划。(区自然资源局)'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['完善配套设施', '编制专项规划']);
  });
});

describe('deadlines as the layout matrix scores them', () => {
  const deadlines = (text: string): string[] => parsePlanText(text).tasks.map((t) => t.deadlineText);

  it('keeps a 完成时限: line that repeats the item above’s, and ends its value at the line’s end', () => {
    const text = [
      ...head,
      '1.迁建政务服务中心。', '牵头单位:区发改局', '完成时限:6月底前',
      '2.新建口袋公园。', '牵头单位:区园林局', '完成时限:6月底前',
      '某区人民政府办公室 2024年3月1日印发',
    ].join('\n');
    expect(deadlines(text)).toEqual(['6月底前', '6月底前']);
  });

  it('ends a space-separated table at the 印发 line, not in its last row’s cell', () => {
    const text = ['序号 工作任务 牵头单位 完成时限', '1 新建口袋公园5个。 区园林局 6月底前', '2 改造绿道10公里。 区交通局 年底前', '某区人民政府办公室 2024年3月1日印发'].join('\n');
    expect(deadlines(text)).toEqual(['6月底前', '年底前']);
  });

  it('drops a `cell |` table’s header printed again after a page break', () => {
    const header = ['序号 |', '工作任务 |', '牵头单位 |', '完成时限 |'];
    const text = [...header, '1 |', '新建口袋公园5个。 |', '区园林局 |', '6月底前 |', '- 2 -', ...header, '2 |', '改造绿道10公里。 |', '区交通局 |', '年底前 |'].join('\n');
    expect(parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.deadlineText])).toEqual([
      ['新建口袋公园5个', ['区园林局'], '6月底前'],
      ['改造绿道10公里', ['区交通局'], '年底前'],
    ]);
  });
});

describe('work listed by department', () => {
  it('reads `1.区园林局:…` as the unit leading its work, and leaves label and field words alone', () => {
    const text = [...head, '1.区园林局:新建口袋公园5个。', '2.区发改局、区财政局:做好项目申报。', '3.城市管理:整治占道经营。(区城管局)'].join('\n');
    expect(rows(text)).toEqual([
      ['新建口袋公园5个', ['区园林局'], []],
      ['做好项目申报', ['区发改局', '区财政局'], []],
      ['城市管理:整治占道经营', ['区城管局'], []],
    ]);
  });

  it('takes the deadline after the units inside one bracket', () => {
    const plan = parsePlanText([...head, '1.新建口袋公园5个(区园林局牵头,各街道参与;2024年底前完成)。'].join('\n'));
    expect(plan.tasks.map((t) => [t.leads, t.participants, t.deadlineText])).toEqual([[['区园林局'], ['各街道'], '2024年底前完成']]);
  });
});

describe('short rows of a one-cell-per-line table with an extra unit column', () => {
  it('keeps a name that recurs in the 评分部门 column there, and gives a tie to the empty 备注', () => {
    const header = ['序号', '重点任务', '牵头单位', '评分部门', '配合单位', '备注', '完成时限'];
    const text = [
      '年度重点任务', ...header,
      '1', '区级税收增长6%左右。', '区税务局', '区考核办', '新增', '年底前',
      '2', '推进农民集中居住。', '区农业农村委', '区考核办', '区规划资源局、江南镇', '6月底前',
      '3', '新建口袋公园5个。', '区园林局', '区督查室', '区住建局', '年底前',
      '4', '改造老旧小区12个。', '区住建局', '区考核办', '各街道', '年底前',
    ].join('\n');
    expect(rows(text).map((r) => [r[1], r[2]])).toEqual([
      [['区税务局'], []],
      [['区农业农村委'], ['区规划资源局', '江南镇']],
      [['区园林局'], ['区住建局']],
      [['区住建局'], ['各街道']],
    ]);
  });

  it('reads a ratio’s base (`以农为1`) as an indicator’s unit in `cell |` lines', () => {
    const text = ['表1 主要指标', '指标 |', '单位 |', '2020年 |', '2025年 |', '属性 |', '1.城乡居民收入比 |', '以农为1 |', '— |', '≤2.8 |', '预期性 |', '2.城镇化率 |', '% |', '65 |', '70 |', '预期性 |'].join('\n');
    expect((parsePlanText(text).indicators ?? []).map((i) => [i.name, i.unit, i.target.text])).toEqual([
      ['城乡居民收入比', '以农为1', '≤2.8'],
      ['城镇化率', '%', '70'],
    ]);
  });
});

describe('unit names in lists', () => {
  it('keeps `各县、市、区政府` whole after 和', () => {
    expect(splitUnitList('市税务局、高新区管委会和各县、市、区政府')).toEqual(['市税务局', '高新区管委会', '各县、市、区政府']);
  });

  it('keeps a body’s own office whole though the document names the body and an 办公室 alone too', () => {
    const text = [...head, '1.规范行政备案事项管理。', '牵头单位:区政府办公室', '2.完成政务公开考核。', '牵头单位:办公室', '3.推进城乡融合。', '牵头单位:区政府'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区政府办公室'], ['办公室'], ['区政府']]);
  });
});

describe('labels and lists', () => {
  it('joins a label alone on its line with a town on the next', () => {
    const text = [...head, '1.综合提升南北路街区。', '牵头单位:', '区住建局', '配合单位:', '江南镇'].join('\n');
    expect(rows(text)).toEqual([['综合提升南北路街区', ['区住建局'], ['江南镇']]]);
  });

  it('does not run the 印发 line into the last item’s list when the lines look wrapped at one width', () => {
    const items = Array.from({ length: 10 }, (_, i) => `(${'一二三四五六七八九十'[i]})推进第${i + 1}批民生项目建设。【牵头单位】区住建局【配合单位】江南镇`);
    const text = ['某区民生实事项目', ...items, '某区人民政府办公室 2024年3月1日印发'].join('\n');
    expect(rows(text).at(-1)).toEqual(['推进第10批民生项目建设', ['区住建局'], ['江南镇']]);
  });

  it('reads `6.2024年…` as item 6 about a year, `2.5倍` still as a number', () => {
    const text = [...head, '5.推进农村公路建设。(区交通局)', '6.2024年农村公路安防工程。(区交通局)'].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['推进农村公路建设', '2024年农村公路安防工程']);
  });
});
